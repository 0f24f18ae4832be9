/**
 * The studio's two workers, each created once and used through one typed Comlink proxy (as yscope-log-viewer's
 * main worker): training (datasets, models, training, checkpoints) and detect (inference and export, on its own
 * thread so that typing in the detect box never waits for a training step).
 */
import * as Comlink from 'comlink';
import { create } from 'zustand';
import type { DetectWorker } from '../workers/detect.worker.ts';
import type { TrainingWorker } from '../workers/training.worker.ts';

interface WorkersValues {
  training: Comlink.Remote<TrainingWorker>;
  detect: Comlink.Remote<DetectWorker>;
  /**
   * Pause/stop word shared with the training worker: a worker busy in a synchronous step loop reads it between
   * batches, where a message would wait for the loop to yield. Null without cross-origin isolation (messages then).
   */
}

interface WorkersActions {
  /** Asks the training worker to pause, resume ('run') or stop; it acts between optimizer steps. */
  signal(what: 'run' | 'pause' | 'stop'): void;
}

export const useWorkersStore = create<WorkersValues & WorkersActions>()((_, get) => {
  const trainingWorker = new Worker(new URL('../workers/training.worker.ts', import.meta.url), { type: 'module', name: 'training' });
  const detectWorker = new Worker(new URL('../workers/detect.worker.ts', import.meta.url), { type: 'module', name: 'detect' });
  return {
    training: Comlink.wrap<TrainingWorker>(trainingWorker),
    detect: Comlink.wrap<DetectWorker>(detectWorker),
    signal(what) {
      const { training } = get();
      const call = what === 'run' ? training.resume() : what === 'pause' ? training.pause() : training.stop();
      void call.catch(() => undefined); // the worker reports failures through the run's events
    },
  };
});

/** Shorthands for actions outside React. */
export const trainingWorker = () => useWorkersStore.getState().training;
export const detectWorker = () => useWorkersStore.getState().detect;
