import { describe, expect, it } from 'vitest';
import { makeBatch, paddedLength, paddingStats } from '../../src/core/data/batches.ts';
import { BatchSchedule, planEpoch, planEvaluation, type EpochPlanOptions } from '../../src/core/data/epochPlan.ts';
import { Rng } from '../../src/core/random.ts';

const PAD = 1; // RoBERTa's <pad>

/** Token rows of the given lengths; ids encode (example, position) so misplaced tokens are caught. */
const rows = (lengths: number[]) => lengths.map((n, e) => Array.from({ length: n }, (_, t) => 1000 * (e + 1) + t));

describe('makeBatch', () => {
  const tokens = rows([5, 3, 7, 2]);
  const labels = [0, 2, 1, 2];

  it('pads to the longest row of the batch, on the right, with masks', () => {
    const b = makeBatch(tokens, labels, [1, 0, 3], { padId: PAD });
    expect(b.batchSize).toBe(3);
    expect(b.seqLen).toBe(5); // the longest of 3, 5, 2 — not example 2's 7, not max_length
    const row = (r: number) => Array.from(b.inputIds.subarray(r * 5, r * 5 + 5));
    const mask = (r: number) => Array.from(b.attentionMask.subarray(r * 5, r * 5 + 5));
    expect(row(0)).toEqual([...tokens[1]!, PAD, PAD]);
    expect(row(1)).toEqual(tokens[0]);
    expect(row(2)).toEqual([...tokens[3]!, PAD, PAD, PAD]);
    expect(mask(0)).toEqual([1, 1, 1, 0, 0]);
    expect(mask(1)).toEqual([1, 1, 1, 1, 1]);
    expect(mask(2)).toEqual([1, 1, 0, 0, 0]);
    expect(Array.from(b.labels)).toEqual([2, 0, 2]);
    expect(Array.from(b.exampleIndices)).toEqual([1, 0, 3]);
    expect(b.inputIds).toBeInstanceOf(Int32Array);
    expect(b.attentionMask).toBeInstanceOf(Int32Array);
    expect(b.labels).toBeInstanceOf(Int32Array);
    expect(b.realTokens).toBe(10);
    expect(b.paddingTokens).toBe(5);
  });

  it('rounds T up to a multiple when asked, capped at maxSeqLen but never cutting a row', () => {
    expect(makeBatch(tokens, labels, [0, 1], { padId: PAD, padToMultipleOf: 8 }).seqLen).toBe(8);
    expect(makeBatch(tokens, labels, [0, 2], { padId: PAD, padToMultipleOf: 8, maxSeqLen: 6 }).seqLen).toBe(7);
    expect(paddedLength(510, { padToMultipleOf: 8, maxSeqLen: 512 })).toBe(512);
    expect(paddedLength(509, { padToMultipleOf: 64, maxSeqLen: 512 })).toBe(512);
    expect(paddedLength(17, {})).toBe(17);
  });

  it('accepts typed-array token rows and rejects empty batches and rows', () => {
    const typed = tokens.map((r) => Int32Array.from(r));
    expect(makeBatch(typed, labels, [2], { padId: PAD }).inputIds).toEqual(Int32Array.from(tokens[2]!));
    expect(() => makeBatch(tokens, labels, [], { padId: PAD })).toThrow(/at least one/);
    expect(() => makeBatch([[]], [0], [0], { padId: PAD })).toThrow(/no tokens/);
    expect(() => makeBatch(tokens, labels, [9], { padId: PAD })).toThrow(RangeError);
  });
});

/** 1000 examples with lengths spread over 3..512, like tokenized source files. */
const lengthRng = Rng.fromSeed(123);
const LENGTHS = Array.from({ length: 1000 }, () => 3 + lengthRng.int(510));

const sortedCopy = (xs: number[]) => [...xs].sort((a, b) => a - b);
const everyIndex = (plan: number[][]) => sortedCopy(plan.flat());
const allIndices = Array.from({ length: LENGTHS.length }, (_, i) => i);

describe('planEpoch', () => {
  it('without shuffling: consecutive batches, last one partial', () => {
    const plan = planEpoch([5, 5, 5, 5, 5], { batchSize: 2, shuffle: false }, Rng.fromSeed(0));
    expect(plan).toEqual([[0, 1], [2, 3], [4]]);
  });

  it('shuffled: every example exactly once, seeded', () => {
    const options = { batchSize: 16 };
    const plan = planEpoch(LENGTHS, options, Rng.fromSeed(1));
    expect(plan).toHaveLength(Math.ceil(1000 / 16));
    expect(everyIndex(plan)).toEqual(allIndices);
    expect(planEpoch(LENGTHS, options, Rng.fromSeed(1))).toEqual(plan);
    expect(planEpoch(LENGTHS, options, Rng.fromSeed(2))).not.toEqual(plan);
  });

  it('length bucketing: sorted within chunks, batch order shuffled, much less padding', () => {
    const plain = planEpoch(LENGTHS, { batchSize: 16 }, Rng.fromSeed(5));
    const bucketed = planEpoch(LENGTHS, { batchSize: 16, bucketChunkBatches: 10 }, Rng.fromSeed(5));
    expect(everyIndex(bucketed)).toEqual(allIndices);
    expect(bucketed).toHaveLength(plain.length);
    for (const batch of bucketed) {
      const lengths = batch.map((i) => LENGTHS[i]!);
      expect(lengths).toEqual(sortedCopy(lengths));
    }
    // Batch order is not the sorted order: the longest rows of consecutive batches go up and down.
    const maxima = bucketed.map((b) => LENGTHS[b[b.length - 1]!]!);
    expect(maxima).not.toEqual(sortedCopy(maxima));
    const wastePlain = paddingStats(LENGTHS, plain).wasteFraction;
    const wasteBucketed = paddingStats(LENGTHS, bucketed).wasteFraction;
    expect(wastePlain).toBeGreaterThan(0.4);
    expect(wasteBucketed).toBeLessThan(0.1);
  });

  it('rejects a bad batch size', () => {
    expect(() => planEpoch(LENGTHS, { batchSize: 0 }, Rng.fromSeed(0))).toThrow(RangeError);
  });
});

describe('planEvaluation', () => {
  it('sorts by length for minimal padding and covers every example once', () => {
    const plan = planEvaluation(LENGTHS, 32);
    expect(everyIndex(plan)).toEqual(allIndices);
    const flat = plan.flat().map((i) => LENGTHS[i]!);
    expect(flat).toEqual(sortedCopy(flat));
  });
});

describe('paddingStats', () => {
  it('agrees with the batches makeBatch builds', () => {
    const tokens = rows(LENGTHS.slice(0, 100));
    const plan = planEpoch(LENGTHS.slice(0, 100), { batchSize: 8 }, Rng.fromSeed(9));
    const built = plan.map((indices) => makeBatch(tokens, new Array(100).fill(0), indices, { padId: PAD, padToMultipleOf: 8 }));
    const stats = paddingStats(LENGTHS.slice(0, 100), plan, { padToMultipleOf: 8 });
    expect(stats.realTokens).toBe(built.reduce((a, b) => a + b.realTokens, 0));
    expect(stats.paddedTokens).toBe(built.reduce((a, b) => a + b.batchSize * b.seqLen, 0));
  });
});

describe('BatchSchedule', () => {
  const options: EpochPlanOptions = { batchSize: 64, bucketChunkBatches: 4 };
  const perEpoch = Math.ceil(1000 / 64); // 16

  const run = (schedule: BatchSchedule, n: number) => Array.from({ length: n }, () => schedule.next());

  it('rolls over epochs, each a fresh permutation', () => {
    const batches = run(BatchSchedule.start(LENGTHS, options, 42), 3 * perEpoch);
    for (let epoch = 0; epoch < 3; epoch++) {
      const ofEpoch = batches.filter((b) => b.epoch === epoch);
      expect(ofEpoch.map((b) => b.batchIndex)).toEqual(Array.from({ length: perEpoch }, (_, i) => i));
      expect(everyIndex(ofEpoch.map((b) => b.indices))).toEqual(allIndices);
    }
    expect(batches[perEpoch]!.indices).not.toEqual(batches[0]!.indices);
  });

  it('resumes from a saved (epoch, batch index, RNG state) exactly where it stopped', () => {
    const total = 3 * perEpoch;
    const uninterrupted = run(BatchSchedule.start(LENGTHS, options, 42), total);
    for (const stopAfter of [0, 1, perEpoch - 1, perEpoch, perEpoch + 5, 2 * perEpoch]) {
      const first = BatchSchedule.start(LENGTHS, options, 42);
      const before = run(first, stopAfter);
      const saved = JSON.parse(JSON.stringify(first.state)); // as it would go through a checkpoint
      const resumed = BatchSchedule.resume(LENGTHS, options, saved);
      expect(resumed.batchesPerEpoch).toBe(perEpoch);
      expect([...before, ...run(resumed, total - stopAfter)]).toEqual(uninterrupted);
    }
  });

  it('reports its position and rejects an impossible one', () => {
    const schedule = BatchSchedule.start(LENGTHS, options, 42);
    run(schedule, perEpoch + 2);
    expect(schedule.state).toMatchObject({ epoch: 1, batchIndex: 2 });
    const state = schedule.state;
    expect(() => BatchSchedule.resume(LENGTHS, options, { ...state, batchIndex: perEpoch + 1 })).toThrow(RangeError);
    expect(() => BatchSchedule.start([], options, 1).next()).toThrow(/no examples/);
  });
});
