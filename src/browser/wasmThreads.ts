import * as tf from '@tensorflow/tfjs-core';
import { getThreadsCount } from '@tensorflow/tfjs-backend-wasm';

/** Whether tfjs-wasm runs multi-threaded here, and why not when it does not. */
export interface WasmThreads {
  /** WASM_HAS_MULTITHREAD_SUPPORT: SharedArrayBuffer + wasm threads, i.e. the page is cross-origin isolated. */
  multithread: boolean;
  crossOriginIsolated: boolean;
  /** Worker threads tfjs-wasm started (1 when single-threaded). */
  count: number;
}

export async function describeWasmThreads(): Promise<WasmThreads> {
  const multithread = Boolean(await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT'));
  return { multithread, crossOriginIsolated: globalThis.crossOriginIsolated === true, count: getThreadsCount() };
}
