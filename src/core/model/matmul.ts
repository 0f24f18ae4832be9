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
 * Plain matmul (no flags), with the context's precision hook on inputs and output.
 * Note: tfjs-wasm sends only batch-1 products to XNNPACK; batched [Z, M, K]·[Z, K, N] runs its naive
 * `slow_batch_matmul` loop (~1.5–2 GFLOP/s). Splitting into Z XNNPACK calls does not pay: tfjs-wasm's Slice copies the
 * whole input per slice and Gather costs ~0.3 ms per [128, 64] slice (measured: 67 vs 91 ms for QKᵀ, 93 vs 87 ms
 * for probs·V at 8×12 heads × 128). A custom batched kernel is the fix.
 */
function castMatMul<T extends tf.Tensor>(a: T, b: T, cast: Cast): T {
  if (!cast) return tf.matMul(a, b) as T;
  return cast(tf.matMul(cast(a), cast(b))) as T;
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
      // tidy: tfjs runs a custom gradient outside any scope, so the transposes would otherwise live until the
      // whole backward pass ends (with XNNPACK's packed copy of each).
      gradFunc: (dy, saved) =>
        tf.tidy(() => {
          const [aSaved, bSaved] = saved;
          return [
            castMatMul(dy, transposeLast2(bSaved!), cast), // dA = dC·Bᵀ: [.., M, K]
            castMatMul(transposeLast2(aSaved!), dy, cast), // dB = Aᵀ·dC: [.., K, N]
          ];
        }),
    };
  });
  return op(a, b) as T;
}
