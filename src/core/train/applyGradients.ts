/**
 * One optimizer step from accumulated gradients, in the seed's order:
 *   scaler.unscale_(optimizer); clip_grad_norm_(trainable, max_norm); scaler.step(optimizer); scaler.update()
 * i.e. grads → × 1/scale (+ found-inf flag) → global-norm clip → read the flag → AdamW step unless inf/NaN.
 *
 * The schedule is the caller's: pass the lr of this optimizer step (schedule.ts lrForOptimizerStep). The seed
 * calls scheduler.step() after every optimizer step, skipped or not, so call k uses lrForOptimizerStep(k)
 * either way; a skipped step leaves AdamW's step count (and so its bias corrections) where it was.
 */
import type * as tf from '@tensorflow/tfjs-core';
import type { AdamW } from './adamw.ts';
import { clipGradNorm, globalGradNorm } from './clipGrad.ts';
import type { LossScaler } from './lossScaler.ts';
import { disposeTensorMap } from './tensorMaps.ts';

export interface ApplyGradientsInput {
  /** Gradients of the (scaled) loss for the trainable parameters only; still owned by the caller. */
  grads: ReadonlyMap<string, tf.Tensor>;
  optimizer: AdamW;
  scaler: LossScaler;
  /** The learning rate of this optimizer step. */
  lr: number;
  /** clip_grad_norm_'s max_norm; null = no clipping. */
  maxGradNorm: number | null;
}

export interface ApplyGradientsResult {
  /** True when inf/NaN gradients made the loss scaler skip the AdamW step. */
  skipped: boolean;
  /** Global L2 norm of the unscaled gradients before clipping; the caller owns it and decides when to read. */
  gradNorm: tf.Scalar;
}

export async function applyGradients(input: ApplyGradientsInput): Promise<ApplyGradientsResult> {
  const { grads, foundInf } = input.scaler.unscale(input.grads);
  let toApply = grads;
  let gradNorm: tf.Scalar;
  if (input.maxGradNorm === null) {
    gradNorm = globalGradNorm(grads.values());
  } else {
    const clipped = clipGradNorm(grads, input.maxGradNorm);
    clipped.clipCoef.dispose();
    disposeTensorMap(grads);
    toApply = clipped.grads;
    gradNorm = clipped.totalNorm;
  }
  try {
    const skipped = await input.scaler.update(foundInf);
    if (!skipped) input.optimizer.step(toApply, input.lr);
    return { skipped, gradNorm };
  } catch (e) {
    gradNorm.dispose();
    throw e;
  } finally {
    foundInf.dispose();
    disposeTensorMap(toApply);
  }
}
