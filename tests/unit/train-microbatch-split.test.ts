/**
 * Micro-batching arithmetic: how a micro-batch over the token budget is cut into passes (chunk sizes, weights
 * that sum to 1, each pass within the budget), how a chunk is re-padded to its own longest row, and which
 * budget each backend gets by default.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeBatch, sliceRows } from '../../src/core/data/batches.ts';
import { CODEBERTA_SMALL_V1, type RobertaConfig } from '../../src/core/model/config.ts';
import { chunkRowCounts, resolveMaxTokensPerPass, splitForMemory, WASM_MAX_TOKENS_PER_PASS } from '../../src/core/train/microBatching.ts';

const PAD = 1;
/** Token rows of the given lengths; ids encode (example, position) so misplaced tokens are caught. */
const rows = (lengths: number[]) => lengths.map((n, e) => Array.from({ length: n }, (_, t) => 1000 * (e + 1) + t));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const ROOT = join(import.meta.dirname, '../..');
/** B rows of T tokens each. */
const batchOf = (B: number, T: number) => {
  const ids = rows(Array(B).fill(T)).map((r) => Int32Array.from(r));
  return makeBatch(ids, new Int32Array(B), ids.map((_, i) => i), { padId: PAD });
};

describe('chunkRowCounts', () => {
  it.each([
    // rows, T, budget → rows per pass
    [5, 62, 124, [2, 2, 1]],
    [5, 62, 186, [3, 2]],
    [16, 512, 768, Array(16).fill(1)],
    [16, 512, 1024, Array(8).fill(2)],
    [16, 300, 1024, [3, 3, 3, 3, 2, 2]], // even spread, not 3, 3, 3, 3, 3, 1
    [16, 128, 768, [6, 5, 5]],
    [16, 64, 1024, [16]],
    [7, 600, 512, Array(7).fill(1)], // a row over the budget alone still runs, one per pass
    [3, 10, Infinity, [3]],
  ])('%i rows × %i tokens under %d → %j', (B, T, budget, expected) => {
    const counts = chunkRowCounts(B, T, budget);
    expect(counts).toEqual(expected);
    expect(sum(counts)).toBe(B);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    if (T <= budget) for (const c of counts) expect(c * T).toBeLessThanOrEqual(budget);
  });
});

describe('sliceRows', () => {
  const tokens = rows([5, 3, 7, 2, 4]);
  const batch = makeBatch(tokens, [0, 1, 2, 3, 4], [4, 1, 2, 3, 0], { padId: PAD }); // T = 7

  it('keeps the rows, labels and example indices, padded to the slice’s own longest row', () => {
    const s = sliceRows(batch, 0, 2); // examples 4 (4 tokens) and 1 (3 tokens)
    expect(s.batchSize).toBe(2);
    expect(s.seqLen).toBe(4);
    expect(Array.from(s.inputIds)).toEqual([...tokens[4]!, ...tokens[1]!, PAD]);
    expect(Array.from(s.attentionMask)).toEqual([1, 1, 1, 1, 1, 1, 1, 0]);
    expect(Array.from(s.labels)).toEqual([4, 1]);
    expect(Array.from(s.exampleIndices)).toEqual([4, 1]);
    expect(s.realTokens).toBe(7);
    expect(s.paddingTokens).toBe(1);
    // The same as building the batch of those examples directly.
    expect(s).toEqual(makeBatch(tokens, [0, 1, 2, 3, 4], [4, 1], { padId: PAD }));
  });

  it('refuses an empty or out-of-range slice', () => {
    expect(() => sliceRows(batch, 2, 2)).toThrow(RangeError);
    expect(() => sliceRows(batch, 3, 6)).toThrow(RangeError);
  });
});

describe('splitForMemory', () => {
  const tokens = rows([62, 46, 33, 15, 21]);
  const batch = makeBatch(tokens, [3, 0, 1, 4, 2], [0, 1, 2, 3, 4], { padId: PAD }); // 5 × 62

  it('leaves a micro-batch within the budget whole', () => {
    expect(splitForMemory(batch, 5 * 62)).toEqual([{ batch, weight: 1 }]);
    expect(splitForMemory(batch, Infinity)).toEqual([{ batch, weight: 1 }]);
  });

  it('cuts one over it into passes of rows_in_chunk / B, in order, each within the budget', () => {
    const passes = splitForMemory(batch, 2 * 62);
    expect(passes.map((p) => p.batch.batchSize)).toEqual([2, 2, 1]);
    expect(passes.map((p) => p.weight)).toEqual([2 / 5, 2 / 5, 1 / 5]);
    expect(sum(passes.map((p) => p.weight))).toBeCloseTo(1, 15);
    expect(passes.map((p) => p.batch.seqLen)).toEqual([62, 33, 21]); // each re-padded to its own longest
    for (const p of passes) expect(p.batch.batchSize * p.batch.seqLen).toBeLessThanOrEqual(2 * 62);
    expect(passes.flatMap((p) => [...p.batch.exampleIndices])).toEqual([0, 1, 2, 3, 4]);
    expect(passes.flatMap((p) => [...p.batch.labels])).toEqual([3, 0, 1, 4, 2]);
    // Tokens/s counts real tokens: the passes hold exactly the micro-batch's.
    expect(sum(passes.map((p) => p.batch.realTokens))).toBe(batch.realTokens);
  });
});

describe('resolveMaxTokensPerPass', () => {
  it('auto (0 or absent) budgets wasm only; a set value applies everywhere', () => {
    expect(resolveMaxTokensPerPass(0, 'wasm')).toBe(WASM_MAX_TOKENS_PER_PASS);
    expect(resolveMaxTokensPerPass(undefined, 'wasm')).toBe(WASM_MAX_TOKENS_PER_PASS);
    expect(resolveMaxTokensPerPass(0, 'webgpu')).toBe(Infinity);
    expect(resolveMaxTokensPerPass(0, 'cpu')).toBe(Infinity);
    expect(resolveMaxTokensPerPass(2048, 'wasm')).toBe(2048);
    expect(resolveMaxTokensPerPass(256, 'cpu')).toBe(256);
  });

  it('scales the wasm budget to the model: CodeBERTa-small’s is the constant, smaller models split less, larger ones more', () => {
    expect(resolveMaxTokensPerPass(0, 'wasm', CODEBERTA_SMALL_V1)).toBe(WASM_MAX_TOKENS_PER_PASS);
    const offline = JSON.parse(readFileSync(join(ROOT, 'public/models/codeberta-small-offline/config.json'), 'utf8')) as RobertaConfig;
    const budget = resolveMaxTokensPerPass(0, 'wasm', offline);
    expect(budget).toBeGreaterThanOrEqual(16 * 128); // the bundled model's recommended batch: one pass
    expect(splitForMemory(batchOf(16, 128), budget)).toHaveLength(1);
    const deeper = resolveMaxTokensPerPass(0, 'wasm', { ...CODEBERTA_SMALL_V1, num_hidden_layers: 12 });
    expect(deeper).toBe(Math.floor(WASM_MAX_TOKENS_PER_PASS / 2));
    expect(resolveMaxTokensPerPass(0, 'webgpu', offline)).toBe(Infinity);
  });

  it('is conservative: the seed’s 16 × 512 batch runs within the 8×128 tokens measured to fit', () => {
    expect(WASM_MAX_TOKENS_PER_PASS).toBeLessThanOrEqual(8 * 128);
    const passes = chunkRowCounts(16, 512, WASM_MAX_TOKENS_PER_PASS);
    expect(Math.max(...passes) * 512).toBeLessThanOrEqual(8 * 128);
  });
});
