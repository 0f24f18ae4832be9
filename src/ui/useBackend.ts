import { useEffect, useState } from 'react';
import { initBackend, type BackendInfo, type BackendName } from '../core/backend';
import { describeWasmThreads, type WasmThreads } from './wasmThreads';
import { TFJS_WASM_URL } from './tfjsWasmUrl';

export type BackendState =
  | { phase: 'starting' }
  | { phase: 'ready'; info: BackendInfo; threads?: WasmThreads; preferred?: BackendName }
  | { phase: 'failed'; message: string };

// tfjs has one global engine: initialise it once per page, even when React (StrictMode) mounts twice.
let started: Promise<BackendState> | undefined;

function startBackend(preferred: BackendName | undefined): Promise<BackendState> {
  started ??= (async (): Promise<BackendState> => {
    try {
      const info = await initBackend(preferred, { wasmPaths: TFJS_WASM_URL });
      const threads = info.backend === 'wasm' ? await describeWasmThreads() : undefined;
      return { phase: 'ready', info, threads, preferred };
    } catch (error) {
      return { phase: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  })();
  return started;
}

/** The tfjs backend of this page, initialised on first use. */
export function useBackend(preferred: BackendName | undefined): BackendState {
  const [state, setState] = useState<BackendState>({ phase: 'starting' });
  useEffect(() => {
    let live = true;
    void startBackend(preferred).then((next) => live && setState(next));
    return () => {
      live = false;
    };
  }, [preferred]);
  return state;
}
