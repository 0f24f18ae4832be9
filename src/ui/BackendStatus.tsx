import type { BackendInfo } from '../core/backend';
import type { BackendState } from './useBackend';
import type { WasmThreads } from './wasmThreads';

const BACKEND_LABELS: Record<string, string> = {
  webgpu: 'WebGPU',
  wasm: 'WebAssembly',
  cpu: 'CPU (JavaScript)',
};

/** The compute backend card: which tfjs backend trains here, on what, and why not a faster one. */
export function BackendStatus({ state }: { state: BackendState }) {
  const backend = state.phase === 'ready' ? state.info.backend : undefined;
  return (
    <section className="card" data-testid="backend-status" data-state={state.phase} data-backend={backend}>
      <h2 className="card-title">Compute backend</h2>
      {state.phase === 'starting' && <p className="muted">Starting TensorFlow.js…</p>}
      {state.phase === 'failed' && <p className="error">Could not start TensorFlow.js: {state.message}</p>}
      {state.phase === 'ready' && <ReadyDetails info={state.info} threads={state.threads} />}
    </section>
  );
}

function ReadyDetails({ info, threads }: { info: BackendInfo; threads?: WasmThreads }) {
  const adapter = info.adapterInfo;
  return (
    <dl className="facts">
      <dt>Backend</dt>
      <dd>
        <span className={`badge badge-${info.backend}`}>{BACKEND_LABELS[info.backend] ?? info.backend}</span>
      </dd>
      <dt>GPU adapter</dt>
      <dd data-testid="adapter-info">
        {adapter ? (
          [adapter.vendor, adapter.architecture, adapter.description].filter(Boolean).join(' · ') || 'unnamed adapter'
        ) : (
          <span className="muted">none</span>
        )}
      </dd>
      {info.reason && (
        <>
          <dt>Note</dt>
          <dd className="muted" data-testid="backend-reason">
            {info.reason}
          </dd>
        </>
      )}
      {threads && (
        <>
          <dt>Threads</dt>
          <dd data-testid="wasm-threads" data-multithread={String(threads.multithread)}>
            {threads.multithread
              ? `multi-threaded build, ${threads.count} compute ${threads.count === 1 ? 'thread' : 'threads'}`
              : `single-threaded${threads.crossOriginIsolated ? '' : ' (the page is not cross-origin isolated)'}`}
          </dd>
        </>
      )}
    </dl>
  );
}
