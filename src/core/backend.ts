/**
 * Choosing and initialising the tfjs backend: WebGPU when the browser has an adapter, else WebAssembly,
 * else the plain-JS CPU backend. Also registers tfjs's gradient functions, which training needs and which
 * `@tensorflow/tfjs-core` alone does not register.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setThreadsCount, setWasmPaths, type BackendWasm } from '@tensorflow/tfjs-backend-wasm';
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

/**
 * Two tfjs-wasm 4.22 kernels copy far more than they need to; we register fixed versions when wasm is set up.
 *
 * Identity copies its input, and tfjs clones (Identity) every tensor it saves for a backward pass, so on wasm every
 * saved activation and every weight a layer saves was duplicated in the 4 GB heap. Tensors are immutable: sharing
 * the buffer with a reference count is what cpu and webgpu do, and what wasm's own Reshape does.
 *
 * Slice reads its whole input back (`readSync`, a copy of all of it) for every slice, so cutting a [Z, M, K]
 * tensor into Z pieces cost O(Z²·M·K). Contiguous slices (the leading-axis cuts the model's batched matmul makes)
 * now copy only the slice, from a view of the heap; other slices use the original kernel.
 */
const SHARING_WASM_IDENTITY: tf.KernelConfig = {
  kernelName: tf.Identity,
  backendName: 'wasm',
  kernelFunc: ({ inputs, backend }) => {
    const x = (inputs as tf.IdentityInputs).x as tf.TensorInfo;
    (backend as tf.KernelBackend).incRef(x.dataId);
    return { dataId: x.dataId, shape: x.shape, dtype: x.dtype };
  },
};

/** Marker the model's matmul looks for before cutting batched products into slices (see model/matmul.ts). */
export const WASM_VIEW_SLICE = Symbol.for('codeberta.wasm.viewSlice');

function viewSliceKernel(original: tf.KernelConfig): tf.KernelConfig {
  return {
    kernelName: tf.Slice,
    backendName: 'wasm',
    [WASM_VIEW_SLICE]: true,
    kernelFunc: (args) => {
      const backend = args.backend as BackendWasm;
      const x = (args.inputs as tf.SliceInputs).x as tf.TensorInfo;
      const { begin, size } = args.attrs as unknown as tf.SliceAttrs;
      const [begin_, size_] = tf.slice_util.parseSliceParams(x as tf.Tensor, begin, size);
      if (x.dtype === 'string' || !tf.slice_util.isSliceContinous(x.shape, begin_, size_)) return original.kernelFunc(args);
      const out = backend.makeOutput(size_, x.dtype);
      // Views only after makeOutput: an allocation may grow (and so replace) the wasm heap.
      const offset = tf.slice_util.computeFlatOffset(begin_, tf.util.computeStrides(x.shape));
      const xValues = backend.typedArrayFromHeap(x as tf.Tensor);
      backend.typedArrayFromHeap(out as tf.Tensor).set(xValues.subarray(offset, offset + tf.util.sizeFromShape(size_)));
      return out;
    },
  } as tf.KernelConfig;
}

function installWasmKernelFixes(): void {
  const identity = tf.getKernel(tf.Identity, 'wasm');
  if (identity && identity !== SHARING_WASM_IDENTITY) {
    tf.unregisterKernel(tf.Identity, 'wasm');
    tf.registerKernel(SHARING_WASM_IDENTITY);
  }
  const slice = tf.getKernel(tf.Slice, 'wasm');
  if (slice && !(WASM_VIEW_SLICE in slice)) {
    tf.unregisterKernel(tf.Slice, 'wasm');
    tf.registerKernel(viewSliceKernel(slice));
  }
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
    const failure = name === 'wasm' ? await withBrowserWasmThreads(() => trySetBackend(name)) : await trySetBackend(name);
    if (failure) {
      reasons.push(failure);
      continue;
    }
    return { backend: tf.getBackend(), adapterInfo, reason: reasons.length > 0 ? reasons.join('; ') : undefined };
  }
  throw new Error(`no tfjs backend could be initialised: ${reasons.join('; ')}`);
}

/**
 * In a cross-origin-isolated page or worker tfjs-wasm runs its threaded build, but its C++ gives XNNPACK only
 * half of `navigator.hardwareConcurrency` (it assumes hyper-threading): one thread on a 2-core machine. While
 * the backend initialises, report enough cores that it gets at least 2 threads where there are 2 cores, and
 * keep its own choice (half) on larger machines. Outside a browser (Node) this does nothing: the CLI has its
 * own threaded setup (cli/nodeWasmThreads.ts).
 */
async function withBrowserWasmThreads<T>(init: () => Promise<T>): Promise<T> {
  const nav = globalThis.navigator as { hardwareConcurrency?: number } | undefined;
  const cores = nav?.hardwareConcurrency;
  if (!nav || !cores || tf.env().getBool('IS_NODE') || typeof SharedArrayBuffer === 'undefined') return init();
  const threads = Math.max(Math.min(cores, 2), Math.floor(cores / 2));
  setThreadsCount(threads);
  Object.defineProperty(nav, 'hardwareConcurrency', { configurable: true, get: () => 2 * threads });
  try {
    return await init();
  } finally {
    delete (nav as { hardwareConcurrency?: number }).hardwareConcurrency; // back to the prototype's getter
  }
}
