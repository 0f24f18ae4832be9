/**
 * Whole-file reading: a text longer than the model's max_length is read as several windows of max_length
 * tokens (each with <s> … </s>), and the caller combines their log-probabilities (windowScores.ts). A short text
 * is one window, exactly what truncation gives, so short inputs are unchanged.
 *
 * Windows overlap by half over a file, evenly spaced, and at most `maxWindows` spread evenly over a longer file. A
 * snippet of up to two windows is read as its two halves: as many positions as it has tokens (two overlapping full
 * windows would cost up to twice that, and the detect box's common case is a snippet just past one window). Work is bounded whatever the input: at most `maxWindows` windows of tokens
 * are produced, and a text too long to tokenize within that budget is sampled at evenly spaced line starts
 * (each sample tokenized only as far as one window) instead of being tokenized whole.
 */

/** The most windows one input is read as (cost and the detect box's latency grow with it). */
export const MAX_WINDOWS = 16;

/**
 * Characters one token may span, at most, for budgeting: a generous bound (code BPE tokens are ~3–4 characters;
 * runs of spaces and punctuation rarely pass 32), used only to decide how much text can be worth tokenizing.
 */
const CHARS_PER_TOKEN_BOUND = 32;

export interface WindowTokenizer {
  readonly clsTokenId: number;
  readonly sepTokenId: number;
  encode(text: string, options: { addSpecialTokens?: boolean; truncation?: boolean; maxLength?: number }): { inputIds: number[] };
}

/** Token ids of each window of `text`, <s> and </s> included, each at most `maxLength` long; never empty. */
export function textWindows(tokenizer: WindowTokenizer, text: string, maxLength: number, maxWindows = MAX_WINDOWS): Int32Array[] {
  const width = maxLength - 2; // content tokens per window
  if (!(width >= 1)) throw new RangeError(`maxLength ${maxLength} leaves no room for text between <s> and </s>`);
  const wrap = (ids: ArrayLike<number>) => Int32Array.from([tokenizer.clsTokenId, ...Array.from(ids), tokenizer.sepTokenId]);
  const budget = maxWindows * width;
  if (text.length <= budget * CHARS_PER_TOKEN_BOUND) {
    // One token past the budget tells "fits" from "too long to tokenize whole".
    const ids = tokenizer.encode(text, { addSpecialTokens: false, truncation: true, maxLength: budget + 1 }).inputIds;
    if (ids.length <= width) return [wrap(ids)];
    if (ids.length <= 2 * width) {
      const half = Math.ceil(ids.length / 2);
      return [wrap(ids.slice(0, half)), wrap(ids.slice(half))];
    }
    if (ids.length <= budget) return windowStarts(ids.length, width, maxWindows).map((s) => wrap(ids.slice(s, s + width)));
  }
  return sampledWindows(tokenizer, text, width, maxWindows).map(wrap);
}

/**
 * Window starts over n tokens, spread evenly from 0 to n − width: half-overlapping (every token is read with context
 * on both sides in some window); at most maxWindows, spread over the whole text when more would be needed.
 */
export function windowStarts(n: number, width: number, maxWindows: number): number[] {
  if (n <= width) return [0];
  const wanted = Math.ceil((n - width) / Math.ceil(width / 2)) + 1;
  const count = Math.min(maxWindows, wanted);
  const last = n - width;
  return Array.from({ length: count }, (_, i) => Math.round((i * last) / (count - 1)));
}

/** A window's worth of tokens at each of `count` evenly spaced line starts of a long text. */
function sampledWindows(tokenizer: WindowTokenizer, text: string, width: number, count: number): number[][] {
  const sliceChars = width * CHARS_PER_TOKEN_BOUND;
  const windows: number[][] = [];
  const seen = new Set<number>();
  for (let i = 0; i < count; i++) {
    const target = Math.floor((i * text.length) / count);
    // Snap to the start of the line that holds `target` (a window starting mid-token would read a fragment).
    const lineStart = target === 0 ? 0 : text.lastIndexOf('\n', target - 1) + 1;
    if (seen.has(lineStart)) continue; // a few very long lines: several targets in one line
    seen.add(lineStart);
    const slice = text.slice(lineStart, lineStart + sliceChars);
    const ids = tokenizer.encode(slice, { addSpecialTokens: false, truncation: true, maxLength: width }).inputIds;
    if (ids.length > 0) windows.push(ids);
  }
  return windows.length > 0 ? windows : [[]];
}
