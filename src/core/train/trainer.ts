/**
 * The training loop: the seed's train_and_evaluate, flat and resumable.
 *
 *   for each epoch: optimizer steps over length-bucketed, per-batch-padded micro-batches (accumulated; each run
 *   in several passes when over the memory budget, microBatching.ts), then
 *   validation (loss, accuracy), early stopping on validation loss with patience (best weights kept), a
 *   checkpoint; at the end the best weights are restored and the test split evaluated (confusion matrix, report).
 *
 * Device → host reads are few and deliberate: the loss scaler's found-inf flag once per step (mixed precision
 * only), the running loss and gradient norm every `log_every` steps, predictions during evaluation, and the
 * weights when a checkpoint is written. Pause and stop are honoured between optimizer steps.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Batch } from '../data/batches.ts';
import { makeBatch } from '../data/batches.ts';
import { datasetFingerprint, type EncodedDataset } from '../data/encodedDataset.ts';
import { BatchSchedule, type EpochPlanOptions, type ScheduleState } from '../data/epochPlan.ts';
import { TrainingViews } from '../data/trainingViews.ts';
import type { WindowTokenizer } from '../data/windows.ts';
import { trainingContext } from '../model/context.ts';
import type { RobertaModel } from '../model/params.ts';
import { deriveSeed } from '../random.ts';
import { yieldToEventLoop } from '../yieldToEventLoop.ts';
import { AdamW } from './adamw.ts';
import { evaluate } from './evaluate.ts';
import { viewScores, type EvaluationSummary, type StepEvent, type TrainerEvents, type TrainerStatus } from './events.ts';
import { trainablePredicate } from './freezing.ts';
import { toFp16 } from './fp16.ts';
import { LossScaler } from './lossScaler.ts';
import { resolveMaxTokensPerPass } from './microBatching.ts';
import { lrForOptimizerStep, warmupStepsFor, type LinearWarmupSchedule } from './schedule.ts';
import { epochPlanOptions, type TrainConfig } from './trainConfig.ts';
import { checkpointBytes, restoreRun, type TrainerState } from './trainerState.ts';
import { trainStep } from './trainStep.ts';

export interface TrainerOptions {
  model: RobertaModel;
  data: EncodedDataset;
  config: TrainConfig;
  /** The tfjs backend in use: decides mixed_precision 'auto' (on for WebGPU, as autocast on CUDA). */
  backend: string;
  /** Identifies the tokenizer the data was encoded with (stored, checked on resume). */
  tokenizerFingerprint: string;
  /** Tokenizes training views and evaluation cuts/windows (needed unless the run reads only heads). */
  tokenizer?: WindowTokenizer;
  events?: TrainerEvents;
}

export interface TrainResult {
  status: TrainerStatus;
  test: EvaluationSummary | null;
  bestEpoch: number | null;
}


/**
 * Mixed precision: this many optimizer steps skipped in a row (inf/NaN gradients) means the loss scaler's retries
 * are spent (the scale fell by 2^24): the run has diverged, not overflowed.
 */
export const MAX_CONSECUTIVE_SKIPPED_STEPS = 24;


export class Trainer {
  readonly model: RobertaModel;
  readonly data: EncodedDataset;
  readonly config: TrainConfig;
  readonly optimizer: AdamW;
  readonly scaler: LossScaler;
  readonly mixedPrecision: boolean;
  readonly stepsPerEpoch: number;
  readonly totalSteps: number;
  readonly lrSchedule: LinearWarmupSchedule;
  readonly planOptions: EpochPlanOptions;
  /** The largest B·T one forward/backward pass holds here (Infinity: micro-batches are never split). */
  readonly maxTokensPerPass: number;
  schedule: BatchSchedule;
  /** Everything else that a checkpoint must carry (counters, history, early stopping). */
  state: TrainerState;
  /** Trainable weights at the best validation loss, on the device. */
  bestWeights: Map<string, tf.Tensor> | null = null;
  /** What each epoch's examples read (views of the training files). */
  readonly views: TrainingViews;
  private readonly events: TrainerEvents;
  private readonly tokenizer: WindowTokenizer | undefined;
  /** Evaluation rows per (view, example): the cuts and windows are fixed, so they are tokenized once. */
  private readonly evaluationRows = new Map<string, Int32Array[]>();
  private status: TrainerStatus = 'idle';
  private stopRequested = false;
  private resumeWaiter: (() => void) | null = null;
  private pausePromise: Promise<void> | null = null;

  constructor(opts: TrainerOptions, restored?: { state: TrainerState; schedule: ScheduleState }) {
    const { model, data, config } = opts;
    this.model = model;
    this.data = data;
    this.config = config;
    this.events = opts.events ?? {};
    if (data.split.train.length === 0) throw new Error('the training split is empty: add files or lower test_size / validation_split');

    model.params.setTrainable(
      trainablePredicate({
        freezeBaseModel: config.freeze_base_model,
        unfreezeLastNLayers: config.unfreeze_last_n_layers,
        numHiddenLayers: model.config.num_hidden_layers,
      }),
    );
    this.optimizer = new AdamW(model.params.variables, { weightDecay: config.weight_decay });
    this.mixedPrecision = config.mixed_precision === 'auto' ? opts.backend === 'webgpu' : config.mixed_precision;
    this.scaler = new LossScaler({ enabled: this.mixedPrecision });
    this.maxTokensPerPass = resolveMaxTokensPerPass(config.max_tokens_per_pass, opts.backend, model.config);

    this.tokenizer = opts.tokenizer;
    this.views = new TrainingViews(data, opts.tokenizer, {
      views: config.train_views,
      viewsPerFile: config.views_per_file,
      seed: config.seed,
      balanceLanguages: config.balance_languages,
    });
    const lengths = (epoch: number) => this.views.forEpoch(epoch).map((ids) => ids.length);
    this.planOptions = epochPlanOptions(config);
    this.schedule = restored
      ? BatchSchedule.resume(lengths, this.planOptions, restored.schedule)
      : BatchSchedule.start(lengths, this.planOptions, deriveSeed(config.seed, 'shuffle'));
    // An epoch's last group of micro-batches still makes an optimizer step, even when shorter than the
    // accumulation (as transformers' Trainer does), so no example is ever left out.
    if (config.gradient_accumulation_steps > this.schedule.batchesPerEpoch) {
      // Every step would be one short group whose loss and gradients are divided by the full accumulation.
      throw new Error(
        `gradient_accumulation_steps ${config.gradient_accumulation_steps} is more than the ${this.schedule.batchesPerEpoch} micro-batches of an epoch ` +
          `(${this.views.size} training examples in batches of ${config.batch_size}): lower it or the batch size`,
      );
    }
    this.stepsPerEpoch = Math.ceil(this.schedule.batchesPerEpoch / config.gradient_accumulation_steps);
    this.totalSteps = config.epochs * this.stepsPerEpoch;
    this.lrSchedule = {
      lr: config.learning_rate,
      warmupSteps: warmupStepsFor(this.totalSteps, config.warmup_ratio),
      totalSteps: this.totalSteps,
    };
    this.state = restored?.state ?? {
      modelConfig: model.config,
      trainConfig: config,
      labels: data.labels,
      tokenizerFingerprint: opts.tokenizerFingerprint,
      dataFingerprint: datasetFingerprint(data),
      optimizerStep: 0,
      microStep: 0,
      epochsCompleted: 0,
      epochLossSum: 0,
      epochSteps: 0,
      skippedSteps: 0,
      elapsedSeconds: 0,
      bestValidationLoss: null,
      bestEpoch: null,
      epochsWithoutImprovement: 0,
      earlyStopped: false,
      finished: false,
      history: { steps: [], epochs: [], test: null },
    };
  }

  /**
   * A trainer that continues the run saved in `bytes` (same data and tokenizer), exactly where it stopped, with
   * the run's settings except `opts.config.max_tokens_per_pass` (this machine's memory budget; same maths).
   */
  static async resume(opts: Omit<TrainerOptions, 'model'> & { model: RobertaModel }, bytes: Uint8Array): Promise<Trainer> {
    const run = restoreRun(bytes, { model: opts.model, data: opts.data, tokenizerFingerprint: opts.tokenizerFingerprint, maxTokensPerPass: opts.config.max_tokens_per_pass });
    const trainer = new Trainer({ ...opts, config: run.config }, { state: run.state, schedule: run.schedule });
    trainer.optimizer.importState(run.adam);
    trainer.scaler.loadState(run.scaler);
    trainer.bestWeights = run.bestWeights;
    return trainer;
  }

  get currentStatus(): TrainerStatus {
    return this.status;
  }

  pause(): void {
    if (this.status !== 'running' || this.pausePromise) return;
    this.pausePromise = new Promise((resolve) => (this.resumeWaiter = resolve));
    this.setStatus('paused');
  }

  resume(): void {
    if (!this.resumeWaiter) return;
    this.resumeWaiter();
    this.resumeWaiter = null;
    this.pausePromise = null;
    this.setStatus('running');
  }

  /** Stop after the current step; a checkpoint of exactly this point is written so the run can continue. */
  stop(): void {
    this.stopRequested = true;
    this.resume();
  }

  /** Runs until the last epoch, early stopping or stop(). */
  async run(): Promise<TrainResult> {
    this.stopRequested = false;
    this.setStatus('running');
    let windowLoss = tf.scalar(0);
    let windowSteps = 0;
    let windowTokens = 0;
    let windowStart = performance.now();
    let lastGradNorm: tf.Scalar | null = null;
    let consecutiveSkipped = 0;
    let diverged = false;

    const report = async () => {
      if (windowSteps === 0) return;
      // Device → host, every log_every steps: the running loss and the last gradient norm for the charts.
      const [lossSum, gradNorm] = await Promise.all([windowLoss.data(), lastGradNorm ? lastGradNorm.data() : [NaN]]);
      // fp32 has no scaler to skip a bad step: a non-finite mean loss means the weights are already lost.
      if (!this.mixedPrecision && !Number.isFinite(lossSum[0]!)) diverged = true;
      const seconds = (performance.now() - windowStart) / 1000;
      this.state.elapsedSeconds += seconds;
      const event: StepEvent = {
        epoch: this.state.epochsCompleted,
        step: this.state.optimizerStep,
        totalSteps: this.totalSteps,
        loss: lossSum[0]! / windowSteps,
        lr: lrForOptimizerStep(this.state.optimizerStep, this.lrSchedule),
        lossScale: this.scaler.scale,
        gradNorm: gradNorm[0]!,
        skippedSteps: this.state.skippedSteps,
        tokensPerSecond: windowTokens / seconds,
        etaSeconds: ((this.totalSteps - this.state.optimizerStep) * seconds) / windowSteps,
        elapsedSeconds: this.state.elapsedSeconds,
      };
      this.state.epochLossSum += lossSum[0]!;
      this.state.history.steps.push({ step: event.step, epoch: event.epoch, loss: event.loss, lr: event.lr, lossScale: event.lossScale, gradNorm: event.gradNorm });
      this.events.onStep?.(event);
      windowLoss.dispose();
      windowLoss = tf.scalar(0);
      windowSteps = 0;
      windowTokens = 0;
      windowStart = performance.now();
    };

    try {
      while (!this.state.finished) {
        // A macrotask break between optimizer steps: a worker's message handler (pause, resume, stop) and a
        // page's rendering get their turn even when every tfjs read resolves as a microtask (wasm).
        await yieldToEventLoop();
        if (this.pausePromise) {
          const pausedAt = performance.now();
          await this.pausePromise;
          windowStart += performance.now() - pausedAt; // paused time is not training time
        }
        if (this.stopRequested) break;
        const { microBatches, epochEnded } = this.nextMicroBatches();
        const stepIndex = this.state.optimizerStep + 1;
        const firstMicro = this.state.microStep;
        const result = await trainStep({
          model: this.model,
          optimizer: this.optimizer,
          scaler: this.scaler,
          microBatches,
          accumulationSteps: this.config.gradient_accumulation_steps,
          lr: lrForOptimizerStep(stepIndex, this.lrSchedule),
          maxGradNorm: this.config.max_grad_norm,
          maxTokensPerPass: this.maxTokensPerPass,
          contextFor: (i) =>
            trainingContext({
              seed: deriveSeed(this.config.seed, 'dropout'),
              step: firstMicro + i,
              castMatmul: this.mixedPrecision ? toFp16 : undefined,
            }),
        });
        this.state.optimizerStep = stepIndex;
        this.state.microStep += microBatches.length;
        this.state.epochSteps++;
        if (result.skipped) this.state.skippedSteps++;
        consecutiveSkipped = result.skipped ? consecutiveSkipped + 1 : 0;
        if (consecutiveSkipped >= MAX_CONSECUTIVE_SKIPPED_STEPS) diverged = true;
        const nextWindow = tf.add(windowLoss, result.loss) as tf.Scalar;
        tf.dispose([windowLoss, result.loss, lastGradNorm ?? []]);
        windowLoss = nextWindow;
        lastGradNorm = result.gradNorm;
        windowSteps++;
        // The logical micro-batches' tokens: passes split for memory re-pad, but their real tokens add up to these.
        windowTokens += microBatches.reduce((s, b) => s + b.realTokens, 0);
        if (windowSteps >= this.config.log_every || epochEnded) await report();
        if (diverged) break;
        if (epochEnded) await this.endEpoch();
      }
      if (!diverged) await report();
    } finally {
      tf.dispose([windowLoss, lastGradNorm ?? []]);
    }

    if (diverged) {
      // No checkpoint: the last one written (an epoch's end, or the start) is the last good state.
      this.events.onWarning?.(
        `training diverged at step ${this.state.optimizerStep}: the loss is not finite` +
          (this.mixedPrecision ? ` (${MAX_CONSECUTIVE_SKIPPED_STEPS} steps in a row skipped by the loss scaler)` : '') +
          '. Nothing was saved over the last checkpoint; lower the learning rate and resume it or start again.',
      );
      this.setStatus('diverged');
      return { status: 'diverged', test: null, bestEpoch: this.state.bestEpoch };
    }

    if (!this.state.finished) {
      await this.saveCheckpoint('stop');
      this.setStatus('stopped');
      return { status: 'stopped', test: null, bestEpoch: this.state.bestEpoch };
    }
    const test = await this.finish();
    return { status: this.status, test, bestEpoch: this.state.bestEpoch };
  }

  /** The micro-batches of the next optimizer step; never crosses an epoch boundary. */
  private nextMicroBatches(): { microBatches: Batch[]; epochEnded: boolean } {
    const microBatches: Batch[] = [];
    let epochEnded = false;
    while (microBatches.length < this.config.gradient_accumulation_steps && !epochEnded) {
      const scheduled = this.schedule.next();
      const tokenIds = this.views.forEpoch(scheduled.epoch);
      microBatches.push(makeBatch(tokenIds, this.views.labels, scheduled.indices, { padId: this.data.padId }));
      epochEnded = this.schedule.state.batchIndex >= this.schedule.batchesPerEpoch;
    }
    return { microBatches, epochEnded };
  }

  private async endEpoch(): Promise<void> {
    const epoch = this.state.epochsCompleted;
    const trainLoss = this.state.epochLossSum / Math.max(1, this.state.epochSteps);
    const validation = await this.evaluateSplit('validation', epoch);
    let improved = false;
    if (validation) {
      const best = this.state.bestValidationLoss;
      improved = best === null || validation.loss < best;
      if (improved) {
        this.state.bestValidationLoss = validation.loss;
        this.state.bestEpoch = epoch;
        this.state.epochsWithoutImprovement = 0;
        this.keepBestWeights();
      } else {
        this.state.epochsWithoutImprovement++;
      }
    }
    this.state.epochsCompleted = epoch + 1;
    this.state.epochLossSum = 0;
    this.state.epochSteps = 0;
    this.state.earlyStopped = this.state.epochsWithoutImprovement >= this.config.early_stopping_patience;
    this.state.finished = this.state.earlyStopped || this.state.epochsCompleted >= this.config.epochs;
    this.state.history.epochs.push({
      epoch,
      trainLoss,
      validationLoss: validation?.loss ?? null,
      validationAccuracy: validation?.accuracy ?? null,
      validationViews: validation ? viewScores(validation.views) : undefined,
    });
    this.events.onEpoch?.({
      epoch,
      trainLoss,
      validation,
      improved,
      bestEpoch: this.state.bestEpoch,
      epochsWithoutImprovement: this.state.epochsWithoutImprovement,
    });
    if (!this.state.finished) await this.saveCheckpoint('epoch');
  }

  /** Best weights restored (early stopping), test split evaluated, final checkpoint written. */
  private async finish(): Promise<EvaluationSummary | null> {
    if (this.bestWeights && this.state.bestEpoch !== this.state.epochsCompleted - 1) {
      for (const [name, value] of this.bestWeights) this.model.params.get(name).assign(value);
    }
    const test = await this.evaluateSplit('test', this.state.epochsCompleted - 1);
    this.state.history.test = test ? { loss: test.loss, accuracy: test.accuracy, views: viewScores(test.views) } : null;
    if (test) this.events.onTest?.(test);
    await this.saveCheckpoint('final');
    this.setStatus(this.state.earlyStopped ? 'early-stopped' : 'finished');
    return test;
  }

  private async evaluateSplit(split: 'validation' | 'test', epoch: number): Promise<EvaluationSummary | null> {
    const indices = this.data.split[split];
    if (indices.length === 0) return null;
    const r = await evaluate(this.model, this.data, indices, {
      views: this.config.eval_views,
      batchSize: this.config.batch_size,
      tokenizer: this.tokenizer,
      seed: this.config.seed,
      cache: this.evaluationRows,
    });
    const views = r.views.map((v) => ({ ...v, yPred: [...v.yPred] }));
    const first = views[0]!;
    return {
      split,
      epoch,
      loss: r.loss,
      accuracy: first.accuracy,
      confusionMatrix: first.confusionMatrix,
      report: first.report,
      examples: [...r.examples],
      yTrue: [...r.yTrue],
      yPred: first.yPred,
      views,
    };
  }

  private keepBestWeights(): void {
    const previous = this.bestWeights;
    this.bestWeights = new Map([...this.model.params.trainable()].map(([name, v]) => [name, tf.clone(v)]));
    if (previous) for (const t of previous.values()) t.dispose();
  }

  private async saveCheckpoint(reason: 'epoch' | 'stop' | 'final'): Promise<void> {
    if (!this.events.onCheckpoint) return;
    const bytes = await checkpointBytes({
      model: this.model,
      optimizer: this.optimizer,
      state: this.state,
      schedule: this.schedule.state,
      scaler: this.scaler.state(),
      bestWeights: this.bestWeights,
    });
    const last = this.state.history.epochs.at(-1);
    try {
      await this.events.onCheckpoint({
        bytes,
        reason,
        epoch: this.state.epochsCompleted,
        step: this.state.optimizerStep,
        validationLoss: last?.validationLoss ?? null,
        validationAccuracy: last?.validationAccuracy ?? null,
      });
    } catch (err) {
      this.events.onWarning?.(`checkpoint not saved: ${(err as Error).message}. Training goes on; earlier checkpoints are kept.`);
    }
  }

  private setStatus(status: TrainerStatus): void {
    this.status = status;
    this.events.onStatus?.(status);
  }

  /** Frees the optimizer state and the best-weights copy (the model belongs to the caller). */
  dispose(): void {
    this.optimizer.dispose();
    if (this.bestWeights) for (const t of this.bestWeights.values()) t.dispose();
    this.bestWeights = null;
  }
}
