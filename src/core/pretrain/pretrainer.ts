/**
 * Masked-language-model pretraining of a RoBERTa from scratch (how a small offline CodeBERTa is made):
 * blocks of code tokens, 15% masked (80/10/10), AdamW with linear warmup and decay, gradient clipping, a held-out
 * evaluation every `eval_every` steps, checkpoints every `checkpoint_every` steps. Seeded and resumable: the
 * checkpoint carries the step, the data order, the masking RNG and the optimizer moments.
 */
import * as tf from '@tensorflow/tfjs-core';
import { readTrainingCheckpoint, writeTrainingCheckpoint, type TrainingCheckpoint } from '../checkpoint/trainingCheckpoint.ts';
import { makeBatch } from '../data/batches.ts';
import { BatchSchedule, BUCKET_CHUNK_BATCHES, planEvaluation, type ScheduleState } from '../data/epochPlan.ts';
import type { RobertaConfig } from '../model/config.ts';
import { inferenceContext, trainingContext } from '../model/context.ts';
import { exportMaskedLMStateDict, maskedLMLoss } from '../model/maskedLM.ts';
import { loadStateDict, type RobertaModel } from '../model/params.ts';
import { deriveSeed, Rng, type RngState } from '../random.ts';
import { AdamW } from '../train/adamw.ts';
import { applyGradients } from '../train/applyGradients.ts';
import { LossScaler } from '../train/lossScaler.ts';
import { lrForOptimizerStep, warmupStepsFor } from '../train/schedule.ts';
import { momentsFromCheckpoint, momentsToCheckpoint } from '../train/trainerState.ts';
import { maskTokens, type MaskingOptions } from './masking.ts';
import { yieldToEventLoop } from '../yieldToEventLoop.ts';

export interface PretrainConfig {
  steps: number;
  batch_size: number;
  learning_rate: number;
  warmup_ratio: number;
  weight_decay: number;
  max_grad_norm: number;
  mlm_probability: number;
  seed: number;
  log_every: number;
  eval_every: number;
  /**
   * Line-run views per file added to the tiled blocks (blocks.ts viewBlocks), drawn from `seed`: part of the data,
   * so a resumed run rebuilds the same examples. 0 in checkpoints written before views existed.
   */
  views_per_file: number;
}

export const DEFAULT_PRETRAIN_CONFIG: PretrainConfig = {
  steps: 2000,
  batch_size: 16,
  learning_rate: 5e-4,
  warmup_ratio: 0.06,
  weight_decay: 0.01,
  max_grad_norm: 1.0,
  mlm_probability: 0.15,
  seed: 42,
  log_every: 10,
  eval_every: 250,
  views_per_file: 1,
};

export interface PretrainStepEvent {
  step: number;
  totalSteps: number;
  loss: number; // mean MLM loss since the last event
  lr: number;
  tokensPerSecond: number;
  etaSeconds: number;
}

export interface PretrainState {
  kind: 'pretrain';
  modelConfig: RobertaConfig;
  config: PretrainConfig;
  step: number;
  schedule: ScheduleState;
  maskRng: RngState;
  adamStep: number;
  elapsedSeconds: number;
  history: { steps: { step: number; loss: number; lr: number }[]; evals: { step: number; loss: number }[] };
}

export interface PretrainEvents {
  onStep?(e: PretrainStepEvent): void;
  onEval?(e: { step: number; loss: number }): void;
  /** Awaited: persist the checkpoint bytes (resumable) — every eval and at the end. */
  onCheckpoint?(bytes: Uint8Array, step: number): void | Promise<void>;
}

/** A pretraining checkpoint's state (its config completed for checkpoints older than a field) and tensors. */
export function readPretrainCheckpoint(bytes: Uint8Array): TrainingCheckpoint<PretrainState> {
  const read = readTrainingCheckpoint<PretrainState>(bytes);
  if (read.state.kind !== 'pretrain') throw new Error('not a pretraining checkpoint');
  read.state.config = { ...read.state.config, views_per_file: read.state.config.views_per_file ?? 0 };
  return read;
}

export class Pretrainer {
  readonly optimizer: AdamW;
  private readonly scaler = new LossScaler({ enabled: false });
  private readonly schedule: BatchSchedule;
  private readonly maskRng: Rng;
  private readonly masking: MaskingOptions;
  private stopRequested = false;
  state: PretrainState;

  constructor(
    readonly model: RobertaModel,
    readonly train: Int32Array[],
    readonly heldOut: Int32Array[],
    readonly padId: number,
    masking: Omit<MaskingOptions, 'probability'>,
    readonly config: PretrainConfig,
    restored?: PretrainState,
  ) {
    this.masking = { ...masking, probability: config.mlm_probability };
    this.optimizer = new AdamW(model.params.variables, { weightDecay: config.weight_decay });
    const lengths = train.map((b) => b.length);
    const planOptions = { batchSize: config.batch_size, shuffle: true, bucketChunkBatches: BUCKET_CHUNK_BATCHES };
    this.schedule = restored
      ? BatchSchedule.resume(lengths, planOptions, restored.schedule)
      : BatchSchedule.start(lengths, planOptions, deriveSeed(config.seed, 'shuffle'));
    this.maskRng = restored ? Rng.fromState(restored.maskRng) : Rng.fromSeed(deriveSeed(config.seed, 'mask'));
    this.state = restored ?? {
      kind: 'pretrain',
      modelConfig: model.config,
      config,
      step: 0,
      schedule: this.schedule.state,
      maskRng: this.maskRng.getState(),
      adamStep: 0,
      elapsedSeconds: 0,
      history: { steps: [], evals: [] },
    };
  }

  /** Continues a saved run (readPretrainCheckpoint) on the same data. */
  static resume(
    model: RobertaModel,
    train: Int32Array[],
    heldOut: Int32Array[],
    padId: number,
    masking: Omit<MaskingOptions, 'probability'>,
    { state, tensors }: TrainingCheckpoint<PretrainState>,
  ): Pretrainer {
    loadStateDict(model, tensors.model);
    const p = new Pretrainer(model, train, heldOut, padId, masking, state.config, state);
    p.optimizer.importState(momentsFromCheckpoint(tensors, model.params.specs, state.adamStep));
    return p;
  }

  stop(): void {
    this.stopRequested = true;
  }

  async run(events: PretrainEvents = {}): Promise<PretrainState> {
    const { config } = this;
    const lr = { lr: config.learning_rate, warmupSteps: warmupStepsFor(config.steps, config.warmup_ratio), totalSteps: config.steps };
    let windowLoss = tf.scalar(0);
    let windowSteps = 0;
    let windowTokens = 0;
    let windowStart = performance.now();
    try {
      while (this.state.step < config.steps && !this.stopRequested) {
        // Lets a stop (a worker message, Ctrl-C, SIGTERM) arrive between steps; without it none could until the end.
        await yieldToEventLoop();
        if (this.stopRequested) break;
        const step = this.state.step + 1;
        const batch = makeBatch(this.train, new Int32Array(this.train.length), this.schedule.next().indices, { padId: this.padId });
        const masked = maskTokens(batch.inputIds, this.masking, this.maskRng);
        const loss = await this.trainStep(batch.batchSize, batch.seqLen, batch.attentionMask, masked, lrForOptimizerStep(step, lr), step);
        const next = tf.add(windowLoss, loss) as tf.Scalar;
        tf.dispose([windowLoss, loss]);
        windowLoss = next;
        windowSteps++;
        windowTokens += batch.realTokens;
        this.state.step = step;
        if (windowSteps >= config.log_every || step === config.steps) {
          const mean = (await windowLoss.data())[0]! / windowSteps; // device → host every log_every steps
          const seconds = (performance.now() - windowStart) / 1000;
          this.state.elapsedSeconds += seconds;
          const event = { step, totalSteps: config.steps, loss: mean, lr: lrForOptimizerStep(step, lr), tokensPerSecond: windowTokens / seconds, etaSeconds: ((config.steps - step) * seconds) / windowSteps };
          this.state.history.steps.push({ step, loss: mean, lr: event.lr });
          events.onStep?.(event);
          windowLoss.dispose();
          windowLoss = tf.scalar(0);
          windowSteps = 0;
          windowTokens = 0;
          windowStart = performance.now();
        }
        if (step % config.eval_every === 0 || step === config.steps) {
          // No held-out blocks (a tiny corpus): nothing to record; a NaN would come back from the checkpoint's JSON as null.
          if (this.heldOut.length > 0) {
            const evalLoss = await this.evaluate();
            this.state.history.evals.push({ step, loss: evalLoss });
            events.onEval?.({ step, loss: evalLoss });
          }
          await events.onCheckpoint?.(await this.checkpoint(), step);
        }
      }
    } finally {
      windowLoss.dispose();
    }
    if (this.stopRequested) await events.onCheckpoint?.(await this.checkpoint(), this.state.step);
    return this.state;
  }

  private async trainStep(B: number, T: number, mask: Int32Array, masked: ReturnType<typeof maskTokens>, lr: number, step: number): Promise<tf.Scalar> {
    const vars = [...this.model.params.trainable().values()];
    const nameOf = new Map([...this.model.params.trainable()].map(([n, v]) => [v.name, n]));
    const inputs = {
      inputIds: tf.tensor2d(masked.inputIds, [B, T], 'int32'),
      attentionMask: tf.tensor2d(mask, [B, T], 'int32'),
      positions: tf.tensor1d(masked.positions, 'int32'),
      targets: tf.tensor1d(masked.targets, 'int32'),
    };
    const ctx = trainingContext({ seed: deriveSeed(this.config.seed, 'dropout'), step });
    const { value, grads } = tf.variableGrads(() => maskedLMLoss(this.model, inputs, ctx), vars);
    tf.dispose(Object.values(inputs));
    const named = new Map(Object.entries(grads).map(([v, g]) => [nameOf.get(v)!, g]));
    const { gradNorm } = await applyGradients({ grads: named, optimizer: this.optimizer, scaler: this.scaler, lr, maxGradNorm: this.config.max_grad_norm });
    gradNorm.dispose();
    return value;
  }

  /** Mean MLM loss on the held-out blocks, with a fixed masking (the same positions at every evaluation). */
  async evaluate(): Promise<number> {
    if (this.heldOut.length === 0) return NaN;
    const rng = Rng.fromSeed(deriveSeed(this.config.seed, 'eval-mask'));
    let sum = 0;
    let count = 0;
    for (const indices of planEvaluation(this.heldOut.map((b) => b.length), this.config.batch_size)) {
      const batch = makeBatch(this.heldOut, new Int32Array(this.heldOut.length), indices, { padId: this.padId });
      const masked = maskTokens(batch.inputIds, this.masking, rng);
      const loss = tf.tidy(() =>
        maskedLMLoss(
          this.model,
          {
            inputIds: tf.tensor2d(masked.inputIds, [batch.batchSize, batch.seqLen], 'int32'),
            attentionMask: tf.tensor2d(batch.attentionMask, [batch.batchSize, batch.seqLen], 'int32'),
            positions: tf.tensor1d(masked.positions, 'int32'),
            targets: tf.tensor1d(masked.targets, 'int32'),
          },
          inferenceContext(),
        ),
      );
      sum += (await loss.data())[0]! * masked.positions.length; // device → host once per evaluation batch
      count += masked.positions.length;
      loss.dispose();
    }
    return sum / count;
  }

  async checkpoint(): Promise<Uint8Array> {
    const adam = await this.optimizer.exportState();
    this.state.schedule = this.schedule.state;
    this.state.maskRng = this.maskRng.getState();
    this.state.adamStep = adam.step;
    return writeTrainingCheckpoint({
      state: this.state,
      tensors: { model: await exportMaskedLMStateDict(this.model), ...momentsToCheckpoint(adam, this.model.params.specs) },
    });
  }

  dispose(): void {
    this.optimizer.dispose();
  }
}
