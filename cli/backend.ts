import { initBackend, type BackendName } from '../src/core/backend.ts';
import { CliError } from './errors.ts';

/** Node runs the wasm backend (fast, SIMD); `--backend cpu` selects the plain-JS reference backend. */
export async function initCliBackend(name = 'wasm'): Promise<string> {
  if (name !== 'wasm' && name !== 'cpu') throw new CliError(`--backend must be wasm or cpu, not "${name}"`);
  const info = await initBackend(name as BackendName);
  if (info.backend !== name) throw new CliError(`could not start the ${name} backend: ${info.reason ?? 'unknown reason'}`);
  return info.backend;
}
