import type { BackendName } from '../core/backend.ts';

const BACKEND_NAMES: readonly BackendName[] = ['webgpu', 'wasm', 'cpu'];

/** `?backend=wasm` forces a backend (debugging, comparisons, tests); anything else means "choose the best". */
export function preferredBackendFrom(search: string): BackendName | undefined {
  const value = new URLSearchParams(search).get('backend');
  return BACKEND_NAMES.find((name) => name === value);
}
