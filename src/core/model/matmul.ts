/**
 * matMul with a hand-written gradient, and `castMatMulT`, the products with a transposed operand that gradients need.
 *
 *   C = A·B   ⇒   dA = dC·Bᵀ,   dB = Aᵀ·dC
 *
 * How Bᵀ and Aᵀ are read depends on the backend. On stock tfjs-wasm, `matMul(a, b, transposeA, transposeB)` is
 * 10–50× slower than an explicit `transpose` followed by a plain matMul ([1024,768]·[768,3072]: 167 ms plain,
 * 2056 ms with transposeB, 7669 ms with transposeA), so there they are materialised by tf.transpose. The studio's wasm
 * kernels (kernels/wasmMatMul.ts) pack either layout at no extra cost, so there the flags are passed instead, which
 * saves the transposes' time and memory ([B·T, 3072] per FFN). Other backends keep the explicit transposes.
 * Supports 2-D [M, K]·[K, N] and batched 3-D [Z, M, K]·[Z, K, N] (same batch size, no broadcasting).
 */
import * as tf from '@tensorflow/tfjs-core';
import { WASM_VIEW_SLICE } from '../kernels/wasmKernelFixes.ts';
import { WASM_FAST_MATMUL } from '../kernels/wasmMatMul.ts';
import type { ForwardContext } from './context.ts';
import { customGradient } from './customGradient.ts';

export type Cast = ((t: tf.Tensor) => tf.Tensor) | undefined;

/**
 * True when tfjs-wasm's Slice kernel copies only the slice (backend.ts installs that fix, kernels/wasmKernelFixes.ts,
 * and marks the kernel). The stock kernel copies its whole input per slice, which would make slicing cost more than it
 * saves.
 */
const wasmSlicesAreCheap = () => tf.getBackend() === 'wasm' && WASM_VIEW_SLICE in (tf.getKernel(tf.Slice, 'wasm') ?? {});
/** True when the studio's own wasm matmul (kernels/wasmMatMul.ts) runs batched products natively. */
const wasmBatchesNatively = () => WASM_FAST_MATMUL in (tf.getKernel(tf.BatchMatMul, 'wasm') ?? {});

/**
 * A plain [Z, M, K]·[Z, K, N] product. tfjs-wasm sends only batch-1 products to XNNPACK; any batch > 1 runs its
 * naive `slow_batch_matmul` loop (~2 GFLOP/s, against ~30 for XNNPACK, single-threaded). So on wasm with tfjs's
 * kernels each batch entry is its own XNNPACK matmul: [96,128,64]·[96,64,128] in 15 ms instead of 90. The studio's
 * wasm kernels and the other backends batch natively.
 */
function batchedMatMul(a: tf.Tensor3D, b: tf.Tensor3D): tf.Tensor3D {
  const [Z, M, K] = a.shape;
  const N = b.shape[2];
  if (Z === 1 || !wasmSlicesAreCheap() || wasmBatchesNatively()) return tf.matMul(a, b);
  return tf.tidy(() => {
    const products: tf.Tensor2D[] = [];
    for (let z = 0; z < Z; z++) {
      const az = tf.reshape(tf.slice(a, [z, 0, 0], [1, M, K]), [M, K]) as tf.Tensor2D; // [M, K]
      const bz = tf.reshape(tf.slice(b, [z, 0, 0], [1, K, N]), [K, N]) as tf.Tensor2D; // [K, N]
      products.push(tf.matMul(az, bz)); // [M, N]
    }
    return tf.reshape(tf.concat(products), [Z, M, N]) as tf.Tensor3D; // [Z, M, N]
  });
}

/**
 * Plain matmul (no flags, no gradient of its own), with the context's precision hook on inputs and output: the
 * building block of the hand-written gradients here and in attentionCore.ts.
 */
export function castMatMul<T extends tf.Tensor>(a: T, b: T, cast: Cast): T {
  const mm = (x: tf.Tensor, y: tf.Tensor) => (x.rank === 3 ? batchedMatMul(x as tf.Tensor3D, y as tf.Tensor3D) : tf.matMul(x, y));
  if (!cast) return mm(a, b) as T;
  return cast(mm(cast(a), cast(b))) as T;
}

/** The transpose of the last two axes: [M, K] → [K, M], [Z, M, K] → [Z, K, M]. */
export function transposeLast2<T extends tf.Tensor>(x: T): T {
  return tf.transpose(x, x.rank === 2 ? [1, 0] : [0, 2, 1]) as T;
}

/** The studio's wasm matmul is the current backend's: transpose flags are free (see the top of this file). */
const transposeFlagsAreFree = () => tf.getBackend() === 'wasm' && wasmBatchesNatively();

/**
 * op(A)·op(B), op = transpose where asked, with the context's precision hook (casting commutes with transposing):
 * through the flags where they are free, else explicit transposes and castMatMul. No gradient of its own.
 */
export function castMatMulT<T extends tf.Tensor>(a: T, b: T, transposeA: boolean, transposeB: boolean, cast: Cast): T {
  if (transposeFlagsAreFree()) {
    if (!cast) return tf.matMul(a, b, transposeA, transposeB) as unknown as T;
    return cast(tf.matMul(cast(a), cast(b), transposeA, transposeB)) as T;
  }
  return castMatMul(transposeA ? transposeLast2(a) : a, transposeB ? transposeLast2(b) : b, cast);
}

/** A·B with gradient dA = dC·Bᵀ, dB = Aᵀ·dC. */
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
            castMatMulT(dy, bSaved!, false, true, cast), // dA = dC·Bᵀ: [.., M, K]
            castMatMulT(aSaved!, dy, true, false, cast), // dB = Aᵀ·dC: [.., K, N]
          ];
        }),
    };
  });
  return op(a, b) as T;
}
