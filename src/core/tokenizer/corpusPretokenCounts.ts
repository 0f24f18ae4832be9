/**
 * The word-frequency table a BPE trainer starts from: every distinct pre-token of the corpus (the GPT-2
 * regex pieces the tokenizer itself cuts text into) with how often it occurs. 20 MB of code has a few
 * hundred thousand distinct pieces, so training works on this table instead of on the text.
 */
import { pretokenize } from './pretokenize.ts';

export class PretokenCounter {
  private readonly counts = new Map<string, number>();
  private textCount = 0;
  private charCount = 0;

  /**
   * Adds one document. Documents are pre-tokenized one by one, never concatenated: joining them would
   * invent pieces across file boundaries (the regex's `\s+(?!\S)` looks ahead into the next file).
   */
  add(text: string): void {
    this.textCount++;
    this.charCount += text.length;
    for (const piece of pretokenize(text)) this.counts.set(piece, (this.counts.get(piece) ?? 0) + 1);
  }

  /** Distinct pieces with their counts (insertion order; the trainer does not depend on it). */
  entries(): IterableIterator<[string, number]> {
    return this.counts.entries();
  }

  get distinctPieces(): number {
    return this.counts.size;
  }

  get texts(): number {
    return this.textCount;
  }

  /** UTF-16 code units added (string `length`), for progress and throughput reports. */
  get chars(): number {
    return this.charCount;
  }
}
