import { useEffect } from 'react';
import { useCheckpointsStore } from '../state/checkpointsStore.ts';
import { useModelStore } from '../state/modelStore.ts';
import { useTrainingStore } from '../state/trainingStore.ts';
import { trainingWorker } from '../state/workers.ts';
import { adapterName, BACKEND_LABELS, BackendStatus } from './BackendStatus.tsx';
import { CheckpointsPanel } from './CheckpointsPanel.tsx';
import { DatasetPanel } from './DatasetPanel.tsx';
import { DetectPanel } from './DetectPanel.tsx';
import { EvaluationPanel } from './EvaluationPanel.tsx';
import { ModelPanel } from './ModelPanel.tsx';
import { preferredBackendFrom } from './preferredBackend.ts';
import { RunPanel } from './RunPanel.tsx';
import { TrainPanel } from './TrainPanel.tsx';

const preferred = preferredBackendFrom(window.location.search);

let started = false;
/** Once per page (React StrictMode mounts twice): start tfjs in the worker, list models and checkpoints. */
function startStudio(): void {
  if (started) return;
  started = true;
  void useTrainingStore.getState().initBackend(preferred);
  void useModelStore.getState().init();
  void useCheckpointsStore.getState().refresh();
  // Runs that never reached a checkpoint (the tab closed first) only take space.
  void trainingWorker().pruneOrphanRuns().catch(() => undefined);
}

export function App() {
  useEffect(startStudio, []);
  const backend = useTrainingStore((s) => s.backend);
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand-block">
          <h1 className="brand">CodeBERTa Studio</h1>
          <p className="tagline">Fine-tune a programming-language classifier in your browser. Nothing leaves your machine.</p>
        </div>
        {backend.phase === 'ready' && (
          <span className="header-backend" title={adapterName(backend.report.info) ?? backend.report.info.reason}>
            <span className={`badge badge-${backend.report.info.backend}`}>{BACKEND_LABELS[backend.report.info.backend] ?? backend.report.info.backend}</span>
            {adapterName(backend.report.info) && <span className="muted small ellipsis">{adapterName(backend.report.info)}</span>}
          </span>
        )}
      </header>
      <main className="app-main">
        <div className="column column-setup">
          <DatasetPanel />
          <ModelPanel />
          <TrainPanel />
          <BackendStatus state={backend} />
        </div>
        <div className="column column-results">
          <RunPanel />
          <EvaluationPanel />
          <DetectPanel />
          <CheckpointsPanel />
        </div>
      </main>
    </div>
  );
}
