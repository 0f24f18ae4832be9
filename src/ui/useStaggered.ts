import { useEffect, useRef, useState } from 'react';

/**
 * `value` for `views` views, each changing at most once per `intervalMs`, view i `intervalMs·i/views` after view 0:
 * every update of a chart costs the page a render, and while the training threads hold the cores the page gets only a
 * share of one, so two charts redrawn in the same task could make a frame late where one at a time does not. The
 * latest value always arrives (a trailing update), so the last one is never lost.
 */
export function useStaggered<T>(value: T, intervalMs: number, views: number): T[] {
  const [shown, setShown] = useState<T[]>(() => Array(views).fill(value));
  const lastShown = useRef(0);
  useEffect(() => {
    const wait = Math.max(0, lastShown.current + intervalMs - performance.now());
    const timers = Array.from({ length: views }, (_, i) =>
      setTimeout(() => {
        if (i === 0) lastShown.current = performance.now();
        setShown((previous) => previous.map((v, j) => (j === i ? value : v)));
      }, wait + (intervalMs * i) / views),
    );
    return () => timers.forEach(clearTimeout);
  }, [value, intervalMs, views]);
  return shown;
}
