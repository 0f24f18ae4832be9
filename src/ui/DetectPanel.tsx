import { useCheckpointsStore } from '../state/checkpointsStore.ts';
import { useDetectStore } from '../state/detectStore.ts';
import { Card, Messages } from './Card.tsx';
import { formatPercent } from './format.ts';

const EXAMPLE = `def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a`;

/** Paste code, see the most likely languages as you type (in the detect worker). */
export function DetectPanel() {
  const d = useDetectStore();
  const checkpoints = useCheckpointsStore((s) => s.items).filter((m) => m.hasTokenizer);
  const sourceValue = d.source.kind === 'checkpoint' ? d.source.id : d.source.kind;
  const top = d.result?.top[0];
  const unsure = top !== undefined && top.p < d.threshold;
  const state =
    d.modelPhase === 'none' ? 'no-model' : d.modelPhase === 'loading' ? 'loading' : d.modelPhase === 'failed' ? 'failed' : !d.result || d.text.trim() === '' ? 'empty' : unsure ? 'unsure' : 'sure';

  return (
    <Card title="Detect a language">
      <div className="detect-controls">
        <label className="field inline">
          <span className="field-label">Model</span>
          <select
            className="input"
            value={sourceValue}
            onChange={(e) => void d.choose(e.target.value === 'latest' ? { kind: 'latest' } : { kind: 'checkpoint', id: e.target.value })}
            data-testid="detect-model"
          >
            <option value="latest">Newest checkpoint (follows training)</option>
            {d.source.kind === 'imported' && <option value="imported">Imported: {d.source.name}</option>}
            {checkpoints.map((m) => (
              <option key={m.id} value={m.id}>
                {m.title} · {m.reason === 'final' ? 'final' : `epoch ${m.epoch}, step ${m.step}`}
              </option>
            ))}
          </select>
        </label>
        <label className="field inline">
          <span className="field-label">Unsure below</span>
          <select className="input" value={d.threshold} onChange={(e) => d.setThreshold(Number(e.target.value))}>
            {[0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((t) => (
              <option key={t} value={t}>
                {Math.round(t * 100)} %
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="detect-grid">
        <div className="detect-editor">
          <textarea
            className="input code-input"
            value={d.text}
            onChange={(e) => d.setText(e.target.value)}
            placeholder="Paste or type some code…"
            spellCheck={false}
            data-testid="detect-input"
            aria-label="Code to detect"
          />
          {d.text === '' && (
            <button type="button" className="link-button small" onClick={() => d.setText(EXAMPLE)}>
              Try an example
            </button>
          )}
        </div>
        <div className="detect-result" data-testid="detect-result" data-state={state} aria-live="polite">
          {state === 'no-model' && <p className="muted">Train a model (or pick a checkpoint, or import an exported model) to detect languages.</p>}
          {state === 'loading' && <p className="muted">Loading the model…</p>}
          {state === 'failed' && <Messages errors={[d.error ?? 'The model could not be loaded.']} />}
          {state === 'empty' && <p className="muted">Type or paste code: the most likely languages appear here.</p>}
          {(state === 'sure' || state === 'unsure') && d.result && (
            <>
              <p className={`verdict ${unsure ? 'verdict-unsure' : ''}`} data-testid="detect-verdict">
                {unsure ? (
                  <>
                    Unsure <span className="muted">· maybe {top!.label}</span>
                  </>
                ) : (
                  <>
                    {top!.label} <span className="muted">· {formatPercent(top!.p, 0)}</span>
                  </>
                )}
              </p>
              <ul className="confidence-bars">
                {d.result.top.map(({ label, p }) => (
                  <li key={label} data-label={label}>
                    <span className="language-name ellipsis" title={label}>
                      {label}
                    </span>
                    <span className="bar">
                      <span className="bar-fill" style={{ width: `${p * 100}%` }} />
                    </span>
                    <span className="language-count">{formatPercent(p)}</span>
                  </li>
                ))}
              </ul>
              <p className="muted small">
                {d.model?.label} · {d.result.tokens} tokens{d.result.windows > 1 ? ` in ${d.result.windows} windows (the whole text)` : ''}
                {d.phase === 'detecting' ? ' · updating…' : ''}
              </p>
            </>
          )}
          {d.error && state !== 'failed' && <Messages errors={[d.error]} />}
        </div>
      </div>
    </Card>
  );
}
