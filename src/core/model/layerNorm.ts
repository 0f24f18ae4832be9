/**
 * LayerNorm over the last axis, as torch.nn.LayerNorm: biased variance (divide by H, not H − 1),
 * y = (x − mean) / sqrt(var + eps) · weight + bias. eps comes from the config (1e-5 for RoBERTa; BERT's
 * 1e-12 would be off by 2e-5 on the fixtures).
 *
 * Hand-written gradient (torch's formula): with x̂ = (x − mean)·rstd and g = dy·weight,
 *   dx = rstd · (g − mean(g) − x̂ · mean(g·x̂)),   dweight = Σ_rows dy·x̂,   dbias = Σ_rows dy.
 * It keeps only x̂ and rstd for the backward pass, where autodiff would keep every intermediate of the formula
 * (several [B, T, H] tensors per LayerNorm, 13 LayerNorms in CodeBERTa), and runs fewer kernels.
 */
import * as tf from '@tensorflow/tfjs-core';
import { customGradient } from './customGradient.ts';
import { sumRows } from './sumRows.ts';

export interface LayerNormParams {
  weight: tf.Tensor1D; // [H]
  bias: tf.Tensor1D; // [H]
}

export function layerNorm<T extends tf.Tensor>(x: T, p: LayerNormParams, eps: number): T {
  const H = x.shape[x.rank - 1]!;
  const op = customGradient(([xIn, wIn, bIn], save) => {
    const x2d = tf.reshape(xIn, [-1, H]); // [N, H]
    const mean = tf.mean(x2d, 1, true); // [N, 1]
    const centered = tf.sub(x2d, mean); // [N, H]
    const variance = tf.mean(tf.square(centered), 1, true); // [N, 1], biased
    const rstd = tf.rsqrt(tf.add(variance, eps)); // [N, 1]
    const normalized = tf.mul(centered, rstd); // x̂ [N, H]
    save([normalized, rstd, wIn]);
    return {
      value: tf.reshape(tf.add(tf.mul(normalized, wIn), bIn), xIn.shape), // [..., H]
      gradFunc: (dy, saved) =>
        tf.tidy(() => {
          const [xHat, rs, w] = saved as [tf.Tensor2D, tf.Tensor2D, tf.Tensor1D];
          const dy2d = tf.reshape(dy, [-1, H]); // [N, H]
          const g = tf.mul(dy2d, w); // [N, H]
          const meanG = tf.mean(g, 1, true); // [N, 1]
          const meanGx = tf.mean(tf.mul(g, xHat), 1, true); // [N, 1]
          const dx = tf.mul(tf.sub(tf.sub(g, meanG), tf.mul(xHat, meanGx)), rs); // [N, H]
          return [
            tf.reshape(dx, xIn.shape), // [..., H]
            sumRows(tf.mul(dy2d, xHat) as tf.Tensor2D), // dweight [H]
            sumRows(dy2d as tf.Tensor2D), // dbias [H]
          ];
        }),
    };
  });
  return op(x, p.weight, p.bias) as T;
}
