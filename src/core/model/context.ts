/**
 * ForwardContext: what a forward pass needs besides weights and inputs — whether dropout is on, where its
 * seeds come from, and an optional hook that emulates reduced-precision matmuls (fp16 autocast).
 *
 * Dropout is reproducible: every dropout call takes the next seed from the context, and a training context
 * derives those seeds from (run seed, step, call index). The same step of the same run therefore draws
 * the same masks on every backend (tf.dropout's randomUniform is generated in JS, not by the backend).
 */
import type * as tf from '@tensorflow/tfjs-core';

export interface ForwardContext {
  /** Dropout on (training) or off (evaluation / inference). Nothing else depends on it. */
  readonly training: boolean;
  /** Seed for the next dropout call; required when `training` (a missing one is a bug, not "no dropout"). */
  readonly nextDropoutSeed?: () => number;
  /**
   * Applied to both inputs and the output of every matmul, forward and backward (autocast keeps a matmul's
   * gradient matmuls in the same precision). Meant for fp16 emulation (round to half and back); undefined = fp32.
   */
  readonly castMatmul?: (t: tf.Tensor) => tf.Tensor;
}

/** Evaluation / inference: no dropout, full precision. */
export const inferenceContext = (): ForwardContext => ({ training: false });

/** 32-bit integer mix (murmur3's finalizer): nearby (seed, step, call) triples give unrelated seeds. */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A training context for one step (one micro-batch) of a run: dropout on, seeds derived from `seed`, `step`
 * and a per-context call counter, so re-running the step (e.g. after resuming a checkpoint) re-draws the
 * same masks. Give each micro-batch of an accumulated step its own `step` value.
 */
export function trainingContext(opts: {
  seed: number;
  step: number;
  castMatmul?: (t: tf.Tensor) => tf.Tensor;
}): ForwardContext {
  let call = 0;
  const base = mix32(mix32(opts.seed >>> 0) ^ Math.imul(opts.step + 1, 0x9e3779b1));
  return {
    training: true,
    nextDropoutSeed: () => mix32(base + Math.imul(++call, 0x632be5ab)),
    castMatmul: opts.castMatmul,
  };
}
