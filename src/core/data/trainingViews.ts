/**
 * What a training epoch reads: `viewsPerFile` views of every training file, drawn anew each epoch. Example j of an
 * epoch is view ⌊j / n⌋ of training file j mod n. A 'random-lines' view is a pure function of (seed, epoch, view,
 * path), so a resumed run reads exactly the views an uninterrupted one would have; it is tokenized when its epoch
 * begins (truncated to max_length: a long view is read from its start), the epoch's lengths then drive length
 * bucketing as the heads' lengths do.
 *
 * Balanced (`balanceLanguages`): every language gets the same share of the epoch, ⌈n / languages⌉ · viewsPerFile
 * examples (about as many as unbalanced), so a folder of 600 Kotlin and 80 C# files does not train a Kotlin
 * detector. A smaller language's files are read several times, each time as another view; a larger language's
 * files are taken in a seeded order that changes every epoch (all are read over the epochs). Examples are grouped by
 * language in a fixed layout, so their labels are the same every epoch.
 */
import { deriveSeed, Rng, shuffle } from '../random.ts';
import type { EncodedDataset } from './encodedDataset.ts';
import { groupIndices } from './split.ts';
import { codeLines, randomLinesView, type CodeLines, type TrainViews } from './views.ts';
import type { WindowTokenizer } from './windows.ts';

export interface TrainingViewsOptions {
  views: TrainViews;
  viewsPerFile: number;
  seed: number;
  /** The same number of examples per language each epoch (see above); default false, the seed's composition. */
  balanceLanguages?: boolean;
}

/** Example j of an epoch: which training file (dataset index) and which of its views this epoch. */
interface ExampleSource {
  file: number;
  view: number;
}

export class TrainingViews {
  /** Label of every example of an epoch (the same each epoch). */
  readonly labels: Int32Array;
  private readonly train: readonly number[];
  /** Balanced: each language's training files (dataset indices, in split order) and its examples per epoch. */
  private readonly byLanguage: { files: number[]; examples: number }[] | null;
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
    this.byLanguage = options.balanceLanguages ? languageShares(data, this.train, options.viewsPerFile) : null;
    this.size = this.byLanguage ? this.byLanguage.reduce((s, l) => s + l.examples, 0) : this.train.length * options.viewsPerFile;
    const layout = this.sources(0);
    this.labels = Int32Array.from(layout, ({ file }) => data.exampleLabels[file]!);
  }

  /** Examples per epoch. */
  readonly size: number;

  /** The file and view each example of `epoch` reads. */
  sources(epoch: number): ExampleSource[] {
    const n = this.train.length;
    if (!this.byLanguage) return Array.from({ length: this.size }, (_, j) => ({ file: this.train[j % n]!, view: Math.floor(j / n) }));
    const out: ExampleSource[] = [];
    this.byLanguage.forEach(({ files, examples }, language) => {
      // More files than examples: a seeded order per epoch, so every file is read over the epochs.
      const order = files.length > examples ? shuffle([...files], Rng.fromSeed(deriveSeed(this.options.seed, `balance/${epoch}/${language}`))) : files;
      for (let k = 0; k < examples; k++) out.push({ file: order[k % order.length]!, view: Math.floor(k / order.length) });
    });
    return out;
  }

  /** Token ids of every example of `epoch` (<s> … </s>, at most max_length); the latest epoch's are kept. */
  forEpoch(epoch: number): Int32Array[] {
    if (this.cached?.epoch === epoch) return this.cached.tokenIds;
    const tokenIds = this.sources(epoch).map((source) => this.tokenize(epoch, source));
    this.cached = { epoch, tokenIds };
    return tokenIds;
  }

  private tokenize(epoch: number, { file, view }: ExampleSource): Int32Array {
    if (this.options.views === 'head') return this.data.tokenIds[file]!;
    const rng = Rng.fromSeed(deriveSeed(this.options.seed, `view/${epoch}/${view}/${this.data.paths[file]}`));
    const text = this.data.texts[file]!;
    let lines = this.lines.get(file);
    if (!lines) this.lines.set(file, (lines = codeLines(text)));
    const ids = this.tokenizer!.encode(randomLinesView(text, rng, lines), { truncation: true, maxLength: this.data.maxLength }).inputIds;
    return Int32Array.from(ids);
  }
}

/** Balanced epochs: each language's training files and its ⌈n / languages⌉ · viewsPerFile examples. */
function languageShares(data: EncodedDataset, train: readonly number[], viewsPerFile: number): { files: number[]; examples: number }[] {
  const files = groupIndices(train, (i) => data.exampleLabels[i]!);
  const perLanguage = Math.ceil(train.length / Math.max(1, files.size)) * viewsPerFile;
  return [...files.keys()].sort((a, b) => a - b).map((label) => ({ files: files.get(label)!, examples: perLanguage }));
}
