/**
 * Truncation and padding with transformers' semantics for single sequences (`prepare_for_model` + `pad`):
 * truncation keeps `<s>` + the first (maxLength − 2) tokens + `</s>`; padding appends the pad id with
 * attention mask 0 on the right; 'longest' pads to the longest sequence of the batch; 'max_length' pads
 * to maxLength and never truncates by itself.
 */
import { VERY_LARGE_INTEGER } from './tokenizerSpec.ts';
import type { BatchEncoding, EncodeOptions, Encoding } from './types.ts';

export interface EncodePlan {
  addSpecialTokens: boolean;
  /** Most ids the text itself may produce (specials excluded); Infinity when not truncating. */
  textTokenLimit: number;
  /** Length to pad every sequence to, 'longest' for the batch's longest, or null for no padding. */
  padTo: number | 'longest' | null;
}

/**
 * What an encode call must do. `specialTokenCount` is how many ids `addSpecialTokens` adds (2 for RoBERTa).
 * As in transformers, a missing maxLength falls back to model_max_length, and a model_max_length of
 * VERY_LARGE_INTEGER ("unknown") means no truncation and no 'max_length' padding.
 */
export function planEncoding(options: EncodeOptions, modelMaxLength: number, specialTokenCount: number): EncodePlan {
  const addSpecialTokens = options.addSpecialTokens ?? true;
  const padding = options.padding === true ? 'longest' : options.padding || null;
  let maxLength = options.maxLength;
  if (maxLength === undefined && (options.truncation || padding === 'max_length') && modelMaxLength < VERY_LARGE_INTEGER) {
    maxLength = modelMaxLength;
  }
  if (maxLength !== undefined && (!Number.isInteger(maxLength) || maxLength < 0)) {
    throw new RangeError(`maxLength must be a non-negative integer, got ${maxLength}`);
  }
  const reserved = addSpecialTokens ? specialTokenCount : 0;
  let textTokenLimit = Infinity;
  if (options.truncation && maxLength !== undefined) {
    // transformers logs an error and leaves such a sequence untruncated; a caller asking for it has a bug.
    if (maxLength < reserved) throw new RangeError(`maxLength ${maxLength} leaves no room for the ${reserved} special tokens`);
    textTokenLimit = maxLength - reserved;
  }
  const padTo = padding === 'longest' ? 'longest' : padding === 'max_length' && maxLength !== undefined ? maxLength : null;
  return { addSpecialTokens, textTokenLimit, padTo };
}

/** Right-pads `sequences` to `length` (no-op for longer ones) with `padId`; mask 1 for real tokens, 0 for padding. */
export function padSequences(sequences: readonly number[][], length: number, padId: number): BatchEncoding {
  const inputIds: number[][] = [];
  const attentionMask: number[][] = [];
  for (const ids of sequences) {
    const padded = Math.max(ids.length, length);
    const row = ids.slice();
    const mask = new Array<number>(padded).fill(0, ids.length).fill(1, 0, ids.length);
    for (let i = ids.length; i < padded; i++) row.push(padId);
    inputIds.push(row);
    attentionMask.push(mask);
  }
  return { inputIds, attentionMask };
}

/** Apply the plan's padding to already encoded (and truncated) sequences. */
export function applyPadding(sequences: readonly number[][], plan: EncodePlan, padId: number): BatchEncoding {
  if (plan.padTo === null) {
    return { inputIds: sequences.slice(), attentionMask: sequences.map((ids) => new Array<number>(ids.length).fill(1)) };
  }
  const length = plan.padTo === 'longest' ? sequences.reduce((m, s) => Math.max(m, s.length), 0) : plan.padTo;
  return padSequences(sequences, length, padId);
}

export const firstEncoding = (batch: BatchEncoding): Encoding => ({
  inputIds: batch.inputIds[0]!,
  attentionMask: batch.attentionMask[0]!,
});
