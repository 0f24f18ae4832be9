/**
 * What a training epoch reads: `viewsPerFile` views of every training file, drawn anew each epoch. Example j of an
 * epoch is view ⌊j / n⌋ of training file j mod n. A 'random-lines' view is a pure function of (seed, epoch, view,
 * path), so a resumed run reads exactly the views an uninterrupted one would have; it is tokenized when its epoch
 * begins (truncated to max_length: a long view is read from its start), the epoch's lengths then drive length
 * bucketing as the heads' lengths do.
 */
import { deriveSeed, Rng } from '../random.ts';
import type { EncodedDataset } from './encodedDataset.ts';
import { codeLines, randomLinesView, type CodeLines, type TrainViews } from './views.ts';
import type { WindowTokenizer } from './windows.ts';

export interface TrainingViewsOptions {
  views: TrainViews;
  viewsPerFile: number;
  seed: number;
}

export class TrainingViews {
  /** Label of every example of an epoch (the same each epoch). */
  readonly labels: Int32Array;
  private readonly train: readonly number[];
  private cached: { epoch: number; tokenIds: Int32Array[] } | null = null;
  /** Code-line offsets per training file, found once (every epoch draws from them). */
  private readonly lines = new Map<number, CodeLines>();

  constructor(
    private readonly data: EncodedDataset,
    private readonly tokenizer: WindowTokenizer | undefined,
    private readonly options: TrainingViewsOptions,
  ) {
    if (!(Number.isInteger(options.viewsPerFile) && options.viewsPerFile >= 1)) {
      throw new RangeError(`views per file must be an integer ≥ 1, got ${options.viewsPerFile}`);
    }
    if (options.views === 'random-lines' && !tokenizer) throw new Error('random-lines views need the tokenizer');
    this.train = data.split.train;
    this.labels = Int32Array.from({ length: this.size }, (_, j) => data.exampleLabels[this.fileOf(j)]!);
  }

  /** Examples per epoch. */
  get size(): number {
    return this.train.length * this.options.viewsPerFile;
  }

  /** Dataset index of the file example j reads. */
  fileOf(j: number): number {
    return this.train[j % this.train.length]!;
  }

  /** Token ids of every example of `epoch` (<s> … </s>, at most max_length); the latest epoch's are kept. */
  forEpoch(epoch: number): Int32Array[] {
    if (this.cached?.epoch === epoch) return this.cached.tokenIds;
    const tokenIds = Array.from({ length: this.size }, (_, j) => this.tokenize(epoch, j));
    this.cached = { epoch, tokenIds };
    return tokenIds;
  }

  private tokenize(epoch: number, j: number): Int32Array {
    const file = this.fileOf(j);
    if (this.options.views === 'head') return this.data.tokenIds[file]!;
    const view = Math.floor(j / this.train.length);
    const rng = Rng.fromSeed(deriveSeed(this.options.seed, `view/${epoch}/${view}/${this.data.paths[file]}`));
    const text = this.data.texts[file]!;
    let lines = this.lines.get(file);
    if (!lines) this.lines.set(file, (lines = codeLines(text)));
    const ids = this.tokenizer!.encode(randomLinesView(text, rng, lines), { truncation: true, maxLength: this.data.maxLength }).inputIds;
    return Int32Array.from(ids);
  }
}
