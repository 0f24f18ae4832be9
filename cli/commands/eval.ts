import { parseArgs } from 'node:util';
import { encodeDataset } from '../../src/core/data/encodedDataset.ts';
import { effectiveMaxLength, loadClassifier } from '../../src/core/inference/loadClassifier.ts';
import { reportToSklearnDict } from '../../src/core/train/metrics.ts';
import { evaluate } from '../../src/core/train/evaluate.ts';
import { DEFAULT_TRAIN_CONFIG } from '../../src/core/train/trainConfig.ts';
import { initCliBackend } from '../backend.ts';
import { readDataFolder } from '../dataFolder.ts';
import { CliError } from '../errors.ts';
import { modelSource } from '../modelSource.ts';
import { printViewEvaluations } from '../printEvaluation.ts';
import { SPLIT_BY, type SplitBy } from '../../src/core/data/split.ts';
import { parseEvalViews, type EvalView } from '../../src/core/data/views.ts';

const HELP = `Usage: codeberta eval --model DIR --data DIR [--views whole,l20,l5] [--split all|test] [--json] [options]

Evaluates a fine-tuned model on a folder of code (one sub-folder per language, the model's languages), per view:
accuracy, macro F1, the classification report (as scikit-learn prints it) and the confusion matrix.

Options:
  --views LIST         ${DEFAULT_TRAIN_CONFIG.eval_views.join(',')} (whole = the whole file read in windows, l20 / l5 = a
                       seeded 20- / 5-line cut of each file, head = its first max-length tokens, the seed's)
  --split all|test     all files (default), or only the held-out test part of a training folder
                       (the same split as training: --seed, --test-size, --validation-split, --split-by)
  --split-by project|file  ${DEFAULT_TRAIN_CONFIG.split_by}
  --seed N             ${DEFAULT_TRAIN_CONFIG.seed}
  --test-size X        ${DEFAULT_TRAIN_CONFIG.test_size}
  --validation-split X ${DEFAULT_TRAIN_CONFIG.validation_split}
  --max-length N       ${DEFAULT_TRAIN_CONFIG.max_length}
  --batch-size N       ${DEFAULT_TRAIN_CONFIG.batch_size}
  --known-only         score only the data's languages the model knows, listing the others as skipped (default:
                       refuse data with a language the model was not trained on)
  --json               one JSON object: views (per view: accuracy, macro_f1, loss, report as scikit-learn's
                       output_dict, confusion_matrix), and the first view's accuracy, loss, report, confusion_matrix
  --backend wasm|cpu   default wasm`;

/** A number option within [min, max] (an integer when `integer`): validated here, named in the message. */
const num = (v: string | undefined, flag: string, fallback: number, [min, max, integer]: [number, number, boolean]) => {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    throw new CliError(`--${flag} must be ${integer ? 'an integer' : 'a number'} in [${min}, ${max}], not "${v}"`);
  }
  return n;
};
const POSITIVE_INT: [number, number, boolean] = [1, 1_000_000, true];
const SEED: [number, number, boolean] = [0, 2 ** 32 - 1, true];
const FRACTION: [number, number, boolean] = [0, 0.9, false];

export async function evalCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      model: { type: 'string' },
      data: { type: 'string' },
      split: { type: 'string', default: 'all' },
      views: { type: 'string' },
      'split-by': { type: 'string' },
      seed: { type: 'string' },
      'test-size': { type: 'string' },
      'validation-split': { type: 'string' },
      'max-length': { type: 'string' },
      'batch-size': { type: 'string' },
      json: { type: 'boolean', default: false },
      'known-only': { type: 'boolean', default: false },
      backend: { type: 'string', default: 'wasm' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!values.model || !values.data) throw new CliError(`--model and --data are required\n\n${HELP}`);
  if (values.split !== 'all' && values.split !== 'test') throw new CliError(`--split must be all or test, not "${values.split}"`);
  const splitBy = values['split-by'] ?? DEFAULT_TRAIN_CONFIG.split_by;
  if (!(SPLIT_BY as readonly string[]).includes(splitBy)) throw new CliError(`--split-by must be ${SPLIT_BY.join(' or ')}, not "${splitBy}"`);
  let views: EvalView[];
  try {
    views = values.views === undefined ? [...DEFAULT_TRAIN_CONFIG.eval_views] : parseEvalViews(values.views);
  } catch (err) {
    throw new CliError(`--views: ${(err as Error).message}`);
  }
  // Every option validated before any work starts.
  const seed = num(values.seed, 'seed', DEFAULT_TRAIN_CONFIG.seed, SEED);
  const requestedLength = num(values['max-length'], 'max-length', DEFAULT_TRAIN_CONFIG.max_length, [8, 65_536, true]);
  const testSize = num(values['test-size'], 'test-size', DEFAULT_TRAIN_CONFIG.test_size, FRACTION);
  const validationSplit = num(values['validation-split'], 'validation-split', DEFAULT_TRAIN_CONFIG.validation_split, FRACTION);
  const batchSize = num(values['batch-size'], 'batch-size', 16, POSITIVE_INT);
  await initCliBackend(values.backend, 'inference');
  // Evaluation needs no split: one language or a few files is a fine test set (training's checks do not apply).
  const dataset = await readDataFolder(values.data, (w) => console.error(`warning: ${w}`), { validate: values.split === 'test' });
  if (dataset.examples.length === 0) throw new CliError(`${values.data} has no readable files in language sub-folders (e.g. python/a.py)`);
  const classifier = await loadClassifier(modelSource(values.model));
  for (const w of classifier.warnings) console.error(`warning: ${w}`);
  const missing = dataset.labels.filter((l) => !classifier.labels.includes(l));
  if (missing.length > 0 && !values['known-only']) {
    throw new CliError(
      `the model knows [${classifier.labels.join(', ')}] but the data has languages it was not trained on: ${missing.join(', ')} (--known-only scores the others)`,
    );
  }
  if (missing.length > 0) console.error(`skipping languages the model does not know: ${missing.join(', ')}`);
  // Data labels are mapped onto the model's label ids (a test folder may hold a subset of the languages).
  const labelIds = dataset.labels.map((l) => classifier.labels.indexOf(l));
  const known = dataset.examples.filter((e) => labelIds[e.label]! >= 0);
  if (known.length === 0) throw new CliError(`${values.data} has no files in the languages the model knows (${classifier.labels.join(', ')})`);
  const remapped = { ...dataset, labels: classifier.labels, examples: known.map((e) => ({ ...e, label: labelIds[e.label]! })) };
  const data = encodeDataset(remapped, classifier.tokenizer, {
    maxLength: effectiveMaxLength(classifier.config, classifier.tokenizer, requestedLength),
    testSize,
    validationSplit,
    seed,
    splitBy: splitBy as SplitBy,
  });
  const indices = values.split === 'test' ? data.split.test : data.paths.map((_, i) => i);
  const result = await evaluate(classifier.model, data, indices, {
    views,
    batchSize,
    tokenizer: classifier.tokenizer,
    seed,
  });
  if (values.json) {
    const perView = Object.fromEntries(result.views.map((v) => [v.view, {
      accuracy: v.accuracy,
      macro_f1: v.macroF1,
      loss: v.loss,
      report: reportToSklearnDict(v.report),
      confusion_matrix: v.confusionMatrix,
    }]));
    const first = perView[views[0]!]!;
    console.log(JSON.stringify({ files: indices.length, labels: classifier.labels, skipped_languages: missing, ...first, views: perView }));
  } else {
    printViewEvaluations(`${values.split === 'test' ? 'Test split' : 'All files'} (${indices.length} files)`, result.views);
  }
  classifier.model.params.dispose();
  return 0;
}
