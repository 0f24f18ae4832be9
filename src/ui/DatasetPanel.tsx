import { MIN_PROJECTS_FOR_SPLIT } from '../core/data/split.ts';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { SKIP_REASON_TEXT } from '../core/data/skipReasons.ts';
import { useDatasetStore } from '../state/datasetStore.ts';
import { isBusy, useTrainingStore } from '../state/trainingStore.ts';
import type { DatasetSummary } from '../browser/protocol.ts';
import { Card, Messages, ProgressBar } from './Card.tsx';
import { formatBytes, formatCount, plural } from './format.ts';
import { canPickDirectory, filesFromInput, folderFromDrop, folderName, NotAFolderError, pickDirectoryHandle } from './pickedFiles.ts';

const LANGUAGE_COLORS = ['#4f46e5', '#0891b2', '#16a34a', '#d97706', '#db2777', '#7c3aed', '#0d9488', '#dc2626', '#2563eb', '#65a30d', '#9333ea', '#ea580c'];
export const languageColor = (i: number) => LANGUAGE_COLORS[i % LANGUAGE_COLORS.length]!;

/** Step 1: a folder of source code, one sub-folder per language. */
export function DatasetPanel() {
  const { phase, progress, summary, error, readFiles, readHandles, readSample, listing, fail } = useDatasetStore();
  const training = isBusy(useTrainingStore((s) => s.phase));
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const busy = phase === 'listing' || phase === 'reading' || training;

  // A folder dropped just beside the drop zone must not make the browser navigate away to a file:// listing (and
  // lose the session): outside any drop target, drags are refused. Targets that accept a drop prevent the default
  // first (React's listeners sit on the app's root, below window).
  useEffect(() => {
    const refuse = (event: globalThis.DragEvent) => {
      if (event.defaultPrevented) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'none';
    };
    window.addEventListener('dragover', refuse);
    window.addEventListener('drop', refuse);
    return () => {
      window.removeEventListener('dragover', refuse);
      window.removeEventListener('drop', refuse);
    };
  }, []);

  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    if (busy) {
      event.dataTransfer.dropEffect = 'none';
      return;
    }
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDragLeave = (event: DragEvent) => {
    // Moving onto a child (a button, the hint) leaves the zone's own box but not the zone.
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (busy) return;
    const failed = (err: Error) => fail(err instanceof NotAFolderError ? err.message : `The dropped folder could not be read: ${err.message}`);
    const dropped = folderFromDrop(event.dataTransfer, listing);
    if ('handles' in dropped) {
      dropped.handles.then((h) => readHandles(h.length === 1 ? h[0]!.name : 'dropped files', h)).catch(failed);
      return;
    }
    listing(0);
    dropped.files.then((refs) => readFiles(folderName(refs), refs)).catch(failed);
  };
  const pickDirectory = () => {
    if (!canPickDirectory()) return input.current?.click();
    pickDirectoryHandle()
      .then((handle) => handle && readHandles(handle.name, [handle]))
      .catch((err: Error) => fail(`The folder could not be read: ${err.message}`));
  };

  return (
    <Card title="Dataset" step={1}>
      <div
        className={`dropzone ${dragging ? 'dragging' : ''} ${busy ? 'disabled' : ''}`}
        onDragEnter={onDragOver}
        onDragOver={onDragOver}
        onDragLeave={onDragLeave}
        onDrop={onDrop}
        data-testid="dataset-dropzone"
        data-dragging={String(dragging)}
      >
        <p className="dropzone-title">{dragging ? 'Release to read the folder' : 'Drop a folder of source code here'}</p>
        <p className="muted small">
          One sub-folder per language: <code>python/</code>, <code>go/</code>, <code>rust/</code>… Files are read on your
          machine and never uploaded.
        </p>
        <div className="button-row">
          <button type="button" className="button primary" onClick={pickDirectory} disabled={busy} data-testid="dataset-pick">
            Choose folder…
          </button>
          <button type="button" className="button" onClick={() => void readSample()} disabled={busy} data-testid="dataset-sample">
            Try the sample
          </button>
        </div>
        <input
          ref={input}
          type="file"
          className="visually-hidden"
          data-testid="dataset-input"
          // React does not know the non-standard attribute; the DOM does.
          {...{ webkitdirectory: '', directory: '' }}
          multiple
          disabled={busy}
          onChange={(e) => {
            const refs = filesFromInput(e.currentTarget.files);
            e.currentTarget.value = '';
            void readFiles(folderName(refs), refs);
          }}
        />
      </div>
      {phase === 'listing' && <ProgressBar done={0} label={`Listing files… ${formatCount(progress?.done ?? 0)} found`} />}
      {phase === 'reading' && progress?.stage === 'listing' && <ProgressBar done={0} label={`Listing files… ${formatCount(progress.done)} found`} />}
      {phase === 'reading' && progress && progress.stage !== 'listing' && (
        <ProgressBar
          done={progress.done}
          total={progress.total}
          label={`${progress.stage === 'downloading' ? 'Downloading' : 'Reading'} ${formatCount(progress.done)} of ${plural(progress.total, 'file')}`}
        />
      )}
      {phase === 'reading' && !progress && <ProgressBar done={0} label="Reading…" />}
      {error && <Messages errors={[error]} testId="dataset-error" />}
      {summary && phase !== 'reading' && <DatasetSummaryView summary={summary} />}
    </Card>
  );
}

/** Which languages a project split can keep whole (a sub-folder per project), and which fall back to files. */
function ProjectSplitNote({ languages }: { languages: DatasetSummary['languages'] }) {
  const splitBy = useTrainingStore((s) => s.form.split_by);
  const byFile = languages.filter((l) => splitBy === 'file' || l.projects < MIN_PROJECTS_FOR_SPLIT).map((l) => l.name);
  const byProject = languages.length - byFile.length;
  return (
    <p className="muted small" data-testid="split-note" data-by-file={byFile.join(',')}>
      {splitBy === 'file'
        ? 'Split by file, as chosen under Train (files of one project may land on both sides).'
        : byFile.length === 0
        ? `Split by project: every language has ${MIN_PROJECTS_FOR_SPLIT} or more project sub-folders, so the test measures unseen projects.`
        : byProject === 0
          ? `Split by file: no language has ${MIN_PROJECTS_FOR_SPLIT} project sub-folders (a sub-folder per project makes the test measure unseen projects).`
          : `Split by project, except by file for ${byFile.join(', ')} (fewer than ${MIN_PROJECTS_FOR_SPLIT} project sub-folders).`}
    </p>
  );
}

function DatasetSummaryView({ summary }: { summary: DatasetSummary }) {
  const largest = Math.max(1, ...summary.languages.map((l) => l.files));
  return (
    <div className="dataset-summary" data-testid="dataset-summary" data-valid={String(summary.errors.length === 0)}>
      <div className="summary-head">
        <strong className="ellipsis" title={summary.name}>
          {summary.name}
        </strong>
        <span className="muted">
          {plural(summary.usableFiles, 'file')} · {formatBytes(summary.usableBytes)} · {plural(summary.languages.length, 'language')}
        </span>
      </div>
      <ul className="language-bars">
        {summary.languages.map((l, i) => (
          <li key={l.name} data-language={l.name}>
            <span className="language-name ellipsis" title={l.name}>
              {l.name}
            </span>
            <span className="bar">
              <span className="bar-fill" style={{ width: `${(l.files / largest) * 100}%`, background: languageColor(i) }} />
            </span>
            <span className="language-count">
              {formatCount(l.files)} <span className="muted">· {formatBytes(l.bytes)}</span>
              {l.projects >= MIN_PROJECTS_FOR_SPLIT && <span className="muted"> · {plural(l.projects, 'project')}</span>}
            </span>
          </li>
        ))}
      </ul>
      <ProjectSplitNote languages={summary.languages} />
      <Messages errors={summary.errors} warnings={summary.warnings} testId="dataset-messages" />
      {summary.skippedCount > 0 && (
        <details className="skipped" data-testid="dataset-skipped">
          <summary>
            {plural(summary.skippedCount, 'file')} skipped
            {summary.skippedCount > summary.skipped.length && ` (first ${formatCount(summary.skipped.length)} listed)`}
          </summary>
          <ul className="file-list">
            {summary.skipped.map((s) => (
              <li key={s.path}>
                <span className="path ellipsis" title={s.path}>
                  {s.path}
                </span>
                <span className="tag">
                  {SKIP_REASON_TEXT[s.reason]}
                  {s.detail ? ` (${s.detail})` : ''}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
