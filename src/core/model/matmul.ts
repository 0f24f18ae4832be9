/**
 * matMul with a hand-written gradient that never uses matMul's transpose flags.
 *
 * Why: on tfjs-wasm, `matMul(a, b, transposeA, transposeB)` is 10–50× slower than an explicit `transpose`
 * followed by a plain matMul ([1024,768]·[768,3072]: 167 ms plain, 2056 ms with transposeB, 7669 ms with
 * transposeA), and tfjs's built-in BatchMatMul gradient uses exactly those flags. So:
 *   C = A·B   ⇒   dA = dC·Bᵀ,   dB = Aᵀ·dC   with Bᵀ, Aᵀ materialised by tf.transpose.
 * Supports 2-D [M, K]·[K, N] and batched 3-D [Z, M, K]·[Z, K, N] (same batch size, no broadcasting).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { ForwardContext } from './context.ts';
import { customGradient } from './customGradient.ts';

type Cast = ((t: tf.Tensor) => tf.Tensor) | undefined;

/**
 * Plain matmul, no transpose flags. tfjs-wasm sends only batch-1 products to XNNPACK; any batch > 1 falls back to a
 * naive triple loop (batch_mat_mul_impl.cc `slow_batch_matmul`), ~6× slower for attention-sized [96,128,64]·[96,64,128].
 * So on wasm a batched product runs as one XNNPACK matmul per batch entry, restacked. Other backends batch natively.
 */
function plainMatMul<T extends tf.Tensor>(a: T, b: T): T {
  if (a.rank === 3 && a.shape[0]! > 1 && tf.getBackend() === 'wasm') {
    return tf.tidy(() => {
      const bs = tf.unstack(b); // Z × [K, N]
      return tf.stack(tf.unstack(a).map((ai, i) => tf.matMul(ai, bs[i]!))); // [Z, M, N]
    }) as T;
  }
  return tf.matMul(a, b) as T;
}

/** Plain matmul with the context's precision hook on inputs and output. */
function castMatMul<T extends tf.Tensor>(a: T, b: T, cast: Cast): T {
  if (!cast) return plainMatMul(a, b);
  return cast(plainMatMul(cast(a), cast(b))) as T;
}

/** The transpose of the last two axes: [M, K] → [K, M], [Z, M, K] → [Z, K, M]. */
export function transposeLast2<T extends tf.Tensor>(x: T): T {
  return tf.transpose(x, x.rank === 2 ? [1, 0] : [0, 2, 1]) as T;
}

/** A·B with gradient dA = dC·Bᵀ, dB = Aᵀ·dC (explicit transposes). */
export function matMul<T extends tf.Tensor2D | tf.Tensor3D>(a: T, b: T, ctx?: Pick<ForwardContext, 'castMatmul'>): T {
  if (a.rank !== b.rank || (a.rank !== 2 && a.rank !== 3)) {
    throw new Error(`matMul: expected two 2-D or two 3-D tensors, got [${a.shape}] and [${b.shape}]`);
  }
  const cast = ctx?.castMatmul;
  const op = customGradient(([aIn, bIn], save) => {
    save([aIn, bIn]);
    return {
      value: castMatMul(aIn, bIn, cast), // [M, N] | [Z, M, N]
      gradFunc: (dy, saved) => {
        const [aSaved, bSaved] = saved;
        return [
          castMatMul(dy, transposeLast2(bSaved), cast), // dA = dC·Bᵀ: [.., M, K]
          castMatMul(transposeLast2(aSaved), dy, cast), // dB = Aᵀ·dC: [.., K, N]
        ];
      },
    };
  });
  return op(a, b) as T;
}
