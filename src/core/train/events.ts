/** What the trainer reports while it runs. Plain data: it crosses worker boundaries and goes into checkpoints. */
import type { EvalView } from '../data/views.ts';
import type { ClassificationReport } from './metrics.ts';

export interface StepEvent {
  epoch: number; // 0-based epoch of this step
  step: number; // optimizer steps done (1-based count)
  totalSteps: number;
  /** Mean training loss over the steps since the last event. */
  loss: number;
  lr: number;
  lossScale: number;
  /** Global gradient norm before clipping, of the last step. */
  gradNorm: number;
  /** Steps the loss scaler skipped so far (inf/NaN gradients). */
  skippedSteps: number;
  tokensPerSecond: number;
  /** Seconds to the end of the last epoch at the current pace (evaluation not included). */
  etaSeconds: number;
  elapsedSeconds: number;
}

/** One view's scores (whole file, 20 lines, 5 lines, head). */
export interface ViewSummary {
  view: EvalView;
  loss: number;
  accuracy: number;
  macroF1: number;
  confusionMatrix: number[][];
  report: ClassificationReport;
  /** Predicted label per example, in the order of EvaluationSummary.examples. */
  yPred: number[];
}

/** Scores of a view, without the per-file detail (what history keeps). */
export type ViewScores = Pick<ViewSummary, 'view' | 'loss' | 'accuracy' | 'macroF1'>;

export interface EvaluationSummary {
  split: 'validation' | 'test';
  epoch: number;
  /** Mean loss over the views (what early stopping watches). */
  loss: number;
  /** The first view's accuracy, confusion matrix, report and predictions (the headline: whole files by default). */
  accuracy: number;
  confusionMatrix: number[][];
  report: ClassificationReport;
  /** Per example: index into the dataset, true and predicted label (for the confusion-matrix drill-down). */
  examples: number[];
  yTrue: number[];
  yPred: number[];
  /** Every view, in the order of the run's eval_views. */
  views: ViewSummary[];
}

export const viewScores = (views: readonly ViewSummary[]): ViewScores[] =>
  views.map(({ view, loss, accuracy, macroF1 }) => ({ view, loss, accuracy, macroF1 }));

export interface EpochEvent {
  epoch: number; // 0-based epoch that ended
  trainLoss: number; // mean over the epoch's optimizer steps
  validation: EvaluationSummary | null; // null without a validation split
  improved: boolean;
  bestEpoch: number | null;
  epochsWithoutImprovement: number;
}

export interface CheckpointEvent {
  bytes: Uint8Array;
  reason: 'epoch' | 'stop' | 'final';
  epoch: number;
  step: number;
  validationLoss: number | null;
  validationAccuracy: number | null;
}

/** 'diverged': the loss stayed non-finite (NaN or infinity); nothing is saved over the last good checkpoint. */
export type TrainerStatus = 'idle' | 'running' | 'paused' | 'stopped' | 'early-stopped' | 'finished' | 'diverged';

export interface TrainerEvents {
  onStep?(e: StepEvent): void;
  onEpoch?(e: EpochEvent): void;
  onTest?(e: EvaluationSummary): void;
  /** Awaited; if it throws (e.g. storage full) the run goes on and onWarning says so. */
  onCheckpoint?(e: CheckpointEvent): void | Promise<void>;
  onStatus?(status: TrainerStatus): void;
  onWarning?(message: string): void;
}
