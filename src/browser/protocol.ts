/**
 * What crosses between the page and the studio's workers: plain, structured-cloneable data only.
 * The page keeps summaries; big arrays (file texts, token ids, weights) stay in the workers and IndexedDB.
 */
import type { BackendInfo, BackendName } from '../core/backend.ts';
import type { SkipReason, SkippedFile } from '../core/data/skipReasons.ts';
import type { EpochEvent, EvaluationSummary, StepEvent, TrainerStatus } from '../core/train/events.ts';
import type { TrainConfig } from '../core/train/trainConfig.ts';
import type { WasmThreads } from './wasmThreads.ts';

export type { BackendName };

export interface BackendReport {
  info: BackendInfo;
  threads?: WasmThreads;
}

/** A file the page found (picked, dropped); the worker reads its bytes. */
export interface DatasetFileRef {
  /** Relative path including the picked folder, e.g. "mydata/python/a.py". */
  path: string;
  file: File;
}

export interface LanguageStats {
  name: string;
  files: number;
  bytes: number;
  /** Top-level sub-folders (projects; loose files count as one): below MIN_PROJECTS_FOR_SPLIT, split by file. */
  projects: number;
}

export interface DatasetSummary {
  /** The folder's name ("sample" for the bundled sample). */
  name: string;
  /** Every file seen, used or skipped. */
  seenFiles: number;
  usableFiles: number;
  usableBytes: number;
  languages: LanguageStats[];
  skippedCount: number;
  skippedByReason: Partial<Record<SkipReason, number>>;
  /** The first skipped files (a folder with a .git can skip thousands: the page shows a few). */
  skipped: SkippedFile[];
  errors: string[];
  warnings: string[];
}

export interface ReadProgress {
  stage: 'listing' | 'reading' | 'downloading';
  done: number;
  total: number;
}

export type ModelSpec =
  | { kind: 'bundled'; id: string; name: string; baseUrl: string; files: string[] }
  | { kind: 'hub'; repoId: string }
  | { kind: 'local'; name: string; files: DatasetFileRef[] };

export interface ModelProgress {
  file: string;
  loaded: number;
  total?: number;
  /** True when the bytes came from the browser's cache (no download). */
  cached?: boolean;
}

export interface ModelSummary {
  /** Where the files came from ("hf.co/huggingface/CodeBERTa-small-v1@main", "bundled: …", a folder name). */
  label: string;
  kind: ModelSpec['kind'];
  weightsFile: string;
  layers: number;
  hiddenSize: number;
  heads: number;
  vocabSize: number;
  parameters: number;
  maxLength: number;
  /** The checkpoint's own labels (id2label), empty for a base (masked-LM) model. */
  ownLabels: string[];
  /** Of the load report: parameters read, classifier tensors newly initialised, checkpoint tensors ignored. */
  loadedCount: number;
  newlyInitialized: string[];
  ignored: string[];
  /** True when every file came from the browser's cache. */
  fromCache: boolean;
}

export interface CheckpointMeta {
  id: string;
  runId: string;
  createdAt: number;
  reason: 'epoch' | 'stop' | 'final' | 'imported';
  /** Epochs completed and optimizer steps done when it was written. */
  epoch: number;
  step: number;
  totalSteps: number;
  epochs: number;
  validationLoss: number | null;
  validationAccuracy: number | null;
  testAccuracy: number | null;
  labels: string[];
  sizeBytes: number;
  /** The run's title ("3 languages · tiny-roberta-mlm"). */
  title: string;
  /** The run has ended (finished or early-stopped): nothing to resume. */
  finished: boolean;
  /** Tokenizer files are known (detect and export need them). */
  hasTokenizer: boolean;
  /** The encoded dataset is stored with the run (resume without the folder). */
  hasDataset: boolean;
}

export interface StepPoint {
  step: number;
  epoch: number;
  loss: number;
  lr: number;
  lossScale: number;
  gradNorm: number;
}

export interface EpochPoint {
  epoch: number;
  trainLoss: number;
  validationLoss: number | null;
  validationAccuracy: number | null;
}

export interface RunInfo {
  runId: string;
  title: string;
  labels: string[];
  backend: string;
  mixedPrecision: boolean;
  maxLength: number;
  totalSteps: number;
  stepsPerEpoch: number;
  epochs: number;
  split: { train: number; validation: number; test: number };
  /** The run's settings (a resumed run keeps the ones it was started with). */
  trainConfig: TrainConfig;
  /** Set when the run continues a checkpoint. */
  resumedAtStep: number | null;
  /** The history so far (restored from the checkpoint when resuming). */
  steps: StepPoint[];
  epochsDone: EpochPoint[];
}

export type TrainingPhase = 'preparing' | TrainerStatus | 'failed';

/** Events of a run, in order. Step events are batched (at most a few messages a second). */
export type TrainingEvent =
  | { type: 'preparing'; message: string; done?: number; total?: number }
  | { type: 'started'; run: RunInfo }
  | { type: 'steps'; steps: StepEvent[] }
  | { type: 'epoch'; epoch: EpochEvent }
  | { type: 'test'; test: EvaluationSummary }
  | { type: 'checkpoint'; meta: CheckpointMeta }
  | { type: 'checkpoint-unsaved'; meta: CheckpointMeta; message: string }
  | { type: 'status'; status: TrainerStatus }
  | { type: 'warning'; message: string }
  | { type: 'failed'; message: string }
  | { type: 'ended'; status: TrainerStatus; bestEpoch: number | null };

export type TrainingListener = (event: TrainingEvent) => void;


export type { TrainConfig };
