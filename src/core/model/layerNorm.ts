/**
 * LayerNorm over the last axis, as torch.nn.LayerNorm: biased variance (divide by H, not H − 1),
 * y = (x − mean) / sqrt(var + eps) · weight + bias. eps comes from the config (1e-5 for RoBERTa; BERT's
 * 1e-12 would be off by 2e-5 on the fixtures).
 */
import * as tf from '@tensorflow/tfjs-core';

export interface LayerNormParams {
  weight: tf.Tensor1D; // [H]
  bias: tf.Tensor1D; // [H]
}

export function layerNorm<T extends tf.Tensor>(x: T, p: LayerNormParams, eps: number): T {
  const axis = x.rank - 1;
  const mean = tf.mean(x, axis, true); // [..., 1]
  const centered = tf.sub(x, mean); // [..., H]
  const variance = tf.mean(tf.square(centered), axis, true); // [..., 1], biased
  const normalized = tf.mul(centered, tf.rsqrt(tf.add(variance, eps))); // [..., H]
  return tf.add(tf.mul(normalized, p.weight), p.bias) as T;
}
