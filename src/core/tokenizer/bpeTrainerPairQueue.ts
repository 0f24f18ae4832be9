/**
 * Max-priority queue of symbol pairs for the BPE trainer, ordered by count (highest first), then by the
 * lexicographically smallest (left, right) by code point: the tie rule of the fixture's trainer, which
 * makes training deterministic whatever order the words were counted in.
 *
 * Entries are lazy: the trainer pushes a pair whenever its count may have grown and never removes stale
 * entries; whoever pops compares the entry's count with the live one (see bpeTrainer.ts).
 */
export class PairQueue {
  private readonly counts: number[] = [];
  private readonly lefts: number[] = [];
  private readonly rights: number[] = [];

  /** `symbols[id]` is the byte-level string of symbol `id`; the array may grow while the queue is in use. */
  constructor(private readonly symbols: readonly string[]) {}

  get size(): number {
    return this.counts.length;
  }

  push(count: number, left: number, right: number): void {
    this.counts.push(count);
    this.lefts.push(left);
    this.rights.push(right);
    this.siftUp(this.counts.length - 1);
  }

  /** The best entry as [count, left, right], or null when empty. */
  pop(): [number, number, number] | null {
    const n = this.counts.length;
    if (n === 0) return null;
    const top: [number, number, number] = [this.counts[0]!, this.lefts[0]!, this.rights[0]!];
    const lastCount = this.counts.pop()!;
    const lastLeft = this.lefts.pop()!;
    const lastRight = this.rights.pop()!;
    if (n > 1) {
      this.counts[0] = lastCount;
      this.lefts[0] = lastLeft;
      this.rights[0] = lastRight;
      this.siftDown(0);
    }
    return top;
  }

  /** Does entry i come before entry j? Strings compare by UTF-16 unit, which is code-point order here: every byte-level character is below U+0200. */
  private before(i: number, j: number): boolean {
    const ci = this.counts[i]!;
    const cj = this.counts[j]!;
    if (ci !== cj) return ci > cj;
    const li = this.lefts[i]!;
    const lj = this.lefts[j]!;
    if (li !== lj) return this.symbols[li]! < this.symbols[lj]!;
    return this.symbols[this.rights[i]!]! < this.symbols[this.rights[j]!]!;
  }

  private swap(i: number, j: number): void {
    const { counts, lefts, rights } = this;
    [counts[i], counts[j]] = [counts[j]!, counts[i]!];
    [lefts[i], lefts[j]] = [lefts[j]!, lefts[i]!];
    [rights[i], rights[j]] = [rights[j]!, rights[i]!];
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(i: number): void {
    const n = this.counts.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) return;
      const r = l + 1;
      const child = r < n && this.before(r, l) ? r : l;
      if (!this.before(child, i)) return;
      this.swap(i, child);
      i = child;
    }
  }
}
