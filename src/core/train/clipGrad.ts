/**
 * Global-norm gradient clipping, as torch.nn.utils.clip_grad_norm_ (torch 1.13 / 2.x, norm_type 2):
 *
 *   total_norm = ‖(‖g_1‖, …, ‖g_n‖)‖            (L2 of the per-tensor L2 norms)
 *   clip_coef  = max_norm / (total_norm + 1e-6)   (torch evaluates `float / tensor` as reciprocal × float)
 *   g_i       *= clamp(clip_coef, max = 1)        (always: × 1 is exact, so "only when clipping" is the same)
 *
 * Everything stays on the device: the norm comes back as a tensor and the caller decides when (and whether)
 * to read it. Only the gradients given are clipped: pass trainable parameters' gradients only, as torch
 * is given only requires_grad parameters.
 */
import * as tf from '@tensorflow/tfjs-core';

/** torch's fixed guard against division by zero in clip_coef. */
const CLIP_EPS = 1e-6;

export interface ClippedGradients {
  /** New tensors, same names and shapes; the caller owns them (and still owns the inputs). */
  grads: Map<string, tf.Tensor>;
  /** Global L2 norm of the gradients before clipping (torch's return value). */
  totalNorm: tf.Scalar;
  /** The clamped coefficient the gradients were multiplied by (1 when no clipping happened). */
  clipCoef: tf.Scalar;
}

/** Global L2 norm over all tensors, computed as torch does (norm of the per-tensor norms). Caller owns it. */
export function globalGradNorm(grads: Iterable<tf.Tensor>): tf.Scalar {
  return tf.tidy(() => {
    const perTensor = [...grads].map((g) => tf.sqrt(tf.sum(tf.square(g))));
    if (perTensor.length === 0) return tf.scalar(0);
    return tf.sqrt(tf.sum(tf.square(tf.stack(perTensor)))) as tf.Scalar;
  });
}

/** torch's clamped clip coefficient min(1, maxNorm / (totalNorm + 1e-6)), on the device. Caller owns it. */
export function clipCoefficient(totalNorm: tf.Scalar, maxNorm: number): tf.Scalar {
  if (!(maxNorm > 0)) throw new Error(`maxNorm must be positive, got ${maxNorm}`);
  return tf.tidy(() => tf.minimum(tf.mul(tf.reciprocal(tf.add(totalNorm, CLIP_EPS)), maxNorm), 1) as tf.Scalar);
}

/** clip_grad_norm_(grads, maxNorm) without mutation: returns the clipped copies and the pre-clip norm. */
export function clipGradNorm(grads: ReadonlyMap<string, tf.Tensor>, maxNorm: number): ClippedGradients {
  if (!(maxNorm > 0)) throw new Error(`maxNorm must be positive, got ${maxNorm}`);
  const names = [...grads.keys()];
  // tf.tidy keeps tensors reachable through arrays and plain objects (not Maps): return an array.
  const { clipped, totalNorm, clipCoef } = tf.tidy(() => {
    const totalNorm = globalGradNorm(grads.values());
    const clipCoef = clipCoefficient(totalNorm, maxNorm);
    const clipped = names.map((name) => tf.mul(grads.get(name)!, clipCoef));
    return { clipped, totalNorm, clipCoef };
  });
  return { grads: new Map(names.map((name, i) => [name, clipped[i]])), totalNorm, clipCoef };
}
