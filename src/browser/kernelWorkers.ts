/**
 * Helper threads for the studio's wasm kernels (src/core/kernels/kernelPool.ts) inside a Web Worker: nested
 * workers loaded from a Blob, sharing tfjs-wasm's heap (the page is cross-origin isolated, so the heap is a shared
 * memory that postMessage hands over). The training and detect workers may block on them; a page could not.
 */
import type { SpawnKernelWorker } from '../core/kernels/kernelPool.ts';

export const spawnBrowserKernelWorker: SpawnKernelWorker = (source, init) => {
  const url = URL.createObjectURL(new Blob([`${source}\nself.onmessage = (event) => main(event.data);`], { type: 'text/javascript' }));
  const worker = new Worker(url, { name: 'codeberta-kernels' });
  worker.postMessage(init);
  return {
    terminate: () => {
      worker.terminate();
      URL.revokeObjectURL(url);
    },
  };
};
