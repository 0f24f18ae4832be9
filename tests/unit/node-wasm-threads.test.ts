/**
 * The multi-threaded tfjs-wasm build in Node (cli/nodeWasmThreads.ts): it really starts XNNPACK with one
 * thread per requested core and computes what the single-threaded build computes.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import * as tf from '@tensorflow/tfjs-core';
import { getThreadsCount } from '@tensorflow/tfjs-backend-wasm';
import { describe, expect, it } from 'vitest';
import { initNodeWasm } from '../../cli/nodeWasmThreads.ts';

const ROOT = resolve(__dirname, '../..');

describe('tfjs-wasm threads in Node', () => {
  it('starts 2 XNNPACK threads and gives the single-threaded results', async () => {
    const info = await initNodeWasm(2);
    expect(info).toEqual({ backend: 'wasm', threads: 2, kernels: 'studio wasm SIMD kernels (fused multiply-add), 2 threads' });
    expect(getThreadsCount()).toBe(2);
    expect(tf.env().getBool('WASM_HAS_MULTITHREAD_SUPPORT')).toBe(true);
    const a = tf.randomNormal([256, 384], 0, 1, 'float32', 1);
    const b = tf.randomNormal([384, 512], 0, 1, 'float32', 2);
    const threaded = await tf.matMul(a, b).data();
    // The same product from a separate single-threaded process (CODEBERTA_THREADS=1), through the CLI's path.
    const script = `
      import * as tf from '@tensorflow/tfjs-core';
      import { initNodeWasm } from './cli/nodeWasmThreads.ts';
      const info = await initNodeWasm(1);
      const a = tf.randomNormal([256, 384], 0, 1, 'float32', 1);
      const b = tf.randomNormal([384, 512], 0, 1, 'float32', 2);
      const json = JSON.stringify({ info, values: Array.from(await tf.matMul(a, b).data()) });
      process.stdout.write(json, () => process.exit(0)); // exit only once the pipe has it all`;
    const { stdout } = await promisify(execFile)('node', ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    const single = JSON.parse(stdout);
    expect(single.info).toEqual({ backend: 'wasm', threads: 1, kernels: 'studio wasm SIMD kernels (fused multiply-add), 1 thread' });
    expect(Array.from(threaded)).toEqual(single.values);
  });
});
