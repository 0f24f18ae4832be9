/**
 * Choosing and initialising the tfjs backend: WebGPU when the browser has an adapter, else WebAssembly,
 * else the plain-JS CPU backend. Also registers tfjs's gradient functions, which training needs and which
 * `@tensorflow/tfjs-core` alone does not register.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
// Registers the 'webgpu' backend only where navigator.gpu exists; importing it in Node is harmless.
import '@tensorflow/tfjs-backend-webgpu';

export type BackendName = 'webgpu' | 'wasm' | 'cpu';

export interface BackendInfo {
  /** The backend tfjs runs on now. */
  backend: string;
  adapterInfo?: { vendor?: string; architecture?: string; description?: string };
  /** Why the backends tried before this one were not used (absent when the first choice worked). */
  reason?: string;
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

/**
 * Initialises tfjs on the best available backend, starting from `preferred` (default: webgpu) and falling back
 * along webgpu → wasm → cpu. `wasmPaths` is the URL prefix the wasm binaries are served from (browser only;
 * Node loads them from node_modules).
 */
export async function initBackend(preferred?: BackendName, opts: { wasmPaths?: string } = {}): Promise<BackendInfo> {
  await registerGradients();
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
    const failure = await trySetBackend(name);
    if (failure) {
      reasons.push(failure);
      continue;
    }
    return { backend: tf.getBackend(), adapterInfo, reason: reasons.length > 0 ? reasons.join('; ') : undefined };
  }
  throw new Error(`no tfjs backend could be initialised: ${reasons.join('; ')}`);
}
