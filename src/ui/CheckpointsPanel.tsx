import { useRef, useState, type DragEvent } from 'react';
import { useCheckpointsStore } from '../state/checkpointsStore.ts';
import { useDetectStore } from '../state/detectStore.ts';
import { isBusy, useTrainingStore } from '../state/trainingStore.ts';
import type { CheckpointMeta } from '../browser/protocol.ts';
import { Card, Messages } from './Card.tsx';
import { formatBytes, formatNumber, formatPercent, formatTime } from './format.ts';
import { filesFromDrop, filesFromInput, folderName } from './pickedFiles.ts';

const REASON_TEXT: Record<CheckpointMeta['reason'], string> = {
  epoch: 'end of epoch',
  stop: 'stopped',
  final: 'final model',
  imported: 'imported',
};

/** Checkpoints kept in this browser (IndexedDB): resume, detect with, export, download, delete; import. */
export function CheckpointsPanel() {
  const c = useCheckpointsStore();
  const training = isBusy(useTrainingStore((s) => s.phase));
  const resumeFrom = useTrainingStore((s) => s.resumeFrom);
  const chooseDetect = useDetectStore((s) => s.choose);
  const importModel = useDetectStore((s) => s.importModel);
  const fileInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const newestUsable = c.items.find((m) => m.hasTokenizer);
  /** The newest checkpoint of each run is the one to resume. */
  const newestOfRun = new Set([...new Map([...c.items].reverse().map((m) => [m.runId, m.id])).values()]);

  const importRefs = (refs: ReturnType<typeof filesFromInput>) => {
    if (refs.length === 1 && /\.safetensors$/i.test(refs[0]!.path)) void c.importFile(refs[0]!.file);
    else if (refs.length > 0) void importModel(refs.length === 1 ? refs[0]!.file.name : folderName(refs), refs);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void filesFromDrop(event.dataTransfer).then(importRefs);
  };

  return (
    <Card
      title="Checkpoints"
      actions={
        <div className="button-row">
          <button type="button" className="button" onClick={() => fileInput.current?.click()}>
            Import…
          </button>
          <button
            type="button"
            className="button primary"
            disabled={!newestUsable || Boolean(newestUsable && c.busy[newestUsable.id])}
            onClick={() => newestUsable && void c.exportHf(newestUsable.id)}
            data-testid="export-hf"
            title="Download the newest model as a Hugging Face folder (zip): config.json, model.safetensors, tokenizer files"
          >
            Export model
          </button>
        </div>
      }
    >
      <input
        ref={fileInput}
        type="file"
        accept=".safetensors,.zip"
        className="visually-hidden"
        data-testid="import-input"
        onChange={(e) => {
          const refs = filesFromInput(e.currentTarget.files);
          e.currentTarget.value = '';
          importRefs(refs);
        }}
      />
      <div
        className={`checkpoint-drop ${dragging ? 'dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        {c.error && <Messages errors={[c.error]} testId="checkpoint-error" />}
        {c.notice && <p className="notice">{c.notice}</p>}
        <ul className="checkpoint-list" data-testid="checkpoint-list" data-count={c.items.length}>
          {c.items.length === 0 && (
            <li className="muted empty-state">
              {c.loaded ? 'Checkpoints are saved here every epoch and when you stop. Drop a checkpoint (.safetensors) or an exported model (.zip) to import it.' : 'Loading…'}
            </li>
          )}
          {c.items.map((m) => (
            <li key={m.id} className="checkpoint" data-testid="checkpoint" data-id={m.id} data-reason={m.reason} data-step={m.step} data-run={m.runId}>
              <div className="checkpoint-main">
                <div className="checkpoint-title">
                  <span className={`tag tag-${m.reason}`}>{REASON_TEXT[m.reason]}</span>
                  <strong className="ellipsis" title={m.title}>
                    {m.title}
                  </strong>
                </div>
                <div className="checkpoint-facts muted small">
                  <span>
                    epoch {m.epoch}/{m.epochs} · step {m.step}
                    {m.totalSteps > m.step ? `/${m.totalSteps}` : ''}
                  </span>
                  <span>val. loss {formatNumber(m.validationLoss)}</span>
                  <span>val. acc. {formatPercent(m.validationAccuracy)}</span>
                  {m.testAccuracy !== null && <span>test acc. {formatPercent(m.testAccuracy)}</span>}
                  <span>{formatBytes(m.sizeBytes)}</span>
                  <span>{formatTime(m.createdAt)}</span>
                </div>
              </div>
              <div className="checkpoint-actions">
                {c.busy[m.id] ? (
                  <span className="muted small">{c.busy[m.id]}</span>
                ) : (
                  <>
                    {!m.finished && newestOfRun.has(m.id) && (
                      <button type="button" className="button small primary" disabled={training || !m.hasTokenizer} onClick={() => void resumeFrom(m.id)} data-testid="checkpoint-resume">
                        Resume
                      </button>
                    )}
                    <button type="button" className="button small" disabled={!m.hasTokenizer} onClick={() => void chooseDetect({ kind: 'checkpoint', id: m.id })}>
                      Detect with
                    </button>
                    <button type="button" className="button small" disabled={!m.hasTokenizer} onClick={() => void c.exportHf(m.id)} data-testid="checkpoint-export">
                      Export
                    </button>
                    <button type="button" className="button small" onClick={() => void c.download(m.id)} data-testid="checkpoint-download">
                      Download
                    </button>
                    <button type="button" className="button small danger-ghost" onClick={() => void c.remove(m.id)} data-testid="checkpoint-delete" aria-label="Delete checkpoint">
                      Delete
                    </button>
                  </>
                )}
              </div>
            </li>
          ))}
        </ul>
        {c.storage && (
          <p className="muted small storage">
            Browser storage: {formatBytes(c.storage.usage)} used of {formatBytes(c.storage.quota)}
          </p>
        )}
      </div>
    </Card>
  );
}
