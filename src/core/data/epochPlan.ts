/**
 * Which examples go into which batch, epoch after epoch — seeded and resumable.
 *
 * Length bucketing: shuffle, cut into chunks of `chunkBatches` batches, sort each chunk by length, cut
 * into batches, then shuffle the batch order. Rows of a batch then have similar lengths (little
 * padding) while batches stay random across the epoch and each chunk mixes classes.
 *
 * Resume: an epoch's plan is a pure function of the lengths, the options and the RNG state at the start
 * of that epoch. `BatchSchedule.state` is (epoch, next batch index, that state): a run resumed from it
 * yields exactly the batches an uninterrupted run would have.
 */
import { Rng, shuffle, type RngState } from '../random.ts';

/** Length-bucketing chunk (in batches): long enough to sort well, short enough to keep epochs random. */
export const BUCKET_CHUNK_BATCHES = 50;

export interface EpochPlanOptions {
  batchSize: number;
  /** Reorder examples each epoch. Default true. */
  shuffle?: boolean;
  /** Length bucketing: batches per sorted chunk (e.g. 50), or 0/undefined for none. Needs shuffle. */
  bucketChunkBatches?: number;
}

/** One epoch's batches (lists of example indices). Consumes `rng` (only when shuffling). */
export function planEpoch(lengths: ArrayLike<number>, options: EpochPlanOptions, rng: Rng): number[][] {
  const { batchSize } = options;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  }
  const order = Array.from({ length: lengths.length }, (_, i) => i);
  if (options.shuffle === false) return chunk(order, batchSize);

  shuffle(order, rng);
  const chunkBatches = options.bucketChunkBatches ?? 0;
  if (chunkBatches <= 0) return chunk(order, batchSize);

  const batches: number[][] = [];
  const chunkSize = chunkBatches * batchSize;
  for (let start = 0; start < order.length; start += chunkSize) {
    // Stable sort of a shuffled chunk: equal lengths keep their random order.
    const sorted = order.slice(start, start + chunkSize).sort((x, y) => lengths[x]! - lengths[y]!);
    batches.push(...chunk(sorted, batchSize));
  }
  return shuffle(batches, rng);
}

/**
 * Evaluation batches: all examples sorted by length (minimal padding), no randomness.
 * Results are mapped back through each batch's example indices.
 */
export function planEvaluation(lengths: ArrayLike<number>, batchSize: number): number[][] {
  const order = Array.from({ length: lengths.length }, (_, i) => i);
  order.sort((x, y) => lengths[x]! - lengths[y]! || x - y);
  return chunk(order, batchSize);
}

function chunk(order: number[], size: number): number[][] {
  const batches: number[][] = [];
  for (let start = 0; start < order.length; start += size) batches.push(order.slice(start, start + size));
  return batches;
}

/** Where a training run stands: saved in checkpoints. */
export interface ScheduleState {
  /** 0-based epoch of the next batch. */
  epoch: number;
  /** Index within that epoch of the next batch. */
  batchIndex: number;
  /** RNG state at the start of `epoch` (before its plan was drawn). */
  epochRngState: RngState;
}

export interface ScheduledBatch {
  epoch: number;
  batchIndex: number;
  /** Example indices of this batch. */
  indices: number[];
}

/** Example lengths: the same every epoch, or each epoch's own (training views are drawn anew each epoch). */
export type EpochLengths = ArrayLike<number> | ((epoch: number) => ArrayLike<number>);

export class BatchSchedule {
  private plan: number[][];
  private epochRngState: RngState;
  private readonly rng: Rng;
  private epoch: number;
  private batchIndex: number;

  private constructor(
    private readonly lengths: EpochLengths,
    private readonly options: EpochPlanOptions,
    state: ScheduleState,
  ) {
    this.epochRngState = state.epochRngState;
    this.rng = Rng.fromState(state.epochRngState);
    this.plan = planEpoch(this.lengthsOf(state.epoch), options, this.rng);
    this.epoch = state.epoch;
    this.batchIndex = state.batchIndex;
    if (this.batchIndex < 0 || this.batchIndex > this.plan.length) {
      throw new RangeError(`batch index ${this.batchIndex} is outside an epoch of ${this.plan.length} batches`);
    }
  }

  /** A fresh schedule from epoch 0, batch 0. */
  static start(lengths: EpochLengths, options: EpochPlanOptions, seed: number): BatchSchedule {
    const epochRngState = Rng.fromSeed(seed).getState();
    return new BatchSchedule(lengths, options, { epoch: 0, batchIndex: 0, epochRngState });
  }

  /** Continue exactly where `state` (from `.state` of an earlier schedule on the same data) left off. */
  static resume(lengths: EpochLengths, options: EpochPlanOptions, state: ScheduleState): BatchSchedule {
    return new BatchSchedule(lengths, options, state);
  }

  private lengthsOf(epoch: number): ArrayLike<number> {
    return typeof this.lengths === 'function' ? this.lengths(epoch) : this.lengths;
  }

  get batchesPerEpoch(): number {
    return this.plan.length;
  }

  /** The position of the next batch, for a checkpoint. */
  get state(): ScheduleState {
    const { words, spareNormal } = this.epochRngState;
    return { epoch: this.epoch, batchIndex: this.batchIndex, epochRngState: { words: [...words], spareNormal } };
  }

  /** The next batch; rolls over into the next epoch (drawing its plan) when one is exhausted. */
  next(): ScheduledBatch {
    if (this.batchIndex >= this.plan.length) {
      // The next epoch's RNG continues where drawing this epoch's plan left it.
      this.epochRngState = this.rng.getState();
      this.plan = planEpoch(this.lengthsOf(this.epoch + 1), this.options, this.rng);
      this.epoch++;
      this.batchIndex = 0;
    }
    if (this.plan.length === 0) throw new Error('BatchSchedule: there are no examples to batch');
    const batch = { epoch: this.epoch, batchIndex: this.batchIndex, indices: this.plan[this.batchIndex]! };
    this.batchIndex++;
    return batch;
  }
}
