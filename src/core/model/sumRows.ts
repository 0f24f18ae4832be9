/**
 * Σ over the rows of a matrix, [N, C] → [C]: the bias and LayerNorm-affine gradients.
 *
 * tfjs-wasm reduces a non-innermost axis by transposing first (a slow kernel on wasm): 6 ms for [1024, 768], where
 * the product 1ᵀ·x through XNNPACK takes 2.7 ms. Other backends reduce directly.
 */
import * as tf from '@tensorflow/tfjs-core';

export function sumRows(x: tf.Tensor2D): tf.Tensor1D {
  if (tf.getBackend() !== 'wasm') return tf.sum(x, 0);
  return tf.tidy(() => tf.reshape(tf.matMul(tf.ones([1, x.shape[0]]), x), [x.shape[1]]) as tf.Tensor1D); // [1, N]·[N, C]
}
