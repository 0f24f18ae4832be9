/**
 * Learning-rate schedule: transformers' get_linear_schedule_with_warmup (a LambdaLR), as pure functions.
 *
 * Step numbering, as in PyTorch: the scheduler's counter starts at 0 and `scheduler.step()` runs after
 * each `optimizer.step()`, so optimizer step k (1-based) uses lrAt(k − 1). With warmup ≥ 1 the first
 * optimizer step therefore runs with lr = 0 (it still updates Adam's moments and step count).
 * The arithmetic is the same float64 operations in the same order as Python, so the values are identical
 * (e.g. 0.0, 1e-3, 5e-4 for warmup 1, total 3).
 */

export interface LinearWarmupSchedule {
  /** Peak (base) learning rate. */
  lr: number;
  /** Optimizer steps of linear warmup from 0 to `lr`. */
  warmupSteps: number;
  /** Total optimizer steps; the rate reaches 0 here. */
  totalSteps: number;
}

/** The LambdaLR multiplier at scheduler step `step` (0-based), exactly transformers' lr_lambda. */
export function linearWarmupFactor(step: number, warmupSteps: number, totalSteps: number): number {
  if (step < warmupSteps) return step / Math.max(1, warmupSteps);
  return Math.max(0, (totalSteps - step) / Math.max(1, totalSteps - warmupSteps));
}

/** Learning rate after `step` scheduler steps (0-based): base lr × factor, as LambdaLR computes it. */
export function lrAt(step: number, s: LinearWarmupSchedule): number {
  return s.lr * linearWarmupFactor(step, s.warmupSteps, s.totalSteps);
}

/** The rate used by optimizer step `k` (1-based): the scheduler has stepped k − 1 times before it. */
export function lrForOptimizerStep(k: number, s: LinearWarmupSchedule): number {
  if (!Number.isInteger(k) || k < 1) throw new Error(`optimizer steps are 1-based integers, got ${k}`);
  return lrAt(k - 1, s);
}

/** The seed's num_warmup_steps = int(total × warmup_ratio): float64 product, truncated (Python int()). */
export function warmupStepsFor(totalSteps: number, warmupRatio: number): number {
  return Math.trunc(totalSteps * warmupRatio);
}
