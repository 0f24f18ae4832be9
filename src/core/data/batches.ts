/**
 * Token id arrays → one padded batch as plain typed arrays (the trainer turns them into tensors).
 * Each batch is padded only to its own longest sequence — never to max_length — because attention
 * cost grows with T²: with code files of very different lengths, per-batch padding plus length
 * bucketing (see epochPlan.ts) saves most of the compute the seed's padding='max_length' wastes.
 */

export interface Batch {
  /** [B * T], row-major, right-padded with the pad id (as HF RoBERTa pads). */
  inputIds: Int32Array;
  /** [B * T], 1 for real tokens, 0 for padding. */
  attentionMask: Int32Array;
  /** [B] */
  labels: Int32Array;
  batchSize: number;
  seqLen: number;
  /** Which examples the rows are, so predictions can be mapped back. */
  exampleIndices: Int32Array;
  /** Non-padding tokens: for tokens/s. */
  realTokens: number;
  /** B * T - realTokens: for the padding-waste figure. */
  paddingTokens: number;
}

export interface BatchOptions {
  padId: number;
  /** Round T up to a multiple of this (fewer distinct shapes → fewer WebGPU/WebGL kernel compiles). Default 1. */
  padToMultipleOf?: number;
  /** Never round T above this (the model's max_length), though a longer row is never cut. */
  maxSeqLen?: number;
}

/**
 * Build the batch of `exampleIndices` from per-example token ids (already truncated by the tokenizer,
 * special tokens included) and labels.
 */
export function makeBatch(
  tokenIds: readonly ArrayLike<number>[],
  labels: ArrayLike<number>,
  exampleIndices: ArrayLike<number>,
  options: BatchOptions,
): Batch {
  const batchSize = exampleIndices.length;
  if (batchSize === 0) throw new Error('makeBatch: a batch needs at least one example');
  let longest = 0;
  for (let row = 0; row < batchSize; row++) {
    const ids = tokenIds[exampleIndices[row]!];
    if (!ids) throw new RangeError(`makeBatch: no token ids for example ${exampleIndices[row]}`);
    if (ids.length === 0) throw new Error(`makeBatch: example ${exampleIndices[row]} has no tokens`);
    longest = Math.max(longest, ids.length);
  }
  const seqLen = paddedLength(longest, options);

  const inputIds = new Int32Array(batchSize * seqLen).fill(options.padId);
  const attentionMask = new Int32Array(batchSize * seqLen); // zeros = padding
  const batchLabels = new Int32Array(batchSize);
  const indices = new Int32Array(batchSize);
  let realTokens = 0;
  for (let row = 0; row < batchSize; row++) {
    const example = exampleIndices[row]!;
    const ids = tokenIds[example]!;
    const offset = row * seqLen;
    inputIds.set(ids, offset);
    attentionMask.fill(1, offset, offset + ids.length);
    batchLabels[row] = labels[example]!;
    indices[row] = example;
    realTokens += ids.length;
  }
  return {
    inputIds,
    attentionMask,
    labels: batchLabels,
    batchSize,
    seqLen,
    exampleIndices: indices,
    realTokens,
    paddingTokens: batchSize * seqLen - realTokens,
  };
}

/**
 * Rows [start, end) of a batch as a batch of their own, padded to their own longest row (≤ the batch's T).
 * Rows are right-padded, so each kept row is a prefix of the old one and every position kept beyond a row's
 * length was padding already: no pad id is needed.
 */
export function sliceRows(batch: Batch, start: number, end: number): Batch {
  const T = batch.seqLen;
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= batch.batchSize)) {
    throw new RangeError(`sliceRows: rows [${start}, ${end}) of a batch of ${batch.batchSize}`);
  }
  const rows = end - start;
  let realTokens = 0;
  let longest = 0;
  for (let row = start; row < end; row++) {
    let length = 0;
    for (let t = 0; t < T; t++) length += batch.attentionMask[row * T + t]!;
    realTokens += length;
    longest = Math.max(longest, length);
  }
  const inputIds = new Int32Array(rows * longest); // [rows, longest]
  const attentionMask = new Int32Array(rows * longest);
  for (let r = 0; r < rows; r++) {
    const from = (start + r) * T;
    inputIds.set(batch.inputIds.subarray(from, from + longest), r * longest);
    attentionMask.set(batch.attentionMask.subarray(from, from + longest), r * longest);
  }
  return {
    inputIds,
    attentionMask,
    labels: batch.labels.slice(start, end),
    batchSize: rows,
    seqLen: longest,
    exampleIndices: batch.exampleIndices.slice(start, end),
    realTokens,
    paddingTokens: rows * longest - realTokens,
  };
}

/** T for a batch whose longest row has `longest` tokens. */
export function paddedLength(longest: number, options: Pick<BatchOptions, 'padToMultipleOf' | 'maxSeqLen'>): number {
  const multiple = options.padToMultipleOf ?? 1;
  const rounded = Math.ceil(longest / multiple) * multiple;
  return Math.max(longest, Math.min(rounded, options.maxSeqLen ?? Infinity));
}

/** Real and padded token totals of a batch plan, without building the batches (for UI estimates). */
export function paddingStats(
  lengths: ArrayLike<number>,
  plan: readonly (readonly number[])[],
  options: Pick<BatchOptions, 'padToMultipleOf' | 'maxSeqLen'> = {},
): { realTokens: number; paddedTokens: number; wasteFraction: number } {
  let realTokens = 0;
  let paddedTokens = 0;
  for (const batch of plan) {
    let longest = 0;
    for (const i of batch) {
      realTokens += lengths[i]!;
      longest = Math.max(longest, lengths[i]!);
    }
    paddedTokens += batch.length * paddedLength(longest, options);
  }
  return { realTokens, paddedTokens, wasteFraction: paddedTokens === 0 ? 0 : 1 - realTokens / paddedTokens };
}
