import { initBackend, type BackendPurpose } from '../src/core/backend.ts';
import { CliError } from './errors.ts';
import { initNodeWasm } from './nodeWasmThreads.ts';

export interface CliBackend {
  name: 'wasm' | 'cpu';
  /** On wasm: whose matmul and GELU kernels run, on how many threads (BackendInfo.kernels). */
  kernels?: string;
}

/** "wasm (studio wasm SIMD kernels, 2 threads)", for progress logs. */
export const describeCliBackend = (b: CliBackend) => (b.kernels ? `${b.name} (${b.kernels})` : b.name);

/**
 * Node runs the wasm backend (fast, SIMD); `--backend cpu` selects the plain-JS reference backend. `purpose`
 * shares wasm's threads for training (train, pretrain) or inference (predict, eval): see xnnpackThreads.
 */
export async function initCliBackend(name = 'wasm', purpose: BackendPurpose = 'training'): Promise<CliBackend> {
  if (name !== 'wasm' && name !== 'cpu') throw new CliError(`--backend must be wasm or cpu, not "${name}"`);
  if (name === 'cpu') {
    const info = await initBackend('cpu');
    if (info.backend !== 'cpu') throw new CliError(`could not start the cpu backend: ${info.reason ?? 'unknown reason'}`);
    return { name: 'cpu' };
  }
  const info = await initNodeWasm(threadsFromEnv(), purpose);
  if (info.backend !== 'wasm') throw new CliError('could not start the wasm backend');
  if (info.fallbackReason && process.env.CODEBERTA_DEBUG) console.error(`wasm threads unavailable: ${info.fallbackReason}`);
  return { name: 'wasm', kernels: info.kernels };
}

/** CODEBERTA_THREADS=N overrides the thread count (default: one per core). */
function threadsFromEnv(): number | undefined {
  const raw = process.env.CODEBERTA_THREADS;
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`CODEBERTA_THREADS must be a positive integer, not "${raw}"`);
  return n;
}
