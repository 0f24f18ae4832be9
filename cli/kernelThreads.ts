/** Helper threads for the studio's wasm kernels in Node (see src/core/kernels/kernelPool.ts). */
import { Worker } from 'node:worker_threads';
import type { SpawnKernelWorker } from '../src/core/kernels/kernelPool.ts';

export const spawnNodeKernelWorker: SpawnKernelWorker = (source, init) => {
  const worker = new Worker(`${source}\nmain(require('node:worker_threads').workerData);`, { eval: true, workerData: init });
  worker.unref(); // a helper sleeping between jobs must not keep the process alive
  return { terminate: () => void worker.terminate() };
};
