import { useDeferredValue } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTrainingStore } from '../state/trainingStore.ts';
import { BACKEND_LABELS } from './BackendStatus.tsx';
import { Card, Messages, ProgressBar } from './Card.tsx';
import { EpochChart, LearningRateChart, LossChart } from './Charts.tsx';
import { formatCount, formatDuration, formatNumber, formatPercent } from './format.ts';
import { useStaggered } from './useStaggered.ts';

/**
 * Each step chart redraws at most this often, the two half a period apart: steps arrive every 400 ms, and a redraw
 * costs the page ~10–15 ms of CPU per chart while the training threads hold the cores (the status line and tiles
 * follow every step).
 */
const CHART_REFRESH_MS = 1000;

const PHASE_TEXT: Record<string, string> = {
  idle: 'Not started',
  preparing: 'Preparing',
  running: 'Training',
  paused: 'Paused',
  stopped: 'Stopped',
  finished: 'Finished',
  'early-stopped': 'Finished early (no better validation loss)',
  failed: 'Failed',
  diverged: 'Diverged (loss not finite; the last good checkpoint is kept)',
};

/** The live run: status and controls, headline numbers and the training charts. */
export function RunPanel() {
  // Only what this panel shows: a form edit or a checkpoint listing does not re-render the charts.
  const t = useTrainingStore(
    useShallow((s) => ({
      run: s.run,
      lastStep: s.lastStep,
      phase: s.phase,
      steps: s.steps,
      epochs: s.epochs,
      preparing: s.preparing,
      error: s.error,
      warnings: s.warnings,
      unsaved: s.unsaved,
      stopping: s.stopping,
      pause: s.pause,
      resume: s.resume,
      stop: s.stop,
      downloadUnsaved: s.downloadUnsaved,
    })),
  );
  const { run, lastStep, phase } = t;
  // Charts render as interruptible background work: status and numbers first, never a frozen page.
  const [lossSteps, lrSteps] = useStaggered(t.steps, CHART_REFRESH_MS, 2);
  const epochs = useDeferredValue(t.epochs);
  const step = lastStep?.step ?? run?.resumedAtStep ?? 0;
  const epochOf = lastStep ? lastStep.epoch + 1 : run ? Math.min(run.epochs, (run.epochsDone.length ?? 0) + 1) : 0;
  const latestEpoch = t.epochs.at(-1);

  return (
    <Card
      title="Training"
      className="run-panel"
      actions={
        <div className="button-row">
          {phase === 'running' && (
            <button type="button" className="button" onClick={t.pause} data-testid="train-pause">
              Pause
            </button>
          )}
          {phase === 'paused' && (
            <button type="button" className="button primary" onClick={t.resume} data-testid="train-resume">
              Resume
            </button>
          )}
          {(phase === 'running' || phase === 'paused') && (
            <button type="button" className="button danger" onClick={t.stop} disabled={t.stopping} data-testid="train-stop">
              {t.stopping ? 'Stopping…' : 'Stop'}
            </button>
          )}
        </div>
      }
    >
      <div className="status-line" data-testid="train-status" data-phase={phase} data-step={step} data-total-steps={run?.totalSteps ?? 0}>
        <span className={`status-dot status-${phase}`} aria-hidden />
        <strong>{t.stopping && phase !== 'stopped' ? 'Stopping after this step…' : PHASE_TEXT[phase] ?? phase}</strong>
        {run && phase !== 'preparing' && (
          <span className="muted">
            epoch {epochOf} of {run.epochs} · step {formatCount(step)} of {formatCount(run.totalSteps)}
            {run.resumedAtStep !== null && ` · resumed at step ${formatCount(run.resumedAtStep)}`}
          </span>
        )}
        {run && (
          <span className="muted run-backend">
            on {BACKEND_LABELS[run.backend] ?? run.backend}
            {run.mixedPrecision ? ' · fp16' : ''}
          </span>
        )}
      </div>
      {phase === 'preparing' && t.preparing && (
        <ProgressBar done={t.preparing.done ?? 0} total={t.preparing.total} label={t.preparing.message + (t.preparing.total ? ` ${formatCount(t.preparing.done ?? 0)} of ${formatCount(t.preparing.total)} files` : '…')} />
      )}
      {run && phase !== 'preparing' && <ProgressBar done={step} total={run.totalSteps} label={run.title} />}
      {t.error && <Messages errors={[t.error]} testId="train-error" />}
      {t.warnings.length > 0 && <Messages warnings={t.warnings} testId="train-warnings" />}
      {t.unsaved && (
        <p className="notice">
          The checkpoint of step {t.unsaved.step} is only in memory.{' '}
          <button type="button" className="link-button" onClick={() => void t.downloadUnsaved()} data-testid="download-unsaved">
            Download it
          </button>
        </p>
      )}

      {run && (
        <div className="tiles">
          <Tile label="Loss" value={formatNumber(lastStep?.loss ?? null)} />
          <Tile label="Val. accuracy" value={formatPercent(latestEpoch?.validationAccuracy)} hint="validation accuracy after the last epoch" />
          <Tile label="Tokens/s" value={lastStep ? formatCount(Math.round(lastStep.tokensPerSecond)) : '–'} />
          <Tile label="Time left" value={lastStep && phase === 'running' ? formatDuration(lastStep.etaSeconds) : '–'} hint="training steps only" />
          <Tile label="Train/val./test" value={`${run.split.train}/${run.split.validation}/${run.split.test}`} hint="files in the training, validation and test splits" />
          <Tile label="Longest file" value={`${run.maxLength} tok.`} hint="tokens of the longest encoded file (after truncation)" />
        </div>
      )}

      <div className="charts">
        <LossChart steps={lossSteps!} />
        <EpochChart epochs={epochs} />
        <LearningRateChart steps={lrSteps!} showScale={run?.mixedPrecision ?? false} />
      </div>
    </Card>
  );
}

function Tile({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="tile" title={hint}>
      <span className="tile-label">{label}</span>
      <span className="tile-value">{value}</span>
    </div>
  );
}
