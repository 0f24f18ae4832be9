/**
 * The training form: TrainConfig as the inputs hold it (numbers as typed text), its fields in display order, and
 * the conversion back, validated by the core's validateTrainConfig (the CLI's messages, field by field).
 */
import type { SplitBy } from '../core/data/split.ts';
import type { EvalView, TrainViews } from '../core/data/views.ts';
import { DEFAULT_TRAIN_CONFIG, validateTrainConfig, type TrainConfig } from '../core/train/trainConfig.ts';

export type NumericField =
  | 'max_length'
  | 'batch_size'
  | 'epochs'
  | 'learning_rate'
  | 'warmup_ratio'
  | 'max_grad_norm'
  | 'early_stopping_patience'
  | 'validation_split'
  | 'test_size'
  | 'unfreeze_last_n_layers'
  | 'gradient_accumulation_steps'
  | 'weight_decay'
  | 'dropout'
  | 'seed'
  | 'log_every'
  | 'views_per_file';

export type FormValues = Record<NumericField, string> & {
  freeze_base_model: boolean;
  length_bucketing: boolean;
  balance_languages: boolean;
  mixed_precision: 'auto' | 'on' | 'off';
  train_views: TrainViews;
  split_by: SplitBy;
  eval_views: EvalView[];
};

export type FormErrors = Partial<Record<keyof TrainConfig, string>>;

export interface FieldSpec {
  name: NumericField;
  label: string;
  help: string;
  step?: string;
  /** Shown in the "advanced" group. */
  advanced?: boolean;
}

export const NUMERIC_FIELDS: readonly FieldSpec[] = [
  { name: 'epochs', label: 'Epochs', help: 'Passes over the training files.' },
  { name: 'batch_size', label: 'Batch size', help: 'Files per micro-batch.' },
  { name: 'max_length', label: 'Max length', help: 'Tokens per example and per window (a longer view is read from its start; evaluation reads whole files in windows).' },
  { name: 'learning_rate', label: 'Learning rate', help: 'Peak learning rate of AdamW.', step: 'any' },
  { name: 'warmup_ratio', label: 'Warmup', help: 'Share of steps warming up linearly from 0.', step: 'any' },
  { name: 'validation_split', label: 'Validation split', help: 'Share of the training part held out each epoch.', step: 'any' },
  { name: 'test_size', label: 'Test split', help: 'Share held out for the final test.', step: 'any', advanced: true },
  { name: 'early_stopping_patience', label: 'Patience', help: 'Epochs without a better validation loss before stopping.', advanced: true },
  { name: 'max_grad_norm', label: 'Gradient clipping', help: 'Global norm the gradients are clipped to.', step: 'any', advanced: true },
  { name: 'gradient_accumulation_steps', label: 'Accumulation', help: 'Micro-batches per optimizer step.', advanced: true },
  { name: 'unfreeze_last_n_layers', label: 'Unfreeze last N layers', help: 'Encoder layers that still train when the base is frozen.', advanced: true },
  { name: 'weight_decay', label: 'Weight decay', help: 'AdamW decay (not on biases and LayerNorm).', step: 'any', advanced: true },
  { name: 'dropout', label: 'Dropout', help: 'Hidden and attention dropout.', step: 'any', advanced: true },
  { name: 'seed', label: 'Seed', help: 'Split, shuffles, dropout and initialisation.', advanced: true },
  { name: 'log_every', label: 'Log every N steps', help: 'How often loss and metrics are read back.', advanced: true },
  { name: 'views_per_file', label: 'Views per file', help: 'Random runs of lines drawn from each training file per epoch.', advanced: true },
];

export function formFromConfig(config: TrainConfig): FormValues {
  const numbers = Object.fromEntries(NUMERIC_FIELDS.map((f) => [f.name, String(config[f.name])])) as Record<NumericField, string>;
  return {
    ...numbers,
    freeze_base_model: config.freeze_base_model,
    length_bucketing: config.length_bucketing,
    balance_languages: config.balance_languages,
    mixed_precision: config.mixed_precision === 'auto' ? 'auto' : config.mixed_precision ? 'on' : 'off',
    train_views: config.train_views,
    split_by: config.split_by,
    eval_views: [...config.eval_views],
  };
}

export const FORM_DEFAULT: FormValues = formFromConfig(DEFAULT_TRAIN_CONFIG);

/** The config the form describes and, per field, what is wrong with it (empty when it can be used). */
export function configFromForm(form: FormValues, modelName: string): { config: TrainConfig; errors: FormErrors } {
  const errors: FormErrors = {};
  const config: TrainConfig = {
    ...DEFAULT_TRAIN_CONFIG,
    model_name: modelName,
    freeze_base_model: form.freeze_base_model,
    length_bucketing: form.length_bucketing,
    balance_languages: form.balance_languages,
    mixed_precision: form.mixed_precision === 'auto' ? 'auto' : form.mixed_precision === 'on',
    train_views: form.train_views,
    split_by: form.split_by,
    eval_views: [...form.eval_views],
  };
  for (const { name } of NUMERIC_FIELDS) {
    const text = form[name].trim();
    const value = Number(text);
    if (text === '' || !Number.isFinite(value)) errors[name] = `${name} must be a number${text ? ` (got "${text}")` : ''}`;
    (config as unknown as Record<string, unknown>)[name] = value;
  }
  return { config, errors: { ...validateTrainConfig(config), ...errors } };
}
