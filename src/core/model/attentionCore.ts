/**
 * The core of scaled dot-product attention as one op with a hand-written gradient:
 *   probs = softmax(Q·Kᵀ [/ scale] + bias),   context = dropout(probs)·V
 *
 * As separate tfjs ops, autodiff keeps the raw scores, the masked scores, the probabilities and the dropped
 * probabilities for the backward pass, plus a gradient of each until the whole backward pass ends: seven
 * [B, heads, Tq, T] tensors per layer (at 2×512, 25 MB each). This op keeps two (probabilities and dropout
 * multiplier) and frees its backward temporaries as it goes.
 * Backward, with P the probabilities, M the dropout multiplier and D = P·M:
 *   dV = Dᵀ·dC,   dP = (dC·Vᵀ)·M,   dS = P·(dP − Σ_keys dP·P) [/ scale],   dQ = dS·K,   dKᵀ = Qᵀ·dS
 */
import * as tf from '@tensorflow/tfjs-core';
import type { ForwardContext } from './context.ts';
import { customGradient } from './customGradient.ts';
import { dropoutMultiplier } from './dropout.ts';
import { castMatMul, castMatMulT } from './matmul.ts';

export interface AttentionCoreOptions {
  /** Divide the scores by this (HF's √d); omit when Q was scaled already. */
  scoreDivisor?: number;
  /** Dropout rate on the probabilities (applied only when ctx.training). */
  dropoutRate: number;
}

/**
 * qh [B·heads, Tq, d], khT [B·heads, d, T], vh [B·heads, T, d], bias [B, 1, 1, T] (additive mask)
 * → context [B·heads, Tq, d]
 */
export function attentionCore(
  qh: tf.Tensor3D,
  khT: tf.Tensor3D,
  vh: tf.Tensor3D,
  bias: tf.Tensor4D,
  ctx: ForwardContext,
  opts: AttentionCoreOptions,
): tf.Tensor3D {
  const [Z, Tq] = qh.shape;
  const T = khT.shape[2];
  const B = bias.shape[0];
  const heads = Z / B;
  const cast = ctx.castMatmul;
  const divisor = opts.scoreDivisor;

  const op = customGradient(([q, kT, v], save) => {
    const raw = tf.reshape(castMatMul(q, kT, cast), [B, heads, Tq, T]); // [B, heads, Tq, T]
    const scores = tf.add(divisor === undefined ? raw : tf.div(raw, divisor), bias); // HF order: scale, then mask
    const probs = tf.reshape(tf.softmax(scores), [Z, Tq, T]); // [Z, Tq, T]
    const multiplier = dropoutMultiplier([Z, Tq, T], opts.dropoutRate, ctx); // [Z, Tq, T] or null
    const dropped = multiplier ? tf.mul(probs, multiplier) : probs; // [Z, Tq, T]
    save(multiplier ? [q!, kT!, v!, probs, multiplier] : [q!, kT!, v!, probs]);
    return {
      value: castMatMul(dropped, v!, cast), // [Z, Tq, d]
      gradFunc: (dContext, saved) =>
        tf.tidy(() => {
          const [qS, kTS, vS, p, m] = saved as tf.Tensor3D[];
          const d = m ? tf.mul(p!, m) : p!; // dropped probabilities [Z, Tq, T]
          const dV = castMatMulT(d, dContext, true, false, cast); // Dᵀ·dC: [Z, T, d]
          const dDropped = castMatMulT(dContext, vS!, false, true, cast); // dC·Vᵀ: [Z, Tq, T]
          const dProbs = m ? tf.mul(dDropped, m) : dDropped; // [Z, Tq, T]
          const softmaxGrad = tf.mul(p!, tf.sub(dProbs, tf.sum(tf.mul(dProbs, p!), -1, true))); // [Z, Tq, T]
          const dScores = divisor === undefined ? softmaxGrad : tf.div(softmaxGrad, divisor);
          const dQ = castMatMulT(dScores, kTS!, false, true, cast); // dS·K: [Z, Tq, d]
          const dKT = castMatMulT(qS!, dScores, true, false, cast); // Qᵀ·dS: [Z, d, T]
          return [dQ, dKT, dV];
        }),
    };
  });
  return op(qh, khT, vh) as tf.Tensor3D;
}
