/**
 * The linear warmup/decay schedule (src/core/train/schedule.ts) against the fixture's recorded learning
 * rates (exact) and hand-derived values of transformers' get_linear_schedule_with_warmup.
 */
import { describe, expect, it } from 'vitest';
import { linearWarmupFactor, lrAt, lrForOptimizerStep, warmupStepsFor } from '../../src/core/train/schedule.ts';
import { loadReference } from './train-numerics-support.ts';

describe('linear schedule with warmup', () => {
  const ref = loadReference();

  it.each(['train_full', 'train_unfreeze_last1', 'train_grad_accum2'] as const)(
    "reproduces %s's per-step lr exactly (warmup 1, total 3, lr 1e-3)",
    (run) => {
      const schedule = { lr: 1e-3, warmupSteps: 1, totalSteps: 3 };
      const steps = ref[run].steps;
      expect(steps.map((s) => s.step)).toEqual([1, 2, 3]);
      for (const s of steps) expect(lrForOptimizerStep(s.step, schedule)).toBe(s.lr);
      // The first optimizer step runs with lr exactly 0.
      expect(steps[0].lr).toBe(0);
    },
  );

  it('warms up linearly, then decays linearly to 0 at totalSteps and stays there', () => {
    const s = { lr: 2e-5, warmupSteps: 10, totalSteps: 110 };
    expect(lrAt(0, s)).toBe(0);
    expect(lrAt(5, s)).toBe(2e-5 * 0.5);
    expect(lrAt(10, s)).toBe(2e-5);
    expect(lrAt(60, s)).toBe(2e-5 * 0.5);
    expect(lrAt(110, s)).toBe(0);
    expect(lrAt(200, s)).toBe(0);
    expect(lrForOptimizerStep(1, s)).toBe(0);
    expect(lrForOptimizerStep(11, s)).toBe(2e-5);
  });

  it('treats warmup 0 as "start at the peak" (max(1, warmup) guards the division)', () => {
    const s = { lr: 1e-3, warmupSteps: 0, totalSteps: 4 };
    expect([1, 2, 3, 4, 5].map((k) => lrForOptimizerStep(k, s))).toEqual([1e-3, 1e-3 * 0.75, 1e-3 * 0.5, 1e-3 * 0.25, 0]);
    expect(linearWarmupFactor(0, 0, 0)).toBe(0); // total 0: (0 − 0) / max(1, 0)
  });

  it('computes num_warmup_steps as Python int(total × ratio), float64 product first', () => {
    expect(warmupStepsFor(3, 0.1)).toBe(0);
    expect(warmupStepsFor(1000, 0.1)).toBe(100);
    expect(warmupStepsFor(30, 0.1)).toBe(3); // 3.0000000000000004
    expect(warmupStepsFor(100, 0.29)).toBe(28); // 28.999999999999996 truncates, as int() does
  });

  it('rejects 0-based or fractional optimizer steps', () => {
    const s = { lr: 1, warmupSteps: 1, totalSteps: 3 };
    expect(() => lrForOptimizerStep(0, s)).toThrow();
    expect(() => lrForOptimizerStep(1.5, s)).toThrow();
  });
});
