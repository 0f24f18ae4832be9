/**
 * Learning byte-level BPE merges from a pre-token frequency table: repeatedly merge the most frequent
 * adjacent symbol pair (ties: smallest (left, right) by code point), as GPT-2's and the fixture's trainers do.
 *
 * Incremental, never a full recount per merge: pair counts live in a map, an index maps each pair to the
 * words containing it, and a lazy priority queue yields the best pair. A merge visits only the words that
 * hold the pair and updates only the counts of pairs next to each occurrence (the scheme of Hugging Face
 * `tokenizers`' BpeTrainer). The key fact behind the lazy queue: once both symbols of a pair exist, its count
 * can only fall (a merge creates occurrences only of pairs with the new symbol), so a stale queue entry
 * always overstates; popping an entry whose count is out of date just re-queues it at the live count.
 */
import type { MergePair } from './bpe.ts';
import { BYTE_SYMBOLS } from './bpeTrainerAlphabet.ts';
import { PairQueue } from './bpeTrainerPairQueue.ts';

export interface LearnMergesOptions {
  /** Stop once this many new symbols exist (merges whose result is already a symbol add none). */
  maxNewSymbols: number;
  /** Stop when the best pair occurs fewer times than this (default 2: a pair seen once only memorises). */
  minFrequency?: number;
  /** Called now and then with (new symbols so far, maxNewSymbols). */
  onProgress?: (done: number, total: number) => void;
}

export interface LearnedMerges {
  /** In rank order (the order they were learned). */
  merges: MergePair[];
  /** The new symbols in creation order: the merge results without repeats. */
  newSymbols: string[];
  /** True when pairs ran out (or fell below minFrequency) before maxNewSymbols was reached. */
  exhausted: boolean;
}

/** Pair key = left · PAIR_BASE + right: exact in a double for up to 2^21 symbols. */
const PAIR_BASE = 2 ** 21;

/** The corpus as words of symbol ids (initially one id per UTF-8 byte), each with its frequency. */
interface WordTable {
  symbols: Int32Array[];
  lengths: Int32Array;
  freqs: Float64Array;
}

const utf8 = new TextEncoder();

function buildWordTable(pretokens: Iterable<[string, number]>): WordTable {
  const symbols: Int32Array[] = [];
  const freqs: number[] = [];
  for (const [piece, count] of pretokens) {
    if (count <= 0) continue;
    // A symbol id below 256 is the byte itself: the byte-level alphabet in byte order.
    symbols.push(Int32Array.from(utf8.encode(piece)));
    freqs.push(count);
  }
  return { symbols, lengths: Int32Array.from(symbols, (s) => s.length), freqs: Float64Array.from(freqs) };
}

export function learnMerges(pretokens: Iterable<[string, number]>, options: LearnMergesOptions): LearnedMerges {
  const minFrequency = options.minFrequency ?? 2;
  const words = buildWordTable(pretokens);
  const symbolText: string[] = [...BYTE_SYMBOLS];
  const symbolId = new Map(symbolText.map((s, i) => [s, i]));
  const pairCounts = new Map<number, number>();
  /** pair → indices of words that contain (or once contained) it, without consecutive repeats. */
  const pairWords = new Map<number, number[]>();

  const addToIndex = (key: number, word: number): void => {
    const list = pairWords.get(key);
    if (list === undefined) pairWords.set(key, [word]);
    else if (list[list.length - 1] !== word) list.push(word);
  };

  for (let w = 0; w < words.symbols.length; w++) {
    const s = words.symbols[w]!;
    const f = words.freqs[w]!;
    for (let i = 0; i + 1 < s.length; i++) {
      const key = s[i]! * PAIR_BASE + s[i + 1]!;
      pairCounts.set(key, (pairCounts.get(key) ?? 0) + f);
      addToIndex(key, w);
    }
  }

  const queue = new PairQueue(symbolText);
  for (const [key, count] of pairCounts) {
    const left = Math.floor(key / PAIR_BASE);
    queue.push(count, left, key - left * PAIR_BASE);
  }

  const merges: MergePair[] = [];
  const newSymbols: string[] = [];
  /** Pairs already merged: a repeat (possible only when a merge result re-creates an existing symbol) is skipped. */
  const merged = new Set<number>();
  const progressEvery = Math.max(1, Math.floor(options.maxNewSymbols / 100));
  let exhausted = false;

  while (newSymbols.length < options.maxNewSymbols) {
    const top = queue.pop();
    if (top === null) {
      exhausted = true;
      break;
    }
    const [queuedCount, left, right] = top;
    const key = left * PAIR_BASE + right;
    const count = pairCounts.get(key) ?? 0;
    if (count !== queuedCount || merged.has(key)) {
      if (count > 0 && !merged.has(key)) queue.push(count, left, right);
      continue;
    }
    if (count < minFrequency) {
      exhausted = true;
      break;
    }

    const text = symbolText[left]! + symbolText[right]!;
    let created = symbolId.get(text);
    if (created === undefined) {
      created = symbolText.length;
      if (created >= PAIR_BASE) throw new Error(`BPE training supports at most ${PAIR_BASE} symbols`);
      symbolText.push(text);
      symbolId.set(text, created);
      newSymbols.push(text);
      if (newSymbols.length % progressEvery === 0) options.onProgress?.(newSymbols.length, options.maxNewSymbols);
    }
    merges.push([symbolText[left]!, symbolText[right]!]);
    merged.add(key);

    /** Pairs with the new symbol whose count grew: queued once, after all words are done. */
    const grown = new Set<number>();
    const change = (a: number, b: number, delta: number, word: number): void => {
      const k = a * PAIR_BASE + b;
      pairCounts.set(k, (pairCounts.get(k) ?? 0) + delta);
      if (delta > 0) {
        addToIndex(k, word);
        grown.add(k);
      }
    };
    for (const w of pairWords.get(key) ?? []) {
      mergeInWord(words, w, left, right, created, change);
    }
    pairWords.delete(key);
    pairCounts.delete(key);
    for (const k of grown) {
      const c = pairCounts.get(k)!;
      if (c <= 0 || merged.has(k)) continue;
      const a = Math.floor(k / PAIR_BASE);
      queue.push(c, a, k - a * PAIR_BASE);
    }
  }
  return { merges, newSymbols, exhausted };
}

/**
 * Replaces each (left, right) in word `w`, scanning left to right (so "a a a" with (a, a) becomes "aa a"),
 * and reports the count changes of the neighbouring pairs. The merged pair's own count is dropped by the caller.
 */
function mergeInWord(
  words: WordTable,
  w: number,
  left: number,
  right: number,
  created: number,
  change: (a: number, b: number, delta: number, word: number) => void,
): void {
  const s = words.symbols[w]!;
  const n = words.lengths[w]!;
  const f = words.freqs[w]!;
  let read = 0;
  let write = 0;
  while (read < n) {
    if (s[read] === left && read + 1 < n && s[read + 1] === right) {
      // The previous symbol is already final (it may itself be a merge made just now: "ab ab" → "ab·ab").
      if (write > 0) {
        const prev = s[write - 1]!;
        change(prev, left, -f, w);
        change(prev, created, f, w);
      }
      if (read + 2 < n) {
        const next = s[read + 2]!;
        change(right, next, -f, w);
        change(created, next, f, w);
      }
      s[write++] = created;
      read += 2;
    } else {
      s[write++] = s[read++]!;
    }
  }
  words.lengths[w] = write;
}
