/**
 * Linear layer y = x·W + b with the kernel stored [in, out] (Hugging Face keeps weight [out, in] and computes
 * x·Wᵀ; the layout is translated once, in params.ts, so that no matmul here needs a transpose flag).
 *
 * Hand-written gradient (see matmul.ts for how the transposed operands are read):
 *   dx = dy·Wᵀ,   dW = xᵀ·dy,   db = Σ_rows dy.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { ForwardContext } from './context.ts';
import { customGradient } from './customGradient.ts';
import { castMatMulT } from './matmul.ts';
import { sumRows } from './sumRows.ts';

export interface LinearParams {
  kernel: tf.Tensor2D; // [in, out]
  bias: tf.Tensor1D; // [out]
}

/** y = x·W + b over the last axis of x: [..., in] → [..., out]. */
export function linear<T extends tf.Tensor>(x: T, p: LinearParams, ctx?: Pick<ForwardContext, 'castMatmul'>): T {
  const [inFeatures, outFeatures] = p.kernel.shape;
  if (x.shape[x.rank - 1] !== inFeatures) {
    throw new Error(`linear: input [${x.shape}] does not end in the kernel's ${inFeatures} input features`);
  }
  const cast = ctx?.castMatmul;
  const leading = x.shape.slice(0, -1);
  const x2d = tf.reshape(x, [-1, inFeatures]) as tf.Tensor2D; // [N, in]

  const op = customGradient(([xIn, wIn, bIn], save) => {
    save([xIn, wIn]);
    const value = cast
      ? cast(tf.fused.matMul({ a: cast(xIn) as tf.Tensor2D, b: cast(wIn) as tf.Tensor2D, bias: cast(bIn) }))
      : tf.fused.matMul({ a: xIn as tf.Tensor2D, b: wIn as tf.Tensor2D, bias: bIn }); // [N, out]
    return {
      value,
      // tidy: tfjs runs a custom gradient outside any scope; without it the transposes (and XNNPACK's packed
      // copies of them) would live until the whole backward pass ends.
      gradFunc: (dy, saved) =>
        tf.tidy(() => {
          const [xSaved, wSaved] = saved as tf.Tensor2D[];
          return [
            castMatMulT(dy as tf.Tensor2D, wSaved!, false, true, cast), // dx = dy·Wᵀ: [N, in]
            castMatMulT(xSaved!, dy as tf.Tensor2D, true, false, cast), // dW = xᵀ·dy: [in, out]
            sumRows(dy as tf.Tensor2D), // db: [out]
          ];
        }),
    };
  });
  const y = op(x2d, p.kernel, p.bias); // [N, out]
  return tf.reshape(y, [...leading, outFeatures]) as T;
}
