/**
 * Seeded, stratified train / validation / test split — by project where the folder says what a project is.
 *
 * Project split (the default): when a language folder has sub-folders (`python/django/…`, `python/flask/…`), each
 * top-level sub-folder is a project and lands whole on one side, so the test figure measures code from projects
 * the model never saw (files of one project share licence headers, names and style: a file split leaks them).
 * Files directly in the language folder form one project together. A language with fewer than
 * MIN_PROJECTS_FOR_SPLIT projects falls back to a file split, and `fileSplitLabels` says which did. Validation is
 * held out by project too when at least MIN_PROJECTS_FOR_SPLIT projects remain besides the test's; otherwise its
 * files come from the training projects (a language of 3 projects keeps 2 for training, not 1).
 *
 * File split: the seed's: the seed's
 * `train_test_split(test_size=0.2, random_state=42)` followed by Keras-style `validation_split=0.1`
 * of the remaining training files — but stratified per language, so that a small language is present
 * in every part, and independent of input order, so that the browser and the CLI (which list a folder
 * in different orders) split the same folder identically. (NumPy's RNG is not reproduced: the exact
 * files differ from sklearn's, the proportions do not.)
 */
import { deriveSeed, Rng, shuffle } from '../random.ts';

export interface SplitItem {
  /** Root-relative path ("python/django/x.py"): the sort key that makes the split independent of input order. */
  path: string;
  label: number;
}

export const SPLIT_BY = ['project', 'file'] as const;
export type SplitBy = (typeof SPLIT_BY)[number];

/** Fewer projects than this in a language: its files are split one by one (a project per part is the minimum). */
export const MIN_PROJECTS_FOR_SPLIT = 3;

/** The project of a root-relative path: its top-level sub-folder below the language folder ('' for loose files). */
export function projectOf(path: string): string {
  const segments = path.split('/');
  return segments.length >= 3 ? segments[1]! : '';
}

/** `indices` grouped by `keyOf` (Map: key → indices; keys in first-seen order, indices in the order given). */
export function groupIndices<K>(indices: Iterable<number>, keyOf: (i: number) => K): Map<K, number[]> {
  const groups = new Map<K, number[]>();
  for (const i of indices) {
    const key = keyOf(i);
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  return groups;
}

/** The items at `indices` grouped by project (Map: project → indices, both in the order given). */
export function groupByProject(items: readonly SplitItem[], indices: Iterable<number>): Map<string, number[]> {
  return groupIndices(indices, (i) => projectOf(items[i]!.path));
}

/** Projects per label (Map: label → number of projects), as the split will see them. */
export function projectCountsByLabel(items: readonly SplitItem[]): Map<number, number> {
  const byLabel = groupIndices(items.keys(), (i) => items[i]!.label);
  return new Map([...byLabel].map(([label, indices]) => [label, groupByProject(items, indices).size]));
}

export interface SplitOptions {
  /** Fraction of each language held out for the final test. Default 0.2. */
  testSize?: number;
  /** Fraction of each language's remaining (non-test) files used for validation. Default 0.1. */
  validationSplit?: number;
  /** Default 42, the seed's random_state. */
  seed?: number;
  /** Default 'file' here (the seed's); the training config defaults to 'project'. */
  splitBy?: SplitBy;
}

export interface DatasetSplit {
  /** Indices into the input array, each part in path order. */
  train: number[];
  validation: number[];
  test: number[];
  /** Labels whose files were split one by one although a project split was asked for (too few projects). */
  fileSplitLabels?: number[];
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

  const byLabel = groupIndices(order, (i) => items[i]!.label);

  const part = new Int8Array(items.length); // 0 train, 1 validation, 2 test
  const fileSplitLabels: number[] = [];
  for (const [label, group] of byLabel) {
    const projects = options.splitBy === 'project' ? groupByProject(items, group) : null;
    if (projects && projects.size >= MIN_PROJECTS_FOR_SPLIT) {
      const sizes = stratumSizes(group.length, testSize, validationSplit);
      const rng = Rng.fromSeed(deriveSeed(seed, `project-split/${label}`));
      const { taken: test, rest } = takeProjects(shuffle([...projects.values()], rng), sizes.test);
      for (const i of test.flat()) part[i] = 2;
      if (rest.length >= MIN_PROJECTS_FOR_SPLIT) {
        for (const i of takeProjects(rest, sizes.validation).taken.flat()) part[i] = 1;
      } else {
        // Too few projects left to also hold one out for validation without starving training of projects:
        // validation files are drawn from the training projects (early stopping only; the test stays unseen).
        const files = shuffle(rest.flat().sort((x, y) => x - y), rng);
        for (const i of files.slice(0, Math.min(sizes.validation, files.length - 1))) part[i] = 1;
      }
      continue;
    }
    if (projects) fileSplitLabels.push(label);
    // One stream per label: adding files to one language does not reshuffle the others.
    shuffle(group, Rng.fromSeed(deriveSeed(seed, `split/${label}`)));
    const sizes = stratumSizes(group.length, testSize, validationSplit);
    group.forEach((index, rank) => {
      part[index] = rank < sizes.test ? 2 : rank < sizes.test + sizes.validation ? 1 : 0;
    });
  }

  const split: DatasetSplit = { train: [], validation: [], test: [] };
  for (const i of order) [split.train, split.validation, split.test][part[i]!]!.push(i);
  if (options.splitBy === 'project') split.fileSplitLabels = fileSplitLabels.sort((a, b) => a - b);
  return split;
}

/**
 * Whole projects for a part of `target` files, from projects in seeded order: each is taken when that brings the
 * part closer to its target; at least one is taken when the target is positive, and one is always left.
 */
function takeProjects(projects: number[][], target: number): { taken: number[][]; rest: number[][] } {
  const taken: number[][] = [];
  const rest: number[][] = [];
  let filled = 0;
  for (const files of projects) {
    const closer = Math.abs(filled + files.length - target) < Math.abs(filled - target);
    if (closer && projects.length - taken.length > 1) {
      taken.push(files);
      filled += files.length;
    } else {
      rest.push(files);
    }
  }
  if (taken.length === 0 && target > 0 && rest.length > 1) {
    const smallest = rest.reduce((best, files) => (files.length < best.length ? files : best));
    taken.push(smallest);
    rest.splice(rest.indexOf(smallest), 1);
  }
  return { taken, rest };
}

const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
