/**
 * A dataset ready to train on: every readable file's text, its head tokenized once (truncated to max_length,
 * special tokens included: the seed's view, and the lengths the data fingerprint uses), labels, and the seeded
 * stratified split (by project by default). Other views of the texts are tokenized when used (views.ts,
 * trainingViews.ts). Built in the training worker or the CLI; plain arrays so it can cross a worker boundary.
 */
import { fnv1a32 } from '../hash.ts';
import type { CodeTokenizer } from '../tokenizer/codeTokenizer.ts';
import type { DatasetFolder } from './datasetFolder.ts';
import { stratifiedSplit, type DatasetSplit, type SplitBy } from './split.ts';

export interface EncodedDataset {
  labels: string[];
  /** Root-relative path of each example (for the confusion-matrix drill-down). */
  paths: string[];
  /** Token ids of each example's head: <s> … </s>, at most max_length. */
  tokenIds: Int32Array[];
  /** Each example's text, for the other views (random lines, cuts, whole-file windows). */
  texts: string[];
  /** Tokens per window and view (the effective max_length). */
  maxLength: number;
  exampleLabels: Int32Array;
  split: DatasetSplit;
  padId: number;
}

export interface EncodeDatasetOptions {
  maxLength: number;
  testSize: number;
  validationSplit: number;
  seed: number;
  /** 'project' keeps each language's top-level sub-folders whole on one side (default 'file', the seed's). */
  splitBy?: SplitBy;
  /** Called every `progressEvery` files with (done, total). */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
}

export function encodeDataset(folder: DatasetFolder, tokenizer: CodeTokenizer, opts: EncodeDatasetOptions): EncodedDataset {
  const { examples } = folder;
  const tokenIds: Int32Array[] = [];
  const every = opts.progressEvery ?? 50;
  for (let i = 0; i < examples.length; i++) {
    const { inputIds } = tokenizer.encode(examples[i]!.text, { truncation: true, maxLength: opts.maxLength });
    tokenIds.push(Int32Array.from(inputIds));
    if (opts.onProgress && ((i + 1) % every === 0 || i + 1 === examples.length)) opts.onProgress(i + 1, examples.length);
  }
  const split = stratifiedSplit(
    examples.map((e) => ({ path: e.path, label: e.label })),
    { testSize: opts.testSize, validationSplit: opts.validationSplit, seed: opts.seed, splitBy: opts.splitBy },
  );
  return {
    labels: [...folder.labels],
    paths: examples.map((e) => e.path),
    tokenIds,
    texts: examples.map((e) => e.text),
    maxLength: opts.maxLength,
    exampleLabels: Int32Array.from(examples.map((e) => e.label)),
    split,
    padId: tokenizer.padTokenId,
  };
}

/** A stable fingerprint of what the model trains on (paths, labels, split), to refuse resuming on other data. */
export function datasetFingerprint(data: EncodedDataset): string {
  // Collisions are irrelevant here: the check catches mistakes, not attacks.
  function* parts() {
    yield data.labels.join('\u0000');
    for (let i = 0; i < data.paths.length; i++) yield `${data.paths[i]}\u0000${data.exampleLabels[i]}\u0000${data.tokenIds[i]!.length}`;
    yield `${data.split.train.length}/${data.split.validation.length}/${data.split.test.length}`;
  }
  return fnv1a32(parts()).toString(16).padStart(8, '0');
}
