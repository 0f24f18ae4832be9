import type { BackendInfo } from '../core/backend.ts';
import type { BackendState } from '../state/trainingStore.ts';
import type { WasmThreads } from '../browser/wasmThreads.ts';

export const BACKEND_LABELS: Record<string, string> = {
  webgpu: 'WebGPU',
  wasm: 'WebAssembly',
  cpu: 'CPU (JavaScript)',
};

export const adapterName = (info: BackendInfo) =>
  info.adapterInfo ? [info.adapterInfo.vendor, info.adapterInfo.architecture, info.adapterInfo.description].filter(Boolean).join(' · ') || 'unnamed adapter' : undefined;

/** The compute backend the training worker runs on, on what, and why not a faster one. */
export function BackendStatus({ state }: { state: BackendState }) {
  const backend = state.phase === 'ready' ? state.report.info.backend : undefined;
  return (
    <section className="card" data-testid="backend-status" data-state={state.phase} data-backend={backend} aria-label="Compute backend">
      <header className="card-header">
        <h2 className="card-title">Compute</h2>
      </header>
      {state.phase === 'starting' && <p className="muted">Starting TensorFlow.js in the training worker…</p>}
      {state.phase === 'failed' && <p className="error">Could not start TensorFlow.js: {state.message}</p>}
      {state.phase === 'ready' && <ReadyDetails info={state.report.info} threads={state.report.threads} />}
    </section>
  );
}

function ReadyDetails({ info, threads }: { info: BackendInfo; threads?: WasmThreads }) {
  const adapter = adapterName(info);
  return (
    <dl className="facts compact">
      <dt>Backend</dt>
      <dd>
        <span className={`badge badge-${info.backend}`}>{BACKEND_LABELS[info.backend] ?? info.backend}</span>
      </dd>
      <dt>GPU adapter</dt>
      <dd data-testid="adapter-info">{adapter ?? <span className="muted">none</span>}</dd>
      {threads && (
        <>
          <dt>Threads</dt>
          <dd data-testid="wasm-threads" data-multithread={String(threads.multithread)}>
            {threads.multithread
              ? `multi-threaded, ${threads.count} compute ${threads.count === 1 ? 'thread' : 'threads'}`
              : `single-threaded${threads.crossOriginIsolated ? '' : ' (the page is not cross-origin isolated)'}`}
          </dd>
        </>
      )}
      {info.kernels && (
        <>
          <dt>Kernels</dt>
          <dd className="small" data-testid="wasm-kernels">
            {info.kernels}
          </dd>
        </>
      )}
      {info.reason && (
        <>
          <dt>Note</dt>
          <dd className="muted small" data-testid="backend-reason">
            {info.reason}
          </dd>
        </>
      )}
    </dl>
  );
}
