/** The studio's axis ticks (src/ui/chartScale.ts): 1-2-5 steps, domains around the data, whole steps, fixed bounds. */
import { describe, expect, it } from 'vitest';
import { niceScale } from '../../src/ui/chartScale.ts';

describe('niceScale', () => {
  it.each([
    // values, options → ticks
    [[1.27, 2.31], {}, [1.2, 1.4, 1.6, 1.8, 2, 2.2, 2.4]],
    [[0, 8e-4], {}, [0, 2e-4, 4e-4, 6e-4, 8e-4]],
    [[10, 40], { integer: true }, [10, 20, 30, 40]],
    [[1, 3], { integer: true }, [1, 2, 3]],
    [[], { fixed: [0, 100] as [number, number] }, [0, 20, 40, 60, 80, 100]],
    [[0.1, 0.3], {}, [0.1, 0.15, 0.2, 0.25, 0.3]],
  ])('%j %j → %j', (values, options, ticks) => {
    const scale = niceScale(values, options)!;
    expect(scale.ticks).toEqual(ticks);
    expect(scale.domain).toEqual([ticks[0], ticks.at(-1)]);
  });

  it('covers the data, pads a single value, and ignores what is not a number', () => {
    const scale = niceScale([0.93, null, Number.NaN, 2.4, undefined])!;
    expect(scale.domain[0]).toBeLessThanOrEqual(0.93);
    expect(scale.domain[1]).toBeGreaterThanOrEqual(2.4);
    expect(niceScale([2])!.ticks.length).toBeGreaterThan(1);
    expect(niceScale([null, Number.POSITIVE_INFINITY])).toBeUndefined();
  });
});
