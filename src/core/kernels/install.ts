/**
 * The studio's own wasm kernels (matmul, GELU: wasm SIMD128, on a pool of threads sharing tfjs-wasm's heap),
 * registered over tfjs-wasm's where they are faster (see `npm run bench` for the model's numbers).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { KernelPool, type SpawnKernelWorker } from './kernelPool.ts';
import { registerFastGelu } from './wasmGelu.ts';
import { registerFastMatMul, type HeapModule } from './wasmMatMul.ts';

/** tfjs-wasm's heap as a WebAssembly.Memory: the threaded build creates it in JS, the others export it. */
function heapMemory(backend: BackendWasm): WebAssembly.Memory | undefined {
  const module = backend.wasm as HeapModule;
  return module.wasmMemory ?? module.asm?.memory;
}

let installed: KernelPool | undefined;

/**
 * Registers the kernels on `threads` threads (the caller + helpers from `spawn`), or on the caller alone where
 * tfjs-wasm runs its single-threaded build (helpers need its shared heap). Call after the wasm backend is
 * initialised. Throws when it cannot be done; tfjs's kernels then stay.
 */
export async function installStudioWasmKernels(threads: number, spawn?: SpawnKernelWorker): Promise<{ threads: number; fma: boolean }> {
  const backend = tf.findBackend('wasm') as BackendWasm | null;
  if (!backend) throw new Error('the wasm backend is not initialised');
  const memory = heapMemory(backend);
  if (!memory) throw new Error("tfjs-wasm's heap memory is not reachable");
  const pool = await KernelPool.create(memory, memory.buffer instanceof SharedArrayBuffer ? threads : 1, spawn);
  installed?.dispose();
  installed = pool;
  registerFastMatMul(backend, pool);
  registerFastGelu(backend, pool);
  return { threads: pool.threads, fma: pool.fma };
}
