import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeHfFolder } from '../../src/core/checkpoint/hfFolder.ts';
import { encodeDataset } from '../../src/core/data/encodedDataset.ts';
import { effectiveMaxLength, loadClassifier } from '../../src/core/inference/loadClassifier.ts';
import { exportStateDict } from '../../src/core/model/params.ts';
import { tokenizerFingerprint } from '../../src/core/tokenizer/fingerprint.ts';
import { DEFAULT_TRAIN_CONFIG, makeTrainConfig, SEED_VIEWS, type TrainConfig } from '../../src/core/train/trainConfig.ts';
import { parseEvalViews } from '../../src/core/data/views.ts';
import type { TrainerEvents } from '../../src/core/train/events.ts';
import { WASM_MAX_TOKENS_PER_PASS } from '../../src/core/train/microBatching.ts';
import { Trainer } from '../../src/core/train/trainer.ts';
import { peekTrainingCheckpoint } from '../../src/core/train/trainerState.ts';
import { describeCliBackend, initCliBackend } from '../backend.ts';
import { readDataFolder } from '../dataFolder.ts';
import { CliError } from '../errors.ts';
import { modelSource } from '../modelSource.ts';
import { formatViewAccuracies, printViewEvaluations } from '../printEvaluation.ts';
import { formatDuration, ProgressBar } from '../progress.ts';
import { stopOnSignals, writeAtomic } from '../runFiles.ts';

const d = DEFAULT_TRAIN_CONFIG;
const HELP = `Usage: codeberta train --data DIR --model DIR --out DIR [options]

Fine-tunes a CodeBERTa/RoBERTa model as a language classifier on DIR (one sub-folder per language).
Writes OUT/model (a Hugging Face folder: from_pretrained loads it) and OUT/checkpoint.safetensors (the full
training state, written every epoch and on Ctrl-C; continue it with --resume).

Options (defaults are the original recipe's ModelConfig):
  --data DIR                dataset folder
  --model DIR|HUB_ID        base model: a Hugging Face folder (masked-LM or classifier weights) or hub id
  --out DIR                 output folder
  --resume FILE             continue a training checkpoint (same --data and --model tokenizer)
  --overwrite               replace the model and checkpoint already in --out (refused without it)
  --random-init             ignore --model's weights (same architecture and tokenizer, fresh init): a baseline
  --epochs N                ${d.epochs}
  --batch-size N            ${d.batch_size}
  --max-length N            ${d.max_length} tokens (capped by the model)
  --lr X                    ${d.learning_rate}
  --warmup-ratio X          ${d.warmup_ratio}
  --max-grad-norm X         ${d.max_grad_norm}
  --weight-decay X          ${d.weight_decay}
  --dropout X               ${d.dropout}
  --patience N              ${d.early_stopping_patience} (early stopping on validation loss)
  --validation-split X      ${d.validation_split}
  --test-size X             ${d.test_size}
  --freeze-base / --no-freeze-base   freeze the encoder (default: frozen)
  --unfreeze-last-n N       ${d.unfreeze_last_n_layers} (encoder layers that still train when frozen)
  --grad-accum N            ${d.gradient_accumulation_steps}
  --max-tokens-per-pass N   memory budget: the most batch × tokens one forward/backward pass holds; a larger
                            batch runs as several passes, same result (0 = auto: on wasm ${WASM_MAX_TOKENS_PER_PASS} for CodeBERTa-small,
                            scaled to the model's size; no limit on cpu). With --resume it replaces the checkpoint's budget.
  --mixed-precision on|off|auto   fp16 autocast emulation + loss scaling (default auto: on for WebGPU only)
  --seed N                  ${d.seed}
  --log-every N             ${d.log_every} steps between progress reads
  --no-bucketing            do not group examples of similar length
  --train-views random-lines|head   what a training example reads: a run of lines of random length anywhere in its
                            file, drawn anew each epoch (default), or the file's first max-length tokens (the seed's)
  --views-per-file N        ${d.views_per_file} (views of each training file per epoch)
  --balance-languages / --no-balance-languages   every language the same share of each epoch (a smaller one's files
                            read as more views, a larger one's in turns) (default: ${d.balance_languages ? 'on' : 'off'})
  --eval-views LIST         ${d.eval_views.join(',')} (validation and test per view: whole = the whole file in windows,
                            l20 / l5 = a 20- / 5-line cut, head = the first max-length tokens, the seed's)
  --split-by project|file   ${d.split_by}: a language's top-level sub-folders (projects) stay whole on one side of the split
                            (a language with fewer than 3 falls back to files); file = the seed's split
  --seed-recipe             the seed's reading and split: --train-views head --no-balance-languages --eval-views head
                            --split-by file
  --backend wasm|cpu        default wasm`;

const OPTIONS = {
  data: { type: 'string' },
  model: { type: 'string' },
  out: { type: 'string' },
  resume: { type: 'string' },
  'random-init': { type: 'boolean' },
  epochs: { type: 'string' },
  'batch-size': { type: 'string' },
  'max-length': { type: 'string' },
  lr: { type: 'string' },
  'warmup-ratio': { type: 'string' },
  'max-grad-norm': { type: 'string' },
  'weight-decay': { type: 'string' },
  dropout: { type: 'string' },
  patience: { type: 'string' },
  'validation-split': { type: 'string' },
  'test-size': { type: 'string' },
  'freeze-base': { type: 'boolean' },
  'no-freeze-base': { type: 'boolean' },
  'unfreeze-last-n': { type: 'string' },
  'grad-accum': { type: 'string' },
  'max-tokens-per-pass': { type: 'string' },
  'mixed-precision': { type: 'string' },
  seed: { type: 'string' },
  'log-every': { type: 'string' },
  'no-bucketing': { type: 'boolean' },
  'train-views': { type: 'string' },
  'views-per-file': { type: 'string' },
  'balance-languages': { type: 'boolean' },
  'no-balance-languages': { type: 'boolean' },
  'eval-views': { type: 'string' },
  'split-by': { type: 'string' },
  'seed-recipe': { type: 'boolean' },
  overwrite: { type: 'boolean' },
  backend: { type: 'string', default: 'wasm' },
  help: { type: 'boolean', short: 'h' },
} as const;

const NUMERIC: [string, keyof TrainConfig][] = [
  ['epochs', 'epochs'],
  ['batch-size', 'batch_size'],
  ['max-length', 'max_length'],
  ['lr', 'learning_rate'],
  ['warmup-ratio', 'warmup_ratio'],
  ['max-grad-norm', 'max_grad_norm'],
  ['weight-decay', 'weight_decay'],
  ['dropout', 'dropout'],
  ['patience', 'early_stopping_patience'],
  ['validation-split', 'validation_split'],
  ['test-size', 'test_size'],
  ['unfreeze-last-n', 'unfreeze_last_n_layers'],
  ['grad-accum', 'gradient_accumulation_steps'],
  ['max-tokens-per-pass', 'max_tokens_per_pass'],
  ['seed', 'seed'],
  ['log-every', 'log_every'],
  ['views-per-file', 'views_per_file'],
];

/** Command-line options → TrainConfig overrides (validated by makeTrainConfig). */
export function trainConfigFromArgs(values: Record<string, string | boolean | undefined>): Partial<TrainConfig> {
  const overrides: Partial<Record<keyof TrainConfig, unknown>> = {};
  for (const [flag, field] of NUMERIC) {
    const raw = values[flag];
    if (raw === undefined) continue;
    const n = Number(raw);
    if (raw === '' || Number.isNaN(n)) throw new CliError(`--${flag} must be a number, not "${raw}"`);
    overrides[field] = n;
  }
  if (values['freeze-base'] && values['no-freeze-base']) throw new CliError('--freeze-base and --no-freeze-base contradict each other');
  if (values['freeze-base']) overrides.freeze_base_model = true;
  if (values['no-freeze-base']) overrides.freeze_base_model = false;
  if (values['no-bucketing']) overrides.length_bucketing = false;
  if (values['balance-languages'] && values['no-balance-languages']) throw new CliError('--balance-languages and --no-balance-languages contradict each other');
  if (values['balance-languages']) overrides.balance_languages = true;
  if (values['no-balance-languages']) overrides.balance_languages = false;
  if (values['seed-recipe']) Object.assign(overrides, SEED_VIEWS);
  if (values['train-views'] !== undefined) overrides.train_views = values['train-views'];
  if (values['split-by'] !== undefined) overrides.split_by = values['split-by'];
  if (values['eval-views'] !== undefined) {
    try {
      overrides.eval_views = parseEvalViews(String(values['eval-views']));
    } catch (err) {
      throw new CliError(`--eval-views: ${(err as Error).message}`);
    }
  }
  const mp = values['mixed-precision'];
  if (mp !== undefined) {
    const map: Record<string, boolean | 'auto'> = { on: true, off: false, auto: 'auto', true: true, false: false };
    if (!(String(mp) in map)) throw new CliError(`--mixed-precision must be on, off or auto, not "${mp}"`);
    overrides.mixed_precision = map[String(mp)];
  }
  return overrides as Partial<TrainConfig>;
}

/** Flags that may accompany --resume: what to resume, where, on what, and this machine's memory budget. */
const RESUMABLE_FLAGS = new Set(['data', 'model', 'out', 'resume', 'backend', 'max-tokens-per-pass', 'help', 'overwrite']);

export async function trainCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  for (const flag of ['data', 'model', 'out'] as const) {
    if (!values[flag]) throw new CliError(`--${flag} is required\n\n${HELP}`);
  }
  const bar = new ProgressBar();
  let config: TrainConfig;
  try {
    config = makeTrainConfig(trainConfigFromArgs(values));
  } catch (err) {
    throw new CliError((err as Error).message);
  }
  const resumeBytes = values.resume ? new Uint8Array(await readFile(values.resume).catch(() => {
    throw new CliError(`cannot read checkpoint ${values.resume}`);
  })) : undefined;
  if (resumeBytes) {
    // A resumed run keeps its recipe (its schedule, split and views depend on it): a setting given with --resume
    // would be silently ignored, so it is refused instead. Only this machine's memory budget may change.
    const given = Object.keys(OPTIONS).filter((o) => values[o as keyof typeof values] !== undefined && !RESUMABLE_FLAGS.has(o));
    if (given.length > 0) {
      throw new CliError(`--resume continues the run with its own settings; ${given.map((f) => `--${f}`).join(', ')} cannot change them (only --max-tokens-per-pass can)`);
    }
    const budget = config.max_tokens_per_pass;
    try {
      config = peekTrainingCheckpoint(resumeBytes).trainConfig; // a resumed run keeps its own settings…
    } catch (err) {
      throw new CliError(`${values.resume}: ${(err as Error).message}`);
    }
    // …except the memory budget, which belongs to this machine (and changes no result).
    if (values['max-tokens-per-pass'] !== undefined) config = { ...config, max_tokens_per_pass: budget };
  }

  // Nothing already saved is replaced silently: checked before any work starts.
  const out = values.out!;
  const checkpointPath = join(out, 'checkpoint.safetensors');
  const existing = (await Promise.all([checkpointPath, join(out, 'model')].map((p) => access(p).then(() => p, () => null)))).filter((p) => p !== null);
  if (existing.length > 0 && !resumeBytes && !values.overwrite) {
    throw new CliError(`${out} already holds a run (${existing.join(', ')}): continue it with --resume ${checkpointPath}, or replace it with --overwrite`);
  }

  const backend = await initCliBackend(values.backend);
  const dataset = await readDataFolder(values.data!, (w) => bar.log(`warning: ${w}`));
  const classifier = await loadClassifier(modelSource(values.model!), {
    labels: dataset.labels,
    seed: config.seed,
    randomInit: values['random-init'] === true,
    configOverrides: { hidden_dropout_prob: config.dropout, attention_probs_dropout_prob: config.dropout },
  });
  for (const w of classifier.warnings) bar.log(`warning: ${w}`);
  const { tokenizer, model } = classifier;
  if (values['random-init']) {
    bar.log(`random initialisation: ${classifier.report.newlyInitialized.length} tensors (the checkpoint's weights are not used)`);
  } else if (classifier.report.newlyInitialized.length > 0) {
    bar.log(`newly initialised (not in the checkpoint): ${classifier.report.newlyInitialized.join(', ')}`);
  }
  if (classifier.report.ignored.length > 0) bar.log(`ignored checkpoint tensors: ${classifier.report.ignored.length} (${classifier.report.ignored.slice(0, 3).join(', ')}…)`);

  const maxLength = effectiveMaxLength(classifier.config, tokenizer, config.max_length);
  const data = encodeDataset(dataset, tokenizer, {
    maxLength,
    testSize: config.test_size,
    validationSplit: config.validation_split,
    seed: config.seed,
    splitBy: config.split_by,
    onProgress: (done, total) => bar.update(done, total, 'tokenizing'),
  });
  const fileSplit = data.split.fileSplitLabels ?? [];
  if (fileSplit.length > 0) {
    bar.log(`split by file (fewer than 3 project folders) for: ${fileSplit.map((l) => data.labels[l]).join(', ')}`);
  }
  bar.log(
    `${data.paths.length} files in ${data.labels.length} languages (${data.labels.join(', ')}); ` +
      `train ${data.split.train.length}, validation ${data.split.validation.length}, test ${data.split.test.length}; ` +
      `skipped ${dataset.skipped.length}; max length ${maxLength}; backend ${describeCliBackend(backend)}`,
  );

  await mkdir(out, { recursive: true });
  const trainerOptions = {
    model,
    data,
    config,
    backend: backend.name,
    tokenizerFingerprint: tokenizerFingerprint(tokenizer),
    tokenizer,
    events: {
      onStep: (e) =>
        bar.update(e.step, e.totalSteps, `epoch ${e.epoch + 1} loss ${e.loss.toFixed(4)} lr ${e.lr.toExponential(2)} ` +
          `${Math.round(e.tokensPerSecond)} tok/s ETA ${formatDuration(e.etaSeconds)}`),
      onEpoch: (e) =>
        bar.log(
          `epoch ${e.epoch + 1}: train loss ${e.trainLoss.toFixed(4)}` +
            (e.validation ? `, validation loss ${e.validation.loss.toFixed(4)}, accuracy ${formatViewAccuracies(e.validation.views)}` : '') +
            (e.improved ? ' (best so far)' : ''),
        ),
      onCheckpoint: (e) => writeAtomic(checkpointPath, e.bytes),
      onWarning: (m) => bar.log(`warning: ${m}`),
    } satisfies TrainerEvents,
  };
  let trainer: Trainer;
  try {
    trainer = resumeBytes ? await Trainer.resume(trainerOptions, resumeBytes) : new Trainer(trainerOptions);
  } catch (err) {
    throw new CliError((err as Error).message);
  }
  if (resumeBytes) bar.log(`resuming at step ${trainer.state.optimizerStep} of ${trainer.totalSteps}`);
  if (config.batch_size * maxLength > trainer.maxTokensPerPass) {
    bar.log(`batches of ${config.batch_size} × up to ${maxLength} tokens run in passes of at most ${trainer.maxTokensPerPass} tokens (same result; --max-tokens-per-pass)`);
  }

  const releaseSignals = stopOnSignals(bar, () => trainer.stop());
  const result = await trainer.run();
  releaseSignals();

  if (result.status === 'stopped') {
    bar.log(`stopped at step ${trainer.state.optimizerStep}; continue with --resume ${checkpointPath}`);
    return 130;
  }
  if (result.status === 'diverged') {
    throw new CliError(`training diverged (see the warning above): no model was written${resumeBytes || trainer.state.epochsCompleted > 0 ? `; ${checkpointPath} holds the last good state` : ''}`);
  }
  const folder = writeHfFolder({
    config: classifier.config as unknown as Record<string, unknown>,
    stateDict: await exportStateDict(model),
    tokenizerFiles: tokenizer.toFiles() as unknown as Record<string, string>,
  });
  const modelDir = join(out, 'model');
  await mkdir(modelDir, { recursive: true });
  for (const [name, bytes] of folder) await writeFile(join(modelDir, name), bytes);
  bar.log(`${result.status === 'early-stopped' ? 'early stopped' : 'finished'}; best epoch ${(result.bestEpoch ?? 0) + 1}; model written to ${modelDir}`);
  if (result.test) printViewEvaluations(`Test (${result.test.examples.length} files)`, result.test.views);
  trainer.dispose();
  model.params.dispose();
  return 0;
}
