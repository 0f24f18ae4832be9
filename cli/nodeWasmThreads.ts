/**
 * Multi-threaded tfjs-wasm in Node: about 2× faster matmuls on a 2-core machine.
 *
 * tfjs-backend-wasm ships a threaded build but never uses it in Node, for three reasons this module works around:
 *  1. its feature test reports no thread support in Node → we set WASM_HAS_MULTITHREAD_SUPPORT;
 *  2. it hands Emscripten the pthread worker and its own main script as `blob:` URLs, which Node's Worker cannot
 *     load → while the backend initialises, string Blobs are materialised as files in a temp folder instead;
 *  3. its C++ caps the XNNPACK pool at half the logical cores (it assumes hyper-threading) → during
 *     initialisation `os.cpus()` reports twice the cores, so the pool gets one thread per core.
 * The patches are in place only while the backend initialises. Every step is checked; if anything fails the
 * caller falls back to the single-threaded build (and says so).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import * as tf from '@tensorflow/tfjs-core';
import { getThreadsCount } from '@tensorflow/tfjs-backend-wasm';
import { initBackend, type BackendInfo, type BackendPurpose } from '../src/core/backend.ts';
import { spawnNodeKernelWorker } from './kernelThreads.ts';

// The bundle's main script refers to these module-level bindings of tf-backend-wasm.node.js (its Rollup names).
const PRELUDE =
  "var require$$0 = require('fs'), require$$1 = require('path'), require$$3 = require('perf_hooks'), " +
  "require$$4 = require('os'), commonjsGlobal = globalThis;\n";
const MAIN_SCRIPT_MARK = 'var WasmBackendModuleThreadedSimd';
const WORKER_LOAD = 'if(typeof e.data.urlOrBlob=="string"){importScripts(e.data.urlOrBlob)}';

export interface NodeWasmInfo {
  backend: string;
  /** Threads of the studio's kernel pool (matmul, GELU). */
  threads: number;
  /** XNNPACK's threads (tfjs-wasm's own ops): fewer for inference, see xnnpackThreads in core/backend.ts. */
  xnnpackThreads: number;
  /** Why the threaded build was not used, when it was not. */
  fallbackReason?: string;
  /** Which kernels run (see BackendInfo.kernels). */
  kernels?: string;
}

/**
 * Relaxed SIMD (fused multiply-add: the studio's matmul runs ~30% faster with it) ships in Chromium but is behind a
 * flag in Node 20's V8; a flag set before the kernels are compiled applies to the whole process, worker threads too.
 */
export function enableRelaxedSimd(): void {
  v8.setFlagsFromString('--experimental-wasm-relaxed-simd');
}

/** Initialises tfjs on wasm with `threads` threads (default: one per core) for `purpose`. */
export async function initNodeWasm(
  threads = os.availableParallelism?.() ?? os.cpus().length,
  purpose: BackendPurpose = 'training',
): Promise<NodeWasmInfo> {
  enableRelaxedSimd();
  if (threads > 1) {
    try {
      const info = await initThreaded(threads, purpose);
      return { backend: 'wasm', threads, xnnpackThreads: getThreadsCount(), kernels: info.kernels };
    } catch (err) {
      const reason = (err as Error).message;
      // A failed initialisation leaves the backend factory registered: it runs again, single-threaded.
      tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
      const info = await initBackend('wasm', { spawnKernelWorker: spawnNodeKernelWorker });
      return { backend: info.backend, threads: 1, xnnpackThreads: 1, fallbackReason: reason, kernels: info.kernels };
    }
  }
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  const info = await initBackend('wasm', { spawnKernelWorker: spawnNodeKernelWorker });
  return { backend: info.backend, threads: 1, xnnpackThreads: 1, kernels: info.kernels };
}

async function initThreaded(threads: number, purpose: BackendPurpose): Promise<BackendInfo> {
  const dir = mkdtempSync(join(os.tmpdir(), 'codeberta-wasm-threads-'));
  const NativeBlob = globalThis.Blob;
  const nativeCreate = URL.createObjectURL;
  const nativeCpus = os.cpus;
  let mainScriptPath: string | undefined;
  let files = 0;

  class FileBackedBlob extends NativeBlob {
    readonly text_: string | undefined;
    constructor(parts: BlobPart[], options?: BlobPropertyBag) {
      super(parts, options);
      this.text_ = parts.every((p) => typeof p === 'string') ? (parts as string[]).join('') : undefined;
      if (this.text_?.startsWith(MAIN_SCRIPT_MARK)) {
        mainScriptPath = join(dir, 'main.cjs');
        writeFileSync(mainScriptPath, PRELUDE + this.text_);
      }
    }
  }
  globalThis.Blob = FileBackedBlob as typeof Blob;
  URL.createObjectURL = (blob: Blob) => {
    const text = (blob as FileBackedBlob).text_;
    if (text === undefined) return nativeCreate(blob);
    if (!mainScriptPath || !text.includes(WORKER_LOAD)) throw new Error('tfjs-wasm pthread worker not recognised (tfjs changed?)');
    const path = join(dir, `worker-${files++}.cjs`);
    writeFileSync(path, text.replace(WORKER_LOAD, `if(true){importScripts(${JSON.stringify(mainScriptPath)})}`));
    return path;
  };
  os.cpus = () => {
    const cpus = nativeCpus();
    return Array.from({ length: 2 * threads }, (_, i) => cpus[i % cpus.length]!);
  };
  try {
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', true);
    const info = await initBackend('wasm', { spawnKernelWorker: spawnNodeKernelWorker, wasmThreads: threads, purpose });
    if (info.backend !== 'wasm') throw new Error(info.reason ?? 'wasm did not start');
    return info;
  } finally {
    globalThis.Blob = NativeBlob;
    URL.createObjectURL = nativeCreate;
    os.cpus = nativeCpus;
  }
}
