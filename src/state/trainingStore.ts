import * as Comlink from 'comlink';
import { create } from 'zustand';
import type { EvaluationSummary, StepEvent } from '../core/train/events.ts';
import { DEFAULT_TRAIN_CONFIG, type TrainConfig } from '../core/train/trainConfig.ts';
import type { BackendName, BackendReport, CheckpointMeta, EpochPoint, RunInfo, StepPoint, TrainingEvent, TrainingPhase } from '../browser/protocol.ts';
import { useCheckpointsStore } from './checkpointsStore.ts';
import { useDatasetStore } from './datasetStore.ts';
import { errorMessage, saveBytes } from './download.ts';
import { useModelStore } from './modelStore.ts';
import { configFromForm, FORM_DEFAULT, formFromConfig, type FormErrors, type FormValues } from './trainForm.ts';
import { trainingWorker, useWorkersStore } from './workers.ts';

export type BackendState =
  | { phase: 'starting' }
  | { phase: 'ready'; report: BackendReport }
  | { phase: 'failed'; message: string };

interface TrainingValues {
  backend: BackendState;
  form: FormValues;
  /** What "Reset to defaults" restores: the seed's recipe, or the chosen model's recommended settings. */
  formDefaults: FormValues;
  /** The model whose recommended settings are the defaults (null: the seed's ModelConfig). */
  defaultsSource: string | null;
  /** Shown once the user tried to start, or as they edit a field. */
  errors: FormErrors;
  phase: 'idle' | TrainingPhase;
  /** What the worker prepares before the first step (loading, tokenizing), with progress. */
  preparing: { message: string; done?: number; total?: number } | null;
  run: RunInfo | null;
  steps: StepPoint[];
  lastStep: StepEvent | null;
  epochs: EpochPoint[];
  validation: EvaluationSummary | null;
  test: EvaluationSummary | null;
  warnings: string[];
  error: string | null;
  /** A checkpoint the browser could not store (quota): it can still be downloaded. */
  unsaved: CheckpointMeta | null;
  /** A stop was asked for and the worker has not confirmed yet. */
  stopping: boolean;
}

interface TrainingActions {
  initBackend(preferred: BackendName | undefined): Promise<void>;
  setField<K extends keyof FormValues>(name: K, value: FormValues[K]): void;
  resetForm(): void;
  /** Settings recommended for the chosen model become the form's defaults (and its values, when idle). */
  useModelDefaults(overrides: Partial<TrainConfig>, source: string | null): void;
  start(): Promise<void>;
  resumeFrom(checkpointId: string): Promise<void>;
  pause(): void;
  resume(): void;
  stop(): void;
  examplePaths(indices: number[]): Promise<string[]>;
  downloadUnsaved(): Promise<void>;
}

/** Values a new run starts from. */
const RUN_RESET = {
  preparing: null,
  run: null,
  steps: [],
  lastStep: null,
  epochs: [],
  validation: null,
  test: null,
  warnings: [],
  error: null,
  unsaved: null,
  stopping: false,
} satisfies Partial<TrainingValues>;

const TRAINING_DEFAULT: TrainingValues = {
  backend: { phase: 'starting' },
  form: FORM_DEFAULT,
  formDefaults: FORM_DEFAULT,
  defaultsSource: null,
  errors: {},
  phase: 'idle',
  ...RUN_RESET,
};

const BUSY: ReadonlySet<TrainingValues['phase']> = new Set(['preparing', 'running', 'paused']);
export const isBusy = (phase: TrainingValues['phase']) => BUSY.has(phase);

export const useTrainingStore = create<TrainingValues & TrainingActions>()((set, get) => {
  const onEvent = (event: TrainingEvent) => {
    switch (event.type) {
      case 'preparing':
        set({ phase: 'preparing', preparing: { message: event.message, done: event.done, total: event.total } });
        break;
      case 'started':
        // The form shows the run's settings: a resumed run keeps its own, whatever the form held.
        set({ run: event.run, steps: event.run.steps, epochs: event.run.epochsDone, preparing: null, form: formFromConfig(event.run.trainConfig), errors: {} });
        break;
      case 'steps':
        set((s) => ({
          steps: [...s.steps, ...event.steps.map(({ step, epoch, loss, lr, lossScale, gradNorm }) => ({ step, epoch, loss, lr, lossScale, gradNorm }))],
          lastStep: event.steps.at(-1) ?? s.lastStep,
        }));
        break;
      case 'epoch': {
        const { epoch, trainLoss, validation } = event.epoch;
        set((s) => ({
          epochs: [...s.epochs, { epoch, trainLoss, validationLoss: validation?.loss ?? null, validationAccuracy: validation?.accuracy ?? null }],
          validation: validation ?? s.validation,
        }));
        break;
      }
      case 'test':
        set({ test: event.test });
        break;
      case 'checkpoint':
        void useCheckpointsStore.getState().refresh();
        break;
      case 'checkpoint-unsaved':
        set({ unsaved: event.meta });
        break;
      case 'status':
        set((s) => ({ phase: event.status, stopping: event.status === 'stopped' ? false : s.stopping }));
        break;
      case 'warning':
        set((s) => ({ warnings: [...s.warnings, event.message] }));
        break;
      case 'failed':
        set({ phase: 'failed', error: event.message, preparing: null, stopping: false });
        break;
      case 'ended':
        set({ phase: event.status, stopping: false });
        void useCheckpointsStore.getState().refresh();
        break;
    }
  };
  const listener = Comlink.proxy(onEvent);

  const launch = async (run: () => Promise<void>) => {
    set({ ...RUN_RESET, phase: 'preparing', preparing: { message: 'Starting' } });
    try {
      await run();
    } catch (err) {
      set({ phase: 'failed', error: errorMessage(err), preparing: null });
    }
  };

  return {
    ...TRAINING_DEFAULT,
    async initBackend(preferred) {
      try {
        const report = await trainingWorker().init(preferred, new URL(`${import.meta.env.BASE_URL}tfjs-wasm/`, location.href).href);
        set({ backend: { phase: 'ready', report } });
      } catch (err) {
        set({ backend: { phase: 'failed', message: errorMessage(err) } });
      }
    },
    setField(name, value) {
      const form = { ...get().form, [name]: value };
      set({ form, errors: configFromForm(form, useModelStore.getState().summary?.label ?? '').errors });
    },
    resetForm: () => set({ form: get().formDefaults, errors: {} }),
    useModelDefaults(overrides, source) {
      const formDefaults = formFromConfig({ ...DEFAULT_TRAIN_CONFIG, ...overrides });
      set(BUSY.has(get().phase) ? { formDefaults, defaultsSource: source } : { formDefaults, defaultsSource: source, form: formDefaults, errors: {} });
    },
    async start() {
      const modelName = useModelStore.getState().summary?.label ?? '';
      const { config, errors } = configFromForm(get().form, modelName);
      set({ errors });
      if (Object.keys(errors).length > 0) return;
      if (useDatasetStore.getState().phase !== 'ready') return;
      await launch(() => trainingWorker().start(config, listener));
    },
    resumeFrom: (checkpointId) => launch(() => trainingWorker().resumeFrom(checkpointId, listener)),
    pause: () => useWorkersStore.getState().signal('pause'),
    resume: () => useWorkersStore.getState().signal('run'),
    stop() {
      set({ stopping: true });
      useWorkersStore.getState().signal('stop');
    },
    examplePaths: (indices) => trainingWorker().examplePaths(indices),
    async downloadUnsaved() {
      const unsaved = await trainingWorker().takeUnsaved();
      if (unsaved) saveBytes(`unsaved-step${unsaved.meta.step}.training.safetensors`, unsaved.bytes);
    },
  };
});

// The chosen bundled model's recommended settings become the form's defaults. The training store listens to the
// model store (one direction: the model store knows nothing of training).
useModelStore.subscribe((model, previous) => {
  if (model.trainDefaults && model.trainDefaults !== previous.trainDefaults) {
    useTrainingStore.getState().useModelDefaults(model.trainDefaults.overrides, model.trainDefaults.source);
  }
});
