/** The charts' redraw schedule (src/ui/staggeredSchedule.ts), on vitest's fake clock. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StaggeredSchedule } from '../../src/ui/staggeredSchedule.ts';

describe('StaggeredSchedule', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** Redraws as [time, view, value]. */
  function schedule() {
    const shown: [number, number, number][] = [];
    const s = new StaggeredSchedule<number>(2, 1000, (view, value) => shown.push([Date.now(), view, value]), () => Date.now());
    return { s, shown };
  }

  it('redraws every view about once per interval while values keep coming faster, half an interval apart', () => {
    const { s, shown } = schedule();
    const start = Date.now();
    for (let i = 0; i < 25; i++) {
      s.push(i);
      vi.advanceTimersByTime(400); // steps every 400 ms for 10 s
    }
    const times = (view: number) => shown.filter(([, v]) => v === view).map(([t]) => t - start);
    // Neither view starves: each redraws about every second (10 s of updates → 9–11 redraws).
    for (const view of [0, 1]) expect(times(view).length).toBeGreaterThanOrEqual(9);
    for (const view of [0, 1]) for (const [a, b] of times(view).slice(1).map((t, i) => [times(view)[i]!, t])) expect(b! - a!).toBeGreaterThanOrEqual(1000);
    // Never two views in the same task.
    const all = shown.map(([t]) => t);
    expect(new Set(all).size).toBe(all.length);
    s.dispose();
  });

  it('ends on the last value in every view, and shows nothing after dispose', () => {
    const { s, shown } = schedule();
    for (let i = 0; i < 5; i++) s.push(i);
    vi.advanceTimersByTime(5000);
    expect(shown.filter(([, v]) => v === 0).at(-1)![2]).toBe(4);
    expect(shown.filter(([, v]) => v === 1).at(-1)![2]).toBe(4);
    const count = shown.length;
    s.push(9);
    s.dispose();
    vi.advanceTimersByTime(5000);
    expect(shown.length).toBe(count);
  });
});
