/**
 * Choosing and initialising the tfjs backend: WebGPU when the browser has an adapter, else WebAssembly,
 * else the plain-JS CPU backend. Also registers tfjs's gradient functions, which training needs and which
 * `@tensorflow/tfjs-core` alone does not register.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
// Registers the 'webgpu' backend only where navigator.gpu exists; importing it in Node is harmless.
import '@tensorflow/tfjs-backend-webgpu';
import type { SpawnKernelWorker } from './kernels/kernelPool.ts';
import { installWasmKernelFixes } from './kernels/wasmKernelFixes.ts';
import { installStudioWasmKernels } from './kernels/install.ts';

export type BackendName = 'webgpu' | 'wasm' | 'cpu';

export interface BackendInfo {
  /** The backend tfjs runs on now. */
  backend: string;
  adapterInfo?: { vendor?: string; architecture?: string; description?: string };
  /** Why the backends tried before this one were not used (absent when the first choice worked). */
  reason?: string;
  /** On wasm: whose matmul and GELU kernels run, on how many threads (and why not the studio's, when not). */
  kernels?: string;
}

export interface InitBackendOptions {
  /** URL prefix the wasm binaries are served from (browser only; Node loads them from node_modules). */
  wasmPaths?: string;
  /** Starts helper threads for the studio's wasm kernels (Node: worker_threads; a Web Worker: nested workers). */
  spawnKernelWorker?: SpawnKernelWorker;
  /** What the backend serves (default training): decides how wasm's threads are shared (see xnnpackThreads). */
  purpose?: BackendPurpose;
  /**
   * Threads wasm's threaded build may use. Node sets it (cli/nodeWasmThreads.ts prepares the threaded build);
   * in a cross-origin-isolated page or worker it follows the cores (withBrowserWasmThreads).
   */
  wasmThreads?: number;
}

export type BackendPurpose = 'training' | 'inference';

/**
 * XNNPACK's share of wasm's threads (it runs tfjs-wasm's own ops: adds, layer norm, softmax); the studio's matmul
 * and GELU pool always gets every thread. XNNPACK's idle threads spin after each op and take the cores that the
 * pool's helpers need. For inference's small batches that costs more than XNNPACK's threads give (a 20-line detect
 * on 2 cores: 29–35 → 25–27 ms), so inference gives XNNPACK one thread; training keeps them all (its full step is
 * ~5% faster with them). Without helpers for the pool, XNNPACK runs the matmuls too and gets every thread.
 */
export function xnnpackThreads(threads: number, purpose: BackendPurpose, poolHasHelpers: boolean): number {
  return purpose === 'inference' && poolHasHelpers ? 1 : threads;
}

/** The studio's kernel pool can run helper threads here: a spawner, shared memory, and a thread that may block. */
function poolCanHaveHelpers(spawn: SpawnKernelWorker | undefined): boolean {
  return spawn !== undefined && typeof SharedArrayBuffer !== 'undefined' && canBlock();
}

/** Atomics.wait is allowed here (Node, workers) — not on a page's main thread. */
function canBlock(): boolean {
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 1, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The studio's matmul and GELU kernels (kernels/install.ts) where they beat tfjs-wasm's: on as many threads as tfjs-wasm
 * has (helpers need a shared heap, a spawner and a thread that may block); else tfjs-wasm's XNNPACK stays.
 */
async function useStudioWasmKernels(spawn: SpawnKernelWorker | undefined, threads: number): Promise<string> {
  if (threads > 1 && !poolCanHaveHelpers(spawn)) {
    return `XNNPACK (tfjs-wasm), ${threads} threads: no helper threads for the studio's kernels here`;
  }
  try {
    const info = await installStudioWasmKernels(threads, spawn);
    return `studio wasm SIMD kernels${info.fma ? ' (fused multiply-add)' : ''}, ${info.threads} thread${info.threads > 1 ? 's' : ''}`;
  } catch (error) {
    return `XNNPACK (tfjs-wasm), ${threads} thread${threads > 1 ? 's' : ''}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

const ORDER: readonly BackendName[] = ['webgpu', 'wasm', 'cpu'];

let gradientsRegistered: Promise<void> | undefined;

/**
 * Registers every built-in gradient (softmax, layer-norm arithmetic, …) once. In a bundle (browser, worker)
 * that is tfjs-core's own ESM module; Node resolves `@tensorflow/tfjs-core` to a CommonJS bundle without
 * gradients, whose ESM sources Node cannot load, so there the CommonJS `@tensorflow/tfjs` bundle (which registers
 * them on the same tfjs-core) does it. The specifier is hidden from the bundler so the browser build never
 * includes all of tfjs.
 */
export function registerGradients(): Promise<void> {
  gradientsRegistered ??= (async () => {
    if (tf.env().getBool('IS_NODE')) {
      const nodeOnly = '@tensorflow/tfjs';
      await import(/* @vite-ignore */ nodeOnly);
    } else {
      await import('@tensorflow/tfjs-core/dist/register_all_gradients');
    }
  })();
  return gradientsRegistered;
}

type GpuAdapterInfo = { vendor?: string; architecture?: string; description?: string };
type GpuAdapter = { info?: GpuAdapterInfo; requestAdapterInfo?: () => Promise<GpuAdapterInfo> };
type GpuLike = { requestAdapter(opts?: { powerPreference?: string }): Promise<GpuAdapter | null> };

/** The adapter tfjs-webgpu will get (it asks for high-performance too), or why there is none. */
async function probeWebGpu(): Promise<{ adapterInfo: GpuAdapterInfo } | { reason: string }> {
  const gpu = (globalThis.navigator as { gpu?: GpuLike } | undefined)?.gpu;
  if (!gpu) return { reason: 'webgpu: navigator.gpu is not available in this environment' };
  let adapter: GpuAdapter | null;
  try {
    adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
  } catch (error) {
    return { reason: `webgpu: requestAdapter failed (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!adapter) return { reason: 'webgpu: requestAdapter returned no adapter (GPU blocklisted or disabled?)' };
  const info = adapter.info ?? (adapter.requestAdapterInfo ? await adapter.requestAdapterInfo().catch(() => undefined) : undefined);
  return { adapterInfo: { vendor: info?.vendor, architecture: info?.architecture, description: info?.description } };
}

async function trySetBackend(name: BackendName): Promise<string | undefined> {
  try {
    if (!tf.findBackendFactory(name)) return `${name}: backend not registered here`;
    if (!(await tf.setBackend(name))) return `${name}: initialisation failed`;
    await tf.ready();
    return undefined;
  } catch (error) {
    return `${name}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Initialises tfjs on the best available backend, starting from `preferred` (default: webgpu) and falling back along webgpu → wasm → cpu. */
export async function initBackend(preferred?: BackendName, opts: InitBackendOptions = {}): Promise<BackendInfo> {
  await registerGradients();
  installWasmKernelFixes();
  if (opts.wasmPaths) setWasmPaths(opts.wasmPaths);
  const reasons: string[] = [];
  for (const name of ORDER.slice(ORDER.indexOf(preferred ?? 'webgpu'))) {
    let adapterInfo: GpuAdapterInfo | undefined;
    if (name === 'webgpu') {
      const probe = await probeWebGpu();
      if ('reason' in probe) {
        reasons.push(probe.reason);
        continue;
      }
      adapterInfo = probe.adapterInfo;
    }
    const threads = name === 'wasm' ? wasmThreadsFor(opts) : 1;
    if (threads > 1) setThreadsCount(xnnpackThreads(threads, opts.purpose ?? 'training', poolCanHaveHelpers(opts.spawnKernelWorker)));
    const failure = name === 'wasm' ? await withBrowserWasmThreads(threads, () => trySetBackend(name)) : await trySetBackend(name);
    if (failure) {
      reasons.push(failure);
      continue;
    }
    const kernels = name === 'wasm' ? await useStudioWasmKernels(opts.spawnKernelWorker, threads) : undefined;
    return { backend: tf.getBackend(), adapterInfo, reason: reasons.length > 0 ? reasons.join('; ') : undefined, kernels };
  }
  throw new Error(`no tfjs backend could be initialised: ${reasons.join('; ')}`);
}

/**
 * Threads for wasm: what Node's setup asked for (cli/nodeWasmThreads.ts), else in a cross-origin-isolated page or
 * worker (where tfjs-wasm runs its threaded build) at least 2 where there are 2 cores and half the cores on larger
 * machines (tfjs-wasm's own choice: it assumes hyper-threading); else 1.
 */
function wasmThreadsFor(opts: InitBackendOptions): number {
  if (opts.wasmThreads !== undefined) return opts.wasmThreads;
  const cores = (globalThis.navigator as { hardwareConcurrency?: number } | undefined)?.hardwareConcurrency;
  if (!cores || tf.env().getBool('IS_NODE') || typeof SharedArrayBuffer === 'undefined') return 1;
  return Math.max(Math.min(cores, 2), Math.floor(cores / 2));
}

/**
 * tfjs-wasm's C++ caps XNNPACK at half of `navigator.hardwareConcurrency`: one thread on a 2-core machine. While the
 * backend initialises in a browser, report enough cores for `threads`. Node has its own setup (nodeWasmThreads.ts).
 */
async function withBrowserWasmThreads<T>(threads: number, init: () => Promise<T>): Promise<T> {
  const nav = globalThis.navigator as { hardwareConcurrency?: number } | undefined;
  if (!nav || threads === 1 || tf.env().getBool('IS_NODE')) return init();
  Object.defineProperty(nav, 'hardwareConcurrency', { configurable: true, get: () => 2 * threads });
  try {
    return await init();
  } finally {
    delete (nav as { hardwareConcurrency?: number }).hardwareConcurrency; // back to the prototype's getter
  }
}
