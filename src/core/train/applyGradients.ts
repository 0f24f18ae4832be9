/**
 * One optimizer step from accumulated gradients, in the seed's order:
 *   scaler.unscale_(optimizer); clip_grad_norm_(trainable, max_norm); scaler.step(optimizer); scaler.update()
 * i.e. grads → × 1/scale (+ found-inf flag) → global-norm clip → read the flag → AdamW step unless inf/NaN.
 *
 * Memory: this takes ownership of the gradients and replaces them one tensor at a time (unscale, clip), so
 * the peak is one set of gradients plus one tensor — at CodeBERTa's size a second or third full copy of the
 * gradients (330 MB each) is what pushes tfjs-wasm's 4 GB heap over the edge.
 *
 * The schedule is the caller's: pass the lr of this optimizer step (schedule.ts lrForOptimizerStep). The seed
 * calls scheduler.step() after every optimizer step, skipped or not, so call k uses lrForOptimizerStep(k)
 * either way; a skipped step leaves AdamW's step count (and so its bias corrections) where it was.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { AdamW } from './adamw.ts';
import { clipCoefficient, globalGradNorm } from './clipGrad.ts';
import { anyNonFinite } from './finite.ts';
import type { LossScaler } from './lossScaler.ts';
import { disposeTensorMap } from './tensorMaps.ts';

export interface ApplyGradientsInput {
  /** Gradients of the (scaled) loss for the trainable parameters only. Ownership passes to applyGradients. */
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

/** Replaces every tensor of `grads` by f(tensor), disposing each old one right away. */
function replaceEach(grads: Map<string, tf.Tensor>, f: (g: tf.Tensor) => tf.Tensor): void {
  for (const [name, g] of grads) {
    grads.set(name, f(g));
    g.dispose();
  }
}

export async function applyGradients(input: ApplyGradientsInput): Promise<ApplyGradientsResult> {
  const { scaler } = input;
  const grads = new Map(input.grads);
  let foundInf: tf.Scalar | null = null;
  let gradNorm: tf.Scalar | null = null;
  try {
    if (scaler.enabled) {
      const inverse = scaler.inverseScale;
      replaceEach(grads, (g) => tf.mul(g, inverse));
      foundInf = anyNonFinite([...grads.values()]);
    }
    gradNorm = globalGradNorm(grads.values());
    if (input.maxGradNorm !== null) {
      const coef = clipCoefficient(gradNorm, input.maxGradNorm);
      replaceEach(grads, (g) => tf.mul(g, coef));
      coef.dispose();
    }
    const skipped = foundInf ? await scaler.update(foundInf) : false;
    if (!skipped) input.optimizer.step(grads, input.lr);
    return { skipped, gradNorm };
  } catch (e) {
    gradNorm?.dispose();
    throw e;
  } finally {
    foundInf?.dispose();
    disposeTensorMap(grads);
  }
}
