import { useRef } from 'react';
import { useModelStore, type ModelChoice } from '../state/modelStore.ts';
import { isBusy, useTrainingStore } from '../state/trainingStore.ts';
import type { ModelSummary } from '../browser/protocol.ts';
import { Card, Messages, ProgressBar } from './Card.tsx';
import { formatBytes, formatCount, plural } from './format.ts';
import { filesFromInput, folderName } from './pickedFiles.ts';

const CHOICES: { value: ModelChoice; label: string }[] = [
  { value: 'bundled', label: 'Bundled' },
  { value: 'hub', label: 'Hugging Face' },
  { value: 'local', label: 'Local files' },
];

/** Step 2: the pretrained model to fine-tune. */
export function ModelPanel() {
  const m = useModelStore();
  const training = isBusy(useTrainingStore((s) => s.phase));
  const folderInput = useRef<HTMLInputElement>(null);
  const zipInput = useRef<HTMLInputElement>(null);
  const loading = m.phase === 'loading';
  const disabled = loading || training;

  return (
    <Card title="Base model" step={2} testId="model-source">
      <div className="segmented" role="radiogroup" aria-label="Model source">
        {CHOICES.map((c) => (
          <button
            key={c.value}
            type="button"
            role="radio"
            aria-checked={m.choice === c.value}
            className={m.choice === c.value ? 'active' : ''}
            onClick={() => m.setChoice(c.value)}
            disabled={training}
          >
            {c.label}
          </button>
        ))}
      </div>

      {m.choice === 'bundled' && (
        <div className="field-block">
          {m.catalogError && <Messages errors={[m.catalogError]} />}
          <select
            className="input"
            aria-label="Bundled model"
            value={m.bundledId ?? ''}
            disabled={disabled || m.catalog.length === 0}
            onChange={(e) => void m.loadBundled(e.target.value)}
          >
            {m.catalog.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.name}
              </option>
            ))}
          </select>
          {m.catalog.find((e) => e.id === m.bundledId)?.description && (
            <p className="muted small">{m.catalog.find((e) => e.id === m.bundledId)!.description}</p>
          )}
        </div>
      )}

      {m.choice === 'hub' && (
        <form
          className="field-block inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void m.loadHub();
          }}
        >
          <input
            className="input mono"
            aria-label="Hugging Face model id"
            value={m.hubId}
            onChange={(e) => m.setHubId(e.target.value)}
            placeholder="owner/name"
            spellCheck={false}
            data-testid="hub-id"
          />
          <button type="submit" className="button primary" disabled={disabled || m.hubId.trim() === ''} data-testid="hub-load">
            Download
          </button>
        </form>
      )}

      {m.choice === 'local' && (
        <div className="field-block">
          <p className="muted small">
            A Hugging Face model folder (config.json, model.safetensors or pytorch_model.bin, vocab.json + merges.txt or
            tokenizer.json), or a zip of one.
          </p>
          <div className="button-row">
            <button type="button" className="button" disabled={disabled} onClick={() => folderInput.current?.click()}>
              Choose folder…
            </button>
            <button type="button" className="button" disabled={disabled} onClick={() => zipInput.current?.click()}>
              Choose zip…
            </button>
          </div>
          <input
            ref={folderInput}
            type="file"
            className="visually-hidden"
            data-testid="model-folder-input"
            {...{ webkitdirectory: '', directory: '' }}
            multiple
            onChange={(e) => {
              const refs = filesFromInput(e.currentTarget.files);
              e.currentTarget.value = '';
              if (refs.length > 0) void m.loadLocal(folderName(refs), refs);
            }}
          />
          <input
            ref={zipInput}
            type="file"
            accept=".zip,application/zip"
            className="visually-hidden"
            data-testid="model-zip-input"
            onChange={(e) => {
              const refs = filesFromInput(e.currentTarget.files);
              e.currentTarget.value = '';
              if (refs.length > 0) void m.loadLocal(refs[0]!.file.name, refs);
            }}
          />
        </div>
      )}

      {loading && (
        <ProgressBar
          done={m.progress?.loaded ?? 0}
          total={m.progress?.total}
          label={
            m.progress
              ? `${m.progress.cached ? 'From cache' : 'Loading'} ${m.progress.file} · ${formatBytes(m.progress.loaded)}${m.progress.total ? ` of ${formatBytes(m.progress.total)}` : ''}`
              : 'Opening the model…'
          }
        />
      )}
      {m.error && <Messages errors={[m.error]} testId="model-error" />}
      {m.summary && !loading && <ModelSummaryView summary={m.summary} />}
    </Card>
  );
}

function ModelSummaryView({ summary: s }: { summary: ModelSummary }) {
  return (
    <div className="model-summary" data-testid="model-summary">
      <div className="summary-head">
        <strong className="ellipsis" title={s.label}>
          {s.label.replace(/^bundled:\s*/, '')}
        </strong>
        <span className="tag">{s.kind === 'bundled' ? 'bundled' : s.kind === 'hub' ? (s.fromCache ? 'hub · from browser cache' : 'hub') : 'local'}</span>
      </div>
      <dl className="facts compact">
        <dt>Architecture</dt>
        <dd>
          RoBERTa · {s.layers} layers · {s.hiddenSize} wide · {s.heads} heads
        </dd>
        <dt>Parameters</dt>
        <dd>{(s.parameters / 1e6).toFixed(s.parameters < 1e7 ? 2 : 1)} M</dd>
        <dt>Tokenizer</dt>
        <dd>
          byte-level BPE · {formatCount(s.vocabSize)} tokens · up to {s.maxLength} per file
        </dd>
        <dt>Weights</dt>
        <dd className="mono">{s.weightsFile}</dd>
      </dl>
      <div className="load-report" data-testid="load-report">
        <p>
          <span className="tag tag-ok">{plural(s.loadedCount, 'tensor')} loaded</span>
          {s.ownLabels.length > 0 && <span className="tag">already a classifier: {s.ownLabels.join(', ')}</span>}
        </p>
        {s.newlyInitialized.length > 0 && (
          <p className="small">
            <strong>Newly initialised</strong> (the classification head, trained for your languages):{' '}
            <span className="mono">{s.newlyInitialized.join(', ')}</span>
          </p>
        )}
        {s.ignored.length > 0 && (
          <details className="small">
            <summary>
              {plural(s.ignored.length, 'checkpoint tensor')} ignored (
              {s.ignored.some((n) => n.startsWith('lm_head')) ? 'the masked-LM head' : 'not part of a classifier'})
            </summary>
            <p className="mono tensor-list">{s.ignored.join(', ')}</p>
          </details>
        )}
      </div>
    </div>
  );
}
