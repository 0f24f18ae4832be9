/**
 * Seeded, stratified train / validation / test split: the seed's
 * `train_test_split(test_size=0.2, random_state=42)` followed by Keras-style `validation_split=0.1`
 * of the remaining training files — but stratified per language, so that a small language is present
 * in every part, and independent of input order, so that the browser and the CLI (which list a folder
 * in different orders) split the same folder identically. (NumPy's RNG is not reproduced: the exact
 * files differ from sklearn's, the proportions do not.)
 */
import { deriveSeed, Rng, shuffle } from '../random.ts';

export interface SplitItem {
  /** Root-relative path: the sort key that makes the split independent of input order. */
  path: string;
  label: number;
}

export interface SplitOptions {
  /** Fraction of each language held out for the final test. Default 0.2. */
  testSize?: number;
  /** Fraction of each language's remaining (non-test) files used for validation. Default 0.1. */
  validationSplit?: number;
  /** Default 42, the seed's random_state. */
  seed?: number;
}

export interface DatasetSplit {
  /** Indices into the input array, each part in path order. */
  train: number[];
  validation: number[];
  test: number[];
}

/** Files per label in each part: how a part's share is rounded (at least one when possible). */
export function stratumSizes(count: number, testSize: number, validationSplit: number) {
  const test = share(count, testSize);
  const validation = share(count - test, validationSplit);
  return { train: count - test - validation, validation, test };
}

/** round(count * fraction), but at least 1 when fraction > 0, and always leaving 1 behind. */
function share(count: number, fraction: number): number {
  if (fraction <= 0 || count < 2) return 0;
  return Math.min(count - 1, Math.max(1, Math.round(count * fraction)));
}

export function stratifiedSplit(items: readonly SplitItem[], options: SplitOptions = {}): DatasetSplit {
  const testSize = options.testSize ?? 0.2;
  const validationSplit = options.validationSplit ?? 0.1;
  const seed = options.seed ?? 42;
  if (!(testSize >= 0 && testSize < 1)) throw new RangeError(`testSize must be in [0, 1), got ${testSize}`);
  if (!(validationSplit >= 0 && validationSplit < 1)) {
    throw new RangeError(`validationSplit must be in [0, 1), got ${validationSplit}`);
  }

  // Canonical order first: by path, then label (duplicate paths should not occur).
  const order = items.map((_, i) => i);
  order.sort((x, y) => compare(items[x]!.path, items[y]!.path) || items[x]!.label - items[y]!.label);

  const byLabel = new Map<number, number[]>();
  for (const i of order) {
    const label = items[i]!.label;
    let group = byLabel.get(label);
    if (!group) byLabel.set(label, (group = []));
    group.push(i);
  }

  const part = new Int8Array(items.length); // 0 train, 1 validation, 2 test
  for (const [label, group] of byLabel) {
    // One stream per label: adding files to one language does not reshuffle the others.
    shuffle(group, Rng.fromSeed(deriveSeed(seed, `split/${label}`)));
    const sizes = stratumSizes(group.length, testSize, validationSplit);
    group.forEach((index, rank) => {
      part[index] = rank < sizes.test ? 2 : rank < sizes.test + sizes.validation ? 1 : 0;
    });
  }

  const split: DatasetSplit = { train: [], validation: [], test: [] };
  for (const i of order) [split.train, split.validation, split.test][part[i]!]!.push(i);
  return split;
}

const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
