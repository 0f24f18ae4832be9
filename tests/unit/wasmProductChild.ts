/**
 * Child process of node-wasm-threads.test.ts: initialises wasm through the CLI's path with the given threads and
 * purpose (argv), computes a fixed 256×384 · 384×512 product, and prints { info, values } as JSON. A script file,
 * not `node -e`: tfjs-wasm's pthread workers inherit the process's flags, and `--input-type` breaks them.
 */
import * as tf from '@tensorflow/tfjs-core';
import { initNodeWasm } from '../../cli/nodeWasmThreads.ts';

const [threads, purpose] = process.argv.slice(2);
const info = await initNodeWasm(Number(threads), purpose as 'training' | 'inference');
const a = tf.randomNormal([256, 384], 0, 1, 'float32', 1);
const b = tf.randomNormal([384, 512], 0, 1, 'float32', 2);
const json = JSON.stringify({ info, values: Array.from(await tf.matMul(a, b).data()) });
process.stdout.write(json, () => process.exit(0)); // exit only once the pipe has it all
