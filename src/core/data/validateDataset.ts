/**
 * Checks on a read dataset folder, worded for the person who picked the folder. Errors block training;
 * warnings are shown but training may go on.
 */
import type { DatasetFolder } from './datasetFolder.ts';
import { describeSkipCounts, type SkipReason } from './skipReasons.ts';

export interface DatasetValidation {
  errors: string[];
  warnings: string[];
}

export interface ValidationOptions {
  /** Fewer files than this in a language is an error: the split could not give it a train, validation
   * and test share (test 20 %, validation 10 % of the rest). Default 5. */
  minFilesPerLanguage?: number;
  /** largest / smallest class size above this is a warning. Default 10. */
  maxImbalanceRatio?: number;
}

const EXAMPLE_LAYOUT = 'put each language in its own sub-folder, e.g. python/a.py, javascript/b.js';

export function validateDataset(dataset: DatasetFolder, options: ValidationOptions = {}): DatasetValidation {
  const minFiles = options.minFilesPerLanguage ?? 5;
  const maxRatio = options.maxImbalanceRatio ?? 10;
  const errors: string[] = [];
  const warnings: string[] = [];
  const counts = dataset.labelCounts;

  if (dataset.labels.length === 0) {
    const rootFiles = dataset.skippedByReason['root-level'] ?? 0;
    const loose =
      rootFiles === 1
        ? '1 file lies directly in the folder and was'
        : `${rootFiles} files lie directly in the folder and were`;
    const hint = rootFiles > 0 ? ` (${loose} ignored)` : '';
    errors.push(`No language sub-folders with readable files found${hint}: ${EXAMPLE_LAYOUT}.`);
  } else if (dataset.labels.length === 1) {
    const only = dataset.labels[0]!;
    const files = `${counts[0]} file${plural(counts[0]!)}`;
    errors.push(`A classifier needs at least two languages; found only "${only}" (${files}): ${EXAMPLE_LAYOUT}.`);
  }

  for (const empty of dataset.emptyLanguages) {
    const why = describeSkipCounts(empty.skipped);
    warnings.push(`Language folder "${empty.name}" has no readable files${why ? ` (${why})` : ''}; it is ignored.`);
  }

  const tooSmall = dataset.labels.flatMap((name, i) => (counts[i]! < minFiles ? [`"${name}" has ${counts[i]}`] : []));
  if (tooSmall.length > 0) {
    const list = tooSmall.join(', ');
    errors.push(
      `Too few files to split into train, validation and test sets: each language needs at least ${minFiles}; ${list}.`,
    );
  }

  if (counts.length >= 2) {
    const largest = Math.max(...counts);
    const smallest = Math.min(...counts);
    if (smallest > 0 && largest / smallest > maxRatio) {
      const big = dataset.labels[counts.indexOf(largest)]!;
      const small = dataset.labels[counts.indexOf(smallest)]!;
      warnings.push(
        `Classes are very unbalanced: "${big}" has ${largest} files but "${small}" only ${smallest} ` +
          `(${(largest / smallest).toFixed(1)}×); the model may learn to ignore the small ones.`,
      );
    }
  }

  // Hidden files (.git, .DS_Store) are expected; anything else skipped deserves a mention.
  const notable: Partial<Record<SkipReason, number>> = { ...dataset.skippedByReason };
  delete notable.hidden;
  const notableCount = Object.values(notable).reduce((sum, n) => sum + (n ?? 0), 0);
  if (notableCount > 0) {
    warnings.push(`${notableCount} file${plural(notableCount)} skipped: ${describeSkipCounts(notable)}.`);
  }

  return { errors, warnings };
}

const plural = (n: number) => (n === 1 ? '' : 's');
