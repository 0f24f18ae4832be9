/**
 * GELU as one wasm kernel (scripts/kernels/gelu-wat.mjs) on the studio's thread pool: the model's gelu() runs it
 * where it is registered (wasm with the studio's kernels) instead of five tfjs-wasm kernels, one of them a scalar
 * erf (~55 ms per CodeBERTa layer at 32×128 tokens).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import type { KernelPool } from './kernelPool.ts';
import type { HeapModule } from './wasmMatMul.ts';

/** The kernel's name in tfjs's registry; model/gelu.ts looks it up on the current backend. */
export const STUDIO_GELU = 'StudioGelu';

export function registerFastGelu(backend: BackendWasm, pool: KernelPool): void {
  const heap = backend.wasm as HeapModule;
  const tail = heap._malloc(32) >>> 0; // fewer than 4 floats are padded to 4 here (the kernel's smallest input)
  if (tf.getKernel(STUDIO_GELU, 'wasm')) tf.unregisterKernel(STUDIO_GELU, 'wasm');
  tf.registerKernel({
    kernelName: STUDIO_GELU,
    backendName: 'wasm',
    kernelFunc: ({ inputs }) => {
      const x = (inputs as { x: tf.TensorInfo }).x;
      if (x.dtype !== 'float32') throw new Error(`${STUDIO_GELU}: float32 input expected, got ${x.dtype}`);
      const n = tf.util.sizeFromShape(x.shape);
      const out = backend.makeOutput(x.shape, 'float32');
      if (n === 0) return out;
      const offset = (t: tf.TensorInfo) => backend.dataIdMap.get(t.dataId)!.memoryOffset;
      if (n >= 4) {
        pool.gelu(offset(x), offset(out), n);
        return out;
      }
      const padded = new Float32Array(pool.memory.buffer, tail, 8);
      padded.fill(0).set(backend.typedArrayFromHeap(x as tf.Tensor) as Float32Array);
      pool.kernels.gelu(tail, tail + 16, 4);
      (backend.typedArrayFromHeap(out as tf.Tensor) as Float32Array).set(padded.subarray(4, 4 + n));
      return out;
    },
  });
}
