/**
 * RobertaAttention (HF "eager" path): multi-head self-attention + output projection, dropout, residual, LayerNorm.
 *
 *   scores = Q·Kᵀ / √d + (1 − mask)·float32_min,   probs = dropout(softmax(scores)),   context = probs·V
 *
 * Heads stay batched as [B·heads, T, d] so each attention matmul is one batched matmul, and Kᵀ comes from a
 * single transpose of K ([B, T, heads, d] → [B, heads, d, T]) rather than a transpose flag (see matmul.ts).
 * The scores → softmax → dropout → ·V chain is one op with its own gradient (attentionCore.ts).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { ForwardContext } from './context.ts';
import { headDim } from './config.ts';
import { dropout } from './dropout.ts';
import { layerNorm } from './layerNorm.ts';
import { linear } from './linear.ts';
import { attentionCore } from './attentionCore.ts';
import type { RobertaModel } from './params.ts';

/** torch.finfo(torch.float32).min, what HF adds at masked key positions. */
export const FLOAT32_MIN = -3.4028234663852886e38;

/** [B, T] attention mask (1 = token, 0 = padding) → additive bias [B, 1, 1, T] (0 or float32_min). */
export function attentionBias(attentionMask: tf.Tensor2D): tf.Tensor4D {
  return tf.tidy(() => {
    const [B, T] = attentionMask.shape;
    const inverted = tf.sub(1, tf.cast(attentionMask, 'float32')); // [B, T]
    return tf.reshape(tf.mul(inverted, FLOAT32_MIN), [B, 1, 1, T]) as tf.Tensor4D;
  });
}

/**
 * RobertaSelfAttention + RobertaSelfOutput.
 * hidden [B, T, H], bias [B, 1, 1, T] → [B, Tq, H]: every token attends to all T keys; with `firstTokenOnly`
 * only token 0 is computed as a query (Tq = 1), which is all the classifier reads from the last layer.
 */
export function attention(
  model: RobertaModel,
  layerIndex: number,
  hidden: tf.Tensor3D,
  bias: tf.Tensor4D,
  ctx: ForwardContext,
  opts: { firstTokenOnly?: boolean } = {},
): tf.Tensor3D {
  const { config, params } = model;
  const [B, T, H] = hidden.shape;
  const heads = config.num_attention_heads;
  const d = headDim(config);
  const p = `roberta.encoder.layer.${layerIndex}.attention`;
  // Query rows: all tokens, or token 0 only (every operation after the scores is per query row).
  const queryInput = opts.firstTokenOnly ? (tf.slice(hidden, [0, 0, 0], [B, 1, H]) as tf.Tensor3D) : hidden; // [B, Tq, H]
  const Tq = queryInput.shape[1];

  // HF divides the scores by √d. When √d is a power of two (head dims 16, 64, …) scaling Q instead is
  // bit-identical and touches [B, Tq, H] rather than [B, heads, Tq, T].
  const scale = Math.sqrt(d);
  const scaleQ = Number.isInteger(Math.log2(scale));
  const query = linear(queryInput, params.linear(`${p}.self.query`), ctx); // [B, Tq, H]
  const q = scaleQ ? (tf.mul(query, 1 / scale) as tf.Tensor3D) : query; // [B, Tq, H]
  const k = linear(hidden, params.linear(`${p}.self.key`), ctx); // [B, T, H]
  const v = linear(hidden, params.linear(`${p}.self.value`), ctx); // [B, T, H]

  const splitHeads = (x: tf.Tensor3D, t: number) =>
    tf.reshape(tf.transpose(tf.reshape(x, [B, t, heads, d]), [0, 2, 1, 3]), [B * heads, t, d]) as tf.Tensor3D; // [B·heads, t, d]
  const qh = splitHeads(q, Tq); // [B·heads, Tq, d]
  const vh = splitHeads(v, T); // [B·heads, T, d]
  const khT = tf.reshape(tf.transpose(tf.reshape(k, [B, T, heads, d]), [0, 2, 3, 1]), [B * heads, d, T]) as tf.Tensor3D; // [B·heads, d, T]

  // softmax(Q·Kᵀ/√d + mask), dropout, ·V as one op (see attentionCore.ts: it keeps far less for backward).
  const context = attentionCore(qh, khT, vh, bias, ctx, {
    scoreDivisor: scaleQ ? undefined : scale,
    dropoutRate: config.attention_probs_dropout_prob,
  }); // [B·heads, Tq, d]
  const merged = tf.reshape(tf.transpose(tf.reshape(context, [B, heads, Tq, d]), [0, 2, 1, 3]), [B, Tq, H]) as tf.Tensor3D; // [B, Tq, H]

  const projected = dropout(linear(merged, params.linear(`${p}.output.dense`), ctx), config.hidden_dropout_prob, ctx); // [B, Tq, H]
  return layerNorm(tf.add(projected, queryInput) as tf.Tensor3D, params.layerNorm(`${p}.output.LayerNorm`), config.layer_norm_eps);
}
