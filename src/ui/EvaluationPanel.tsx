import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { EVAL_VIEW_TEXT } from '../core/data/views.ts';
import type { EvaluationSummary } from '../core/train/events.ts';
import { useTrainingStore } from '../state/trainingStore.ts';
import { Card } from './Card.tsx';
import { formatCount, formatNumber, formatPercent, plural } from './format.ts';

/** Files listed for a clicked cell (a cell can hold thousands). */
const CELL_FILES_SHOWN = 200;

/** The confusion matrix (a heat map, refreshed after every evaluation) and the classification report. */
export function EvaluationPanel() {
  // Deferred: a worker event updates the store inside its message handler, where React renders synchronously; the
  // matrix and the report (hundreds of cells) then render as interruptible background work instead of one long task.
  const validation = useDeferredValue(useTrainingStore((s) => s.validation));
  const test = useDeferredValue(useTrainingStore((s) => s.test));
  const [view, setView] = useState<'validation' | 'test'>('validation');
  useEffect(() => setView(test ? 'test' : 'validation'), [test]);
  const summary = view === 'test' && test ? test : validation;
  // Which view the matrix and the report show (whole file, 20 lines, 5 lines…); the table lists every view.
  const [viewIndex, setViewIndex] = useState(0);
  const views = summary?.views ?? [];
  const index = viewIndex < views.length ? viewIndex : 0;
  const evaluation = useMemo(() => {
    const v = summary?.views?.[index];
    return summary && v ? { ...summary, accuracy: v.accuracy, confusionMatrix: v.confusionMatrix, report: v.report, yPred: v.yPred } : summary;
  }, [summary, index]);

  return (
    <Card
      title="Evaluation"
      actions={
        test && validation ? (
          <div className="segmented small">
            <button type="button" className={view === 'validation' ? 'active' : ''} onClick={() => setView('validation')}>
              Validation
            </button>
            <button type="button" className={view === 'test' ? 'active' : ''} onClick={() => setView('test')}>
              Test
            </button>
          </div>
        ) : undefined
      }
    >
      {!evaluation ? (
        <p className="muted empty-state">The confusion matrix and the per-language report appear after the first epoch.</p>
      ) : (
        <>
          <p className="muted small" data-testid="evaluation-summary" data-split={evaluation.split} data-accuracy={evaluation.accuracy}>
            {evaluation.split === 'test' ? 'Test split, best model' : `Validation split after epoch ${evaluation.epoch + 1}`} ·{' '}
            {plural(evaluation.examples.length, 'file')} · loss {formatNumber(evaluation.loss)}
            {views.length > 1 ? ' (mean over views)' : ''} · accuracy {formatPercent(evaluation.accuracy)}
            {views[index] ? ` (${EVAL_VIEW_TEXT[views[index].view]})` : ''}
          </p>
          {views.length > 0 && (
            <table className="report view-table" data-testid="view-scores">
              <thead>
                <tr>
                  <th>read as</th>
                  <th>accuracy</th>
                  <th>macro F1</th>
                  <th>loss</th>
                </tr>
              </thead>
              <tbody>
                {views.map((v, i) => (
                  <tr key={v.view} className={i === index ? 'selected-row' : ''} data-view={v.view} data-accuracy={v.accuracy}>
                    <th scope="row">
                      <button type="button" className="link-button" onClick={() => setViewIndex(i)} aria-pressed={i === index}>
                        {EVAL_VIEW_TEXT[v.view]}
                      </button>
                    </th>
                    <td>{formatPercent(v.accuracy)}</td>
                    <td>{formatNumber(v.macroF1, 3)}</td>
                    <td>{formatNumber(v.loss)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {/* Side by side for a few languages; stacked when the matrix needs the card's full width. */}
          <div className={`evaluation-grid${evaluation.report.labels.length > 6 ? ' stacked' : ''}`}>
            <ConfusionMatrix evaluation={evaluation} />
            <ReportTable evaluation={evaluation} />
          </div>
        </>
      )}
    </Card>
  );
}

function ConfusionMatrix({ evaluation }: { evaluation: EvaluationSummary }) {
  const labels = evaluation.report.labels;
  const matrix = evaluation.confusionMatrix;
  const examplePaths = useTrainingStore((s) => s.examplePaths);
  const [selected, setSelected] = useState<{ t: number; p: number; paths: string[] | null } | null>(null);
  const max = Math.max(1, ...matrix.flat());
  useEffect(() => setSelected(null), [evaluation]);

  const select = (t: number, p: number) => {
    setSelected({ t, p, paths: null });
    const indices = evaluation.examples.filter((_, i) => evaluation.yTrue[i] === t && evaluation.yPred[i] === p);
    void examplePaths(indices.slice(0, CELL_FILES_SHOWN)).then((paths) => setSelected((s) => (s && s.t === t && s.p === p ? { ...s, paths } : s)));
  };
  const count = selected ? matrix[selected.t]![selected.p]! : 0;

  return (
    <div className="confusion" data-testid="confusion-matrix" data-epoch={evaluation.epoch} data-split={evaluation.split}>
      <div className="matrix-scroll">
        <table className="matrix">
          <thead>
            <tr>
              <th className="corner">
                <span className="axis-label">true ↓ · predicted →</span>
              </th>
              {labels.map((l) => (
                <th key={l} scope="col" className="col-label" title={l}>
                  <span>{l}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.map((row, t) => (
              <tr key={labels[t]}>
                <th scope="row" className="row-label ellipsis" title={labels[t]}>
                  {labels[t]}
                </th>
                {row.map((n, p) => {
                  const intensity = n / max;
                  const diagonal = t === p;
                  return (
                    <td key={p}>
                      <button
                        type="button"
                        className={`cell ${diagonal ? 'diagonal' : 'off'} ${selected?.t === t && selected.p === p ? 'selected' : ''}`}
                        style={{ ['--heat' as string]: n === 0 ? 0 : 0.12 + 0.88 * intensity }}
                        onClick={() => select(t, p)}
                        aria-label={`${n} ${labels[t]} files predicted as ${labels[p]}`}
                        data-true={labels[t]}
                        data-pred={labels[p]}
                      >
                        {n}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {selected && (
        <div className="cell-files" data-testid="cell-files">
          <p className="small">
            <strong>{plural(count, 'file')}</strong> of <strong>{labels[selected.t]}</strong> predicted as <strong>{labels[selected.p]}</strong>
            {count > CELL_FILES_SHOWN && ` (first ${CELL_FILES_SHOWN})`}
          </p>
          {selected.paths === null ? (
            <p className="muted small">Loading…</p>
          ) : selected.paths.length === 0 ? (
            <p className="muted small">No files.</p>
          ) : (
            <ul className="file-list">
              {selected.paths.map((path) => (
                <li key={path}>
                  <span className="path ellipsis" title={path}>
                    {path}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

function ReportTable({ evaluation }: { evaluation: EvaluationSummary }) {
  const { report } = evaluation;
  const row = (name: string, s: { precision: number; recall: number; f1: number; support: number }, className?: string) => (
    <tr key={name} className={className}>
      <th scope="row" className="ellipsis" title={name}>
        {name}
      </th>
      <td>{formatNumber(s.precision, 3)}</td>
      <td>{formatNumber(s.recall, 3)}</td>
      <td>{formatNumber(s.f1, 3)}</td>
      <td>{formatCount(s.support)}</td>
    </tr>
  );
  return (
    <table className="report" data-testid="classification-report">
      <thead>
        <tr>
          <th />
          <th>precision</th>
          <th>recall</th>
          <th>f1</th>
          <th>support</th>
        </tr>
      </thead>
      <tbody>
        {report.labels.map((l, i) => row(l, report.perClass[i]!))}
        {report.microHeading === 'accuracy' ? (
          <tr className="summary-row">
            <th scope="row">accuracy</th>
            <td />
            <td />
            <td>{formatNumber(report.micro.f1, 3)}</td>
            <td>{formatCount(report.micro.support)}</td>
          </tr>
        ) : (
          row('micro avg', report.micro, 'summary-row')
        )}
        {row('macro avg', report.macro, 'summary-row')}
        {row('weighted avg', report.weighted, 'summary-row')}
      </tbody>
    </table>
  );
}
