/**
 * The multi-threaded tfjs-wasm build in Node (cli/nodeWasmThreads.ts): it really starts XNNPACK with one
 * thread per requested core (training) or one thread beside the studio's 2-thread kernel pool (inference), and
 * computes what the single-threaded build computes.
 */
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import * as tf from '@tensorflow/tfjs-core';
import { getThreadsCount } from '@tensorflow/tfjs-backend-wasm';
import { describe, expect, it } from 'vitest';
import { initNodeWasm } from '../../cli/nodeWasmThreads.ts';

const ROOT = resolve(__dirname, '../..');

/** The same product computed in a separate process initialised with initNodeWasm(threads, purpose). */
async function productInChild(threads: number, purpose: 'training' | 'inference') {
  const { stdout } = await promisify(execFile)('node', ['--import', 'tsx', join(__dirname, 'wasmProductChild.ts'), String(threads), purpose], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as { info: unknown; values: number[] };
}

describe('tfjs-wasm threads in Node', () => {
  it('starts 2 XNNPACK threads for training, one beside a 2-thread kernel pool for inference, with the single-threaded results', async () => {
    const info = await initNodeWasm(2);
    expect(info).toEqual({ backend: 'wasm', threads: 2, xnnpackThreads: 2, kernels: 'studio wasm SIMD kernels (fused multiply-add), 2 threads' });
    expect(getThreadsCount()).toBe(2);
    expect(tf.env().getBool('WASM_HAS_MULTITHREAD_SUPPORT')).toBe(true);
    const a = tf.randomNormal([256, 384], 0, 1, 'float32', 1);
    const b = tf.randomNormal([384, 512], 0, 1, 'float32', 2);
    const threaded = await tf.matMul(a, b).data();
    // The same product from separate processes through the CLI's path: single-threaded (CODEBERTA_THREADS=1), and
    // set up for inference (a 256×384 product is large enough that the pool's helper takes part).
    const [single, inference] = await Promise.all([productInChild(1, 'training'), productInChild(2, 'inference')]);
    expect(single.info).toEqual({ backend: 'wasm', threads: 1, xnnpackThreads: 1, kernels: 'studio wasm SIMD kernels (fused multiply-add), 1 thread' });
    expect(inference.info).toEqual({ backend: 'wasm', threads: 2, xnnpackThreads: 1, kernels: 'studio wasm SIMD kernels (fused multiply-add), 2 threads' });
    expect(Array.from(threaded)).toEqual(single.values);
    expect(inference.values).toEqual(single.values);
  });
});
