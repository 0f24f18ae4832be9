/**
 * TrainConfig: the seed's ModelConfig, field for field and with its defaults, plus what a reproducible,
 * resumable browser trainer needs on top (seed, test split, mixed precision, length bucketing, logging cadence).
 * snake_case on purpose: these are the seed's names, and they travel into checkpoints as they are.
 */
import { BUCKET_CHUNK_BATCHES, type EpochPlanOptions } from '../data/epochPlan.ts';
import { SPLIT_BY, type SplitBy } from '../data/split.ts';
import { EVAL_VIEWS, TRAIN_VIEWS, type EvalView, type TrainViews } from '../data/views.ts';

export interface TrainConfig {
  model_name: string; // "huggingface/CodeBERTa-small-v1"
  max_length: number; // 512 tokens per example (truncation); batches are padded to their longest, never to this
  batch_size: number; // 16 examples per micro-batch
  epochs: number; // 3
  learning_rate: number; // 2e-5 peak lr
  warmup_ratio: number; // 0.1 of all optimizer steps warm up linearly from 0
  max_grad_norm: number; // 1.0 global-norm clipping (after unscaling)
  early_stopping_patience: number; // 3 epochs without a better validation loss → stop, restore the best
  validation_split: number; // 0.1 of the training part
  freeze_base_model: boolean; // true: the encoder is frozen…
  unfreeze_last_n_layers: number; // …except its last 2 layers; the classifier always trains
  weight_decay: number; // 0.01, not on biases and LayerNorm weights
  dropout: number; // 0.1 hidden and attention dropout
  gradient_accumulation_steps: number; // 1: optimizer step every N micro-batches
  // Beyond the seed's ModelConfig:
  test_size: number; // 0.2, the seed's train_test_split(test_size=0.2)
  seed: number; // 42, the seed's random_state: split, shuffles, dropout, classifier init
  /** fp16 autocast emulation with dynamic loss scaling; 'auto' = on for WebGPU, off on CPU (as torch.cuda.amp). */
  mixed_precision: boolean | 'auto';
  length_bucketing: boolean; // group similar lengths into batches: less padding, same examples per epoch
  log_every: number; // read loss/metrics back from the device every N optimizer steps
  /**
   * Memory budget: the largest B·T one forward/backward pass may hold; a bigger micro-batch runs as several
   * passes with the same result (microBatching.ts). 0 = auto: 768 on wasm (4 GB heap), no limit elsewhere.
   */
  max_tokens_per_pass: number;
  /** What a training example reads of its file: 'random-lines' (a fresh run of lines each epoch) or 'head' (the seed's). */
  train_views: TrainViews;
  views_per_file: number; // 1: views of each training file per epoch
  /** Every language the same share of each epoch (trainingViews.ts), however many files each has. */
  balance_languages: boolean;
  /** How validation and test read files: whole (windowed), 20- and 5-line cuts, or the seed's head. */
  eval_views: EvalView[];
  /** 'project': a language's top-level sub-folders stay whole on one side of the split; 'file': the seed's split. */
  split_by: SplitBy;
}

export const DEFAULT_TRAIN_CONFIG: Readonly<TrainConfig> = {
  model_name: 'huggingface/CodeBERTa-small-v1',
  max_length: 512,
  batch_size: 16,
  epochs: 3,
  learning_rate: 2e-5,
  warmup_ratio: 0.1,
  max_grad_norm: 1.0,
  early_stopping_patience: 3,
  validation_split: 0.1,
  freeze_base_model: true,
  unfreeze_last_n_layers: 2,
  weight_decay: 0.01,
  dropout: 0.1,
  gradient_accumulation_steps: 1,
  test_size: 0.2,
  seed: 42,
  mixed_precision: 'auto',
  length_bucketing: true,
  log_every: 10,
  max_tokens_per_pass: 0,
  train_views: 'random-lines',
  views_per_file: 1,
  // On: a detector is judged on every language alike (measured in 20 languages on unseen projects: whole file
  // 80.8 → 84.7%, 20 lines 73.0 → 77.2%, 5 lines 64.2 → 68.5%); off in the seed's recipe.
  balance_languages: true,
  eval_views: ['whole', 'l20', 'l5'],
  split_by: 'project',
};

/** The seed's recipe for what the model reads: file heads, a file split (for parity runs). */
export const SEED_VIEWS: Pick<TrainConfig, 'train_views' | 'balance_languages' | 'eval_views' | 'split_by'> = {
  train_views: 'head',
  balance_languages: false,
  eval_views: ['head'],
  split_by: 'file',
};

type Check = [keyof TrainConfig, (v: unknown) => boolean, string];
const int = (min: number) => (v: unknown) => Number.isInteger(v) && (v as number) >= min;
const num = (min: number, max: number, openMin = false) => (v: unknown) =>
  typeof v === 'number' && Number.isFinite(v) && (openMin ? v > min : v >= min) && v <= max;

const CHECKS: Check[] = [
  ['max_length', int(8), 'an integer ≥ 8'],
  ['batch_size', int(1), 'an integer ≥ 1'],
  ['epochs', int(1), 'an integer ≥ 1'],
  ['learning_rate', num(0, 1, true), 'a number in (0, 1]'],
  ['warmup_ratio', num(0, 1), 'a number in [0, 1]'],
  ['max_grad_norm', num(0, Infinity, true), 'a positive number'],
  ['early_stopping_patience', int(1), 'an integer ≥ 1'],
  ['validation_split', num(0, 0.9), 'a number in [0, 0.9]'],
  ['unfreeze_last_n_layers', int(0), 'an integer ≥ 0'],
  ['weight_decay', num(0, 1), 'a number in [0, 1]'],
  ['dropout', num(0, 0.9), 'a number in [0, 0.9]'],
  ['gradient_accumulation_steps', int(1), 'an integer ≥ 1'],
  ['test_size', num(0, 0.9), 'a number in [0, 0.9]'],
  ['seed', int(0), 'an integer ≥ 0'],
  ['log_every', int(1), 'an integer ≥ 1'],
  ['max_tokens_per_pass', int(0), 'an integer ≥ 0 (0 = auto)'],
  ['views_per_file', int(1), 'an integer ≥ 1'],
  ['train_views', (v) => (TRAIN_VIEWS as readonly unknown[]).includes(v), `one of ${TRAIN_VIEWS.join(', ')}`],
  ['split_by', (v) => (SPLIT_BY as readonly unknown[]).includes(v), `one of ${SPLIT_BY.join(', ')}`],
  [
    'eval_views',
    (v) => Array.isArray(v) && v.length > 0 && v.every((x) => (EVAL_VIEWS as readonly unknown[]).includes(x)),
    `a non-empty list of ${EVAL_VIEWS.join(', ')}`,
  ],
];

/** How the trainer orders a training epoch under `config` (shared by a fresh run and a resumed one). */
export function epochPlanOptions(config: TrainConfig): EpochPlanOptions {
  return { batchSize: config.batch_size, shuffle: true, bucketChunkBatches: config.length_bucketing ? BUCKET_CHUNK_BATCHES : 0 };
}

/** Field → message for every invalid field (empty when the config is valid). Used by the CLI and the form. */
export function validateTrainConfig(config: TrainConfig): Partial<Record<keyof TrainConfig, string>> {
  const errors: Partial<Record<keyof TrainConfig, string>> = {};
  for (const [field, ok, what] of CHECKS) {
    if (!ok(config[field])) errors[field] = `${field} must be ${what} (got ${JSON.stringify(config[field])})`;
  }
  if (typeof config.freeze_base_model !== 'boolean') errors.freeze_base_model = 'freeze_base_model must be true or false';
  if (typeof config.length_bucketing !== 'boolean') errors.length_bucketing = 'length_bucketing must be true or false';
  if (typeof config.balance_languages !== 'boolean') errors.balance_languages = 'balance_languages must be true or false';
  if (![true, false, 'auto'].includes(config.mixed_precision as never)) {
    errors.mixed_precision = 'mixed_precision must be true, false or "auto"';
  }
  return errors;
}

/**
 * A config from a checkpoint written before some field existed, completed with that field's default — except the
 * views and the split, which runs written before them did as the seed does (a resume must not change them).
 */
export function completeTrainConfig(saved: Partial<TrainConfig>): TrainConfig {
  return { ...DEFAULT_TRAIN_CONFIG, ...SEED_VIEWS, ...saved };
}

/** Defaults overlaid with `overrides`; throws one Error listing every invalid field. */
export function makeTrainConfig(overrides: Partial<TrainConfig> = {}): TrainConfig {
  const config = { ...DEFAULT_TRAIN_CONFIG, ...overrides };
  const errors = Object.values(validateTrainConfig(config));
  if (errors.length > 0) throw new Error(`invalid training settings: ${errors.join('; ')}`);
  return config;
}
