/**
 * Byte-pair merging of one byte-level pre-token, with transformers' slow-tokenizer semantics:
 * repeatedly take the lowest-rank adjacent pair present and merge all its occurrences left to right.
 *
 * @huggingface/tokenizers' BPE (like the Rust `tokenizers`) uses a priority queue instead: it merges one
 * occurrence at a time and immediately queues the pairs that merge creates. That is the same thing
 * whenever a merge that uses a token always ranks after every merge that produces that token
 * ("rank-consistent" merges; every trained merges list is, since a token must exist before it can be
 * merged further). Otherwise a freshly created pair can overtake the rest of the current pass and the
 * results differ. So: the library's BPE only for rank-consistent merges, and a direct port of the slow
 * algorithm (`ReferenceBpe`) for the rest.
 *
 * Speed: the port's passes cost O(length²) but are cheap per step, while the library's queue costs a
 * JSON.stringify and object copies per step; on real code (words of a few characters) the port is ~5×
 * faster, the library wins only on long words. 'auto' therefore uses the port for short words and the
 * library's O(n log n) queue for long ones (both exact for rank-consistent merges).
 */
import { BPE } from '@huggingface/tokenizers';

export type MergePair = readonly [string, string];

export interface BpeModel {
  /** The sub-tokens of one byte-level word, in order. */
  merge(word: string): string[];
}

/** Pair → rank; a later duplicate overwrites an earlier one, as Python's `dict(zip(merges, range(n)))`. */
function rankTable(merges: readonly MergePair[]): Map<string, Map<string, number>> {
  const ranks = new Map<string, Map<string, number>>();
  merges.forEach(([left, right], rank) => {
    let byRight = ranks.get(left);
    if (!byRight) ranks.set(left, (byRight = new Map()));
    byRight.set(right, rank);
  });
  return ranks;
}

/**
 * True when every merge ranks after all merges producing either of its parts; then a priority-queue BPE
 * and the slow tokenizer's pass-by-pass BPE give the same result (see the file comment).
 */
export function mergesAreRankConsistent(merges: readonly MergePair[]): boolean {
  const ranks = rankTable(merges);
  const lastProducer = new Map<string, number>(); // token → highest rank of a merge that produces it
  for (const [left, byRight] of ranks) {
    for (const [right, rank] of byRight) {
      const token = left + right;
      lastProducer.set(token, Math.max(rank, lastProducer.get(token) ?? -1));
    }
  }
  for (const [left, byRight] of ranks) {
    for (const [right, rank] of byRight) {
      if ((lastProducer.get(left) ?? -1) >= rank || (lastProducer.get(right) ?? -1) >= rank) return false;
    }
  }
  return true;
}

/** A line-by-line port of transformers' `RobertaTokenizer.bpe` (without its cache). O(length × passes). */
export class ReferenceBpe implements BpeModel {
  private readonly ranks: Map<string, Map<string, number>>;

  constructor(merges: readonly MergePair[]) {
    this.ranks = rankTable(merges);
  }

  merge(token: string): string[] {
    let word = Array.from(token);
    while (word.length > 1) {
      // bigram = min(pairs, key=rank): ranks are unique per pair, so the first minimum is the minimum.
      let best = Infinity;
      let first = '';
      let second = '';
      for (let i = 0; i + 1 < word.length; i++) {
        const rank = this.ranks.get(word[i]!)?.get(word[i + 1]!);
        if (rank !== undefined && rank < best) [best, first, second] = [rank, word[i]!, word[i + 1]!];
      }
      if (best === Infinity) break;
      const merged: string[] = [];
      for (let i = 0; i < word.length; ) {
        if (word[i] === first && i + 1 < word.length && word[i + 1] === second) {
          merged.push(first + second);
          i += 2;
        } else {
          merged.push(word[i++]!);
        }
      }
      word = merged;
    }
    return word;
  }
}

/** The library's priority-queue BPE, valid for rank-consistent merges. */
class LibraryBpe implements BpeModel {
  private readonly model: BPE;

  constructor(vocab: Record<string, number>, merges: readonly MergePair[]) {
    this.model = new BPE({
      type: 'BPE',
      vocab,
      merges: merges.map(([a, b]) => [a, b] as [string, string]),
      ignore_merges: false,
    });
    // The caller caches whole pre-tokens → ids; a second (LRU) cache here would only cost time and memory.
    this.model.max_length_to_cache = 0;
  }

  merge(word: string): string[] {
    return this.model.bpe(word);
  }
}

/** Words up to this many byte-level characters go to the reference port in 'auto' mode (see above). */
const SHORT_WORD_LENGTH = 48;

/** Short words through the port, long ones through the library's queue. */
class LengthDispatchedBpe implements BpeModel {
  constructor(
    private readonly short: BpeModel,
    private readonly long: BpeModel,
  ) {}

  merge(word: string): string[] {
    return word.length <= SHORT_WORD_LENGTH ? this.short.merge(word) : this.long.merge(word);
  }
}

export type BpeEngine = 'auto' | 'library' | 'reference';

/**
 * The BPE to use. 'auto' (default): for rank-consistent merges, the reference port for short words and
 * the library for long ones; otherwise the port for everything. 'library'/'reference' force one engine
 * (tests use this to check both against the fixtures).
 */
export function createBpeModel(
  vocab: Record<string, number>,
  merges: readonly MergePair[],
  engine: BpeEngine = 'auto',
): BpeModel {
  if (engine === 'library') return new LibraryBpe(vocab, merges);
  const reference = new ReferenceBpe(merges);
  if (engine === 'reference' || !mergesAreRankConsistent(merges)) return reference;
  return new LengthDispatchedBpe(reference, new LibraryBpe(vocab, merges));
}
