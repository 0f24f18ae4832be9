/**
 * Tokenizer speed on real text, for `npm run bench` and the tests: encodes `texts` the way the dataset
 * pipeline does (truncation to maxLength when given) and reports MB/s of UTF-8 input.
 */
import type { CodeTokenizer } from './codeTokenizer.ts';
import type { EncodeOptions } from './types.ts';

export interface ThroughputResult {
  /** UTF-8 bytes of all texts (the whole text counts even when truncation stops early). */
  bytes: number;
  texts: number;
  /** ids produced, special tokens included. */
  tokens: number;
  seconds: number;
  /** 10^6 bytes per second. */
  megabytesPerSecond: number;
  tokensPerSecond: number;
}

export interface ThroughputOptions {
  /** Options of each encode call (default: none, i.e. whole texts). */
  encode?: EncodeOptions;
  /** Start from an empty piece cache (default true), so the figure includes the cost of warming it. */
  coldCache?: boolean;
}

export function measureTokenizerThroughput(
  tokenizer: CodeTokenizer,
  texts: readonly string[],
  options: ThroughputOptions = {},
): ThroughputResult {
  const encoder = new TextEncoder();
  const bytes = texts.reduce((sum, t) => sum + encoder.encode(t).length, 0);
  if (options.coldCache ?? true) tokenizer.clearCache();
  let tokens = 0;
  const start = performance.now();
  for (const text of texts) tokens += tokenizer.encode(text, options.encode).inputIds.length;
  const seconds = (performance.now() - start) / 1000;
  return {
    bytes,
    texts: texts.length,
    tokens,
    seconds,
    megabytesPerSecond: bytes / 1e6 / seconds,
    tokensPerSecond: tokens / seconds,
  };
}
