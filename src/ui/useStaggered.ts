import { useEffect, useRef, useState } from 'react';
import { StaggeredSchedule } from './staggeredSchedule.ts';

/**
 * `value` for `views` views, each changing at most once per `intervalMs` and never two in the same task
 * (StaggeredSchedule): every update of a chart costs the page a render, and while the training threads hold the cores
 * the page gets only a share of one, so two charts redrawn together could make a frame late where one at a time does
 * not. The latest value always arrives.
 */
export function useStaggered<T>(value: T, intervalMs: number, views: number): T[] {
  const [shown, setShown] = useState<T[]>(() => Array<T>(views).fill(value));
  const schedule = useRef<StaggeredSchedule<T> | null>(null);
  useEffect(() => {
    const s = new StaggeredSchedule<T>(views, intervalMs, (view, v) => setShown((previous) => previous.map((old, j) => (j === view ? v : old))));
    schedule.current = s;
    return () => s.dispose();
  }, [views, intervalMs]);
  useEffect(() => schedule.current?.push(value), [value]);
  return shown;
}
