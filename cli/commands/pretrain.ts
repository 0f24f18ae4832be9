import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadHfFolder, writeHfFolder } from '../../src/core/checkpoint/hfFolder.ts';
import { CODEBERTA_SMALL_V1, parseRobertaConfig, type RobertaConfig } from '../../src/core/model/config.ts';
import { loadStateDict } from '../../src/core/model/params.ts';
import { directoryFileSource } from '../fsSource.ts';
import { exportMaskedLMStateDict, initMaskedLM } from '../../src/core/model/maskedLM.ts';
import { tokenBlocks, viewBlocks } from '../../src/core/pretrain/blocks.ts';
import { DEFAULT_PRETRAIN_CONFIG, Pretrainer, readPretrainCheckpoint, type PretrainConfig } from '../../src/core/pretrain/pretrainer.ts';
import { fnv1a32 } from '../../src/core/hash.ts';
import { CodeTokenizer } from '../../src/core/tokenizer/codeTokenizer.ts';
import { describeCliBackend, initCliBackend } from '../backend.ts';
import { readDataFolder } from '../dataFolder.ts';
import { CliError } from '../errors.ts';
import { formatDuration, ProgressBar } from '../progress.ts';
import { stopOnSignals, writeAtomic } from '../runFiles.ts';

const d = DEFAULT_PRETRAIN_CONFIG;
const HELP = `Usage: codeberta pretrain --corpus DIR --tokenizer DIR --out DIR [options]

Pretrains a RoBERTa masked-language model from scratch on a folder of code (15% masking, 80/10/10) and writes
OUT/model (a Hugging Face RobertaForMaskedLM folder, the base for fine-tuning), OUT/checkpoint.safetensors
(resumable with --resume) and OUT/pretrain-log.json (loss curve). Train the tokenizer first with
"codeberta tokenizer-train".

Options:
  --corpus DIR          source code, in sub-folders (e.g. .corpus/code from scripts/gather-corpus.mjs)
  --tokenizer DIR       vocab.json + merges.txt (+ tokenizer_config.json)
  --out DIR             output folder
  --resume FILE         continue a pretraining checkpoint
  --init DIR            start from a masked-LM model folder's weights and architecture (a new sitting: fresh
                        optimizer and schedule; its vocabulary must be the tokenizer's)
  --hidden N            hidden size (default 256)
  --layers N            encoder layers (default 4)
  --heads N             attention heads (default 4)
  --intermediate N      feed-forward width (default 4 × hidden)
  --max-length N        tokens per example incl. <s> </s> (default 128)
  --steps N             optimizer steps (default ${d.steps})
  --batch-size N        examples per step (default ${d.batch_size})
  --lr X                peak learning rate (default ${d.learning_rate})
  --warmup-ratio X      (default ${d.warmup_ratio})
  --seed N              (default ${d.seed})
  --views-per-file N    runs of whole lines of random length per file, added to the tiled blocks (default
                        ${d.views_per_file}; 0 = blocks only); with --resume, the checkpoint's value and seed are used
  --eval-every N        held-out evaluation + checkpoint every N steps (default ${d.eval_every})
  --backend wasm|cpu    default wasm`;

const int = (v: string | undefined, flag: string, fallback: number) => {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`--${flag} must be a positive integer, not "${v}"`);
  return n;
};
const num = (v: string | undefined, flag: string, fallback: number) => {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!(n >= 0) || v === '') throw new CliError(`--${flag} must be a non-negative number, not "${v}"`);
  return n;
};

/** An integer in [0, max]. */
const whole = (v: string, flag: string, max: number) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > max || v.trim() === '') throw new CliError(`--${flag} must be an integer from 0 to ${max}, not "${v}"`);
  return n;
};
/** Views per file, at most: each is one more example per file in memory. */
const MAX_VIEWS_PER_FILE = 16;

/** A learning rate in (0, 1] or a ratio in [0, 1]. */
const fraction = (n: number, flag: string, positive: boolean) => {
  if (n > 1 || (positive && n === 0)) throw new CliError(`--${flag} must be in ${positive ? '(0, 1]' : '[0, 1]'}, not ${n}`);
  return n;
};

/** Deterministic held-out choice by path: about 1 file in 50, the same on every run and machine. */
const isHeldOut = (path: string) => fnv1a32([path]) % 50 === 0;

/** 2,048 tokens: one attention matrix per head is then 16 MB per sequence; beyond, a batch outgrows the wasm heap. */
const MAX_PRETRAIN_LENGTH = 2048;

export async function pretrainCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      corpus: { type: 'string' }, tokenizer: { type: 'string' }, out: { type: 'string' }, resume: { type: 'string' }, init: { type: 'string' },
      hidden: { type: 'string' }, layers: { type: 'string' }, heads: { type: 'string' }, intermediate: { type: 'string' },
      'max-length': { type: 'string' }, steps: { type: 'string' }, 'batch-size': { type: 'string' }, lr: { type: 'string' },
      'warmup-ratio': { type: 'string' }, seed: { type: 'string' }, 'eval-every': { type: 'string' }, 'views-per-file': { type: 'string' },
      backend: { type: 'string', default: 'wasm' }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  for (const flag of ['corpus', 'tokenizer', 'out'] as const) if (!values[flag]) throw new CliError(`--${flag} is required\n\n${HELP}`);
  const bar = new ProgressBar();
  const read = (f: string) => readFile(join(values.tokenizer!, f), 'utf8').catch(() => undefined);
  const [vocabJson, mergesTxt, tokenizerConfig, specialTokensMap] = await Promise.all(
    ['vocab.json', 'merges.txt', 'tokenizer_config.json', 'special_tokens_map.json'].map(read),
  );
  if (!vocabJson || !mergesTxt) throw new CliError(`${values.tokenizer} has no vocab.json + merges.txt (train one with codeberta tokenizer-train)`);
  const tokenizer = CodeTokenizer.fromFiles({ vocabJson, mergesTxt, tokenizerConfig, specialTokensMap });
  if (tokenizer.maskTokenId === null) throw new CliError('the tokenizer has no <mask> token');

  const init = values.init ? await loadHfFolder(directoryFileSource(values.init)).catch((err) => {
    throw new CliError(`--init ${values.init}: ${(err as Error).message}`);
  }) : null;
  const initConfig = init ? parseRobertaConfig(init.config) : null;
  if (initConfig && initConfig.vocab_size !== tokenizer.vocabSize) {
    throw new CliError(`--init ${values.init} has a vocabulary of ${initConfig.vocab_size}, the tokenizer ${tokenizer.vocabSize}: use the tokenizer it was trained with`);
  }
  const hidden = initConfig?.hidden_size ?? int(values.hidden, 'hidden', 256);
  const maxLength = initConfig ? initConfig.max_position_embeddings - initConfig.pad_token_id - 1 : int(values['max-length'], 'max-length', 128);
  const modelConfig: RobertaConfig = initConfig ?? {
    ...CODEBERTA_SMALL_V1,
    vocab_size: tokenizer.vocabSize,
    hidden_size: hidden,
    num_hidden_layers: int(values.layers, 'layers', 4),
    num_attention_heads: int(values.heads, 'heads', 4),
    intermediate_size: int(values.intermediate, 'intermediate', 4 * hidden),
    max_position_embeddings: maxLength + tokenizer.padTokenId + 1,
    pad_token_id: tokenizer.padTokenId,
    bos_token_id: tokenizer.clsTokenId,
    eos_token_id: tokenizer.sepTokenId,
  };
  if (hidden % modelConfig.num_attention_heads !== 0) throw new CliError('--hidden must be a multiple of --heads');
  if (maxLength > MAX_PRETRAIN_LENGTH) throw new CliError(`--max-length must be at most ${MAX_PRETRAIN_LENGTH} (attention memory grows with its square), got ${maxLength}`);
  try {
    parseRobertaConfig(modelConfig as unknown as Record<string, unknown>); // the sizes' bounds, before any allocation
  } catch (err) {
    throw new CliError((err as Error).message.replace('config.json: ', 'model: '));
  }
  const config: PretrainConfig = {
    ...d,
    steps: int(values.steps, 'steps', d.steps),
    batch_size: int(values['batch-size'], 'batch-size', d.batch_size),
    learning_rate: fraction(num(values.lr, 'lr', d.learning_rate), 'lr', true),
    warmup_ratio: fraction(num(values['warmup-ratio'], 'warmup-ratio', d.warmup_ratio), 'warmup-ratio', false),
    seed: num(values.seed, 'seed', d.seed),
    eval_every: int(values['eval-every'], 'eval-every', d.eval_every),
    views_per_file: values['views-per-file'] === undefined ? d.views_per_file : whole(values['views-per-file'], 'views-per-file', MAX_VIEWS_PER_FILE),
  };
  // A resumed run rebuilds its examples from the checkpoint's seed and views, whatever the flags say.
  let resumed: ReturnType<typeof readPretrainCheckpoint> | undefined;
  if (values.resume) {
    try {
      resumed = readPretrainCheckpoint(new Uint8Array(await readFile(values.resume)));
    } catch (err) {
      throw new CliError(`--resume ${values.resume}: ${(err as Error).message}`);
    }
  }
  const dataConfig = resumed?.state.config ?? config;

  const backend = await initCliBackend(values.backend);
  const corpus = await readDataFolder(values.corpus!, (w) => bar.log(`warning: ${w}`), { validate: false });
  if (corpus.examples.length === 0) throw new CliError(`${values.corpus} has no readable source files in sub-folders`);
  const streams = { train: [] as number[][], heldOut: [] as number[][] };
  const trainFiles: typeof corpus.examples = [];
  corpus.examples.forEach((e, i) => {
    const heldOutFile = isHeldOut(e.path);
    if (!heldOutFile) trainFiles.push(e);
    (heldOutFile ? streams.heldOut : streams.train).push(tokenizer.encode(e.text, { addSpecialTokens: false }).inputIds);
    if ((i + 1) % 200 === 0 || i + 1 === corpus.examples.length) bar.update(i + 1, corpus.examples.length, 'tokenizing');
  });
  const blockOpts = { blockLength: maxLength - 2, bosId: tokenizer.clsTokenId, eosId: tokenizer.sepTokenId };
  const views = viewBlocks(trainFiles, tokenizer, { ...blockOpts, viewsPerFile: dataConfig.views_per_file, seed: dataConfig.seed });
  const train = [...tokenBlocks(streams.train, blockOpts), ...views];
  // At most 256 held-out blocks (evenly spaced): enough for a stable loss, cheap to evaluate every eval_every steps.
  const allHeldOut = tokenBlocks(streams.heldOut, blockOpts);
  const stride = Math.max(1, Math.ceil(allHeldOut.length / 256));
  const heldOut = allHeldOut.filter((_, i) => i % stride === 0);
  const specialIds = new Set([tokenizer.clsTokenId, tokenizer.sepTokenId, tokenizer.padTokenId, tokenizer.unkTokenId ?? -1, tokenizer.maskTokenId]);
  const masking = { maskTokenId: tokenizer.maskTokenId, vocabSize: tokenizer.vocabSize, specialIds };
  const tokens = train.reduce((s, b) => s + b.length, 0);
  bar.log(`${corpus.examples.length} files → ${train.length} training examples (${train.length - views.length} blocks, ${views.length} views; ${tokens} tokens), ${heldOut.length} held-out blocks; backend ${describeCliBackend(backend)}`);

  const model = initMaskedLM(modelConfig, config.seed);
  if (init) {
    const report = loadStateDict(model, init.stateDict);
    if (report.newlyInitialized.length > 0) throw new CliError(`--init ${values.init} lacks ${report.newlyInitialized.join(', ')}: not a masked-LM model`);
    bar.log(`starting from ${values.init} (${report.loaded.length} tensors)`);
  }
  const params = [...model.params.variables.values()].reduce((s, v) => s + v.size, 0);
  bar.log(`model: hidden ${hidden}, ${modelConfig.num_hidden_layers} layers, ${modelConfig.num_attention_heads} heads, vocab ${modelConfig.vocab_size}: ${(params / 1e6).toFixed(2)} M parameters`);
  let pretrainer: Pretrainer;
  try {
    pretrainer = resumed
      ? Pretrainer.resume(model, train, heldOut, tokenizer.padTokenId, masking, resumed)
      : new Pretrainer(model, train, heldOut, tokenizer.padTokenId, masking, config);
  } catch (err) {
    throw new CliError((err as Error).message);
  }
  const out = values.out!;
  await mkdir(out, { recursive: true });
  const releaseSignals = stopOnSignals(bar, () => pretrainer.stop());
  const state = await pretrainer.run({
    onStep: (e) => bar.update(e.step, e.totalSteps, `loss ${e.loss.toFixed(3)} lr ${e.lr.toExponential(2)} ${Math.round(e.tokensPerSecond)} tok/s ETA ${formatDuration(e.etaSeconds)}`),
    onEval: (e) => bar.log(`step ${e.step}: held-out MLM loss ${e.loss.toFixed(4)}`),
    onCheckpoint: (bytes) => writeAtomic(join(out, 'checkpoint.safetensors'), bytes),
  });
  releaseSignals();
  await writeFile(join(out, 'pretrain-log.json'), `${JSON.stringify({ modelConfig, config: state.config, parameters: params, trainBlocks: train.length, trainViews: views.length, trainTokens: tokens, heldOutBlocks: heldOut.length, elapsedSeconds: state.elapsedSeconds, history: state.history }, null, 1)}\n`);
  const folder = writeHfFolder({
    config: model.config as unknown as Record<string, unknown>,
    stateDict: await exportMaskedLMStateDict(model),
    tokenizerFiles: tokenizer.toFiles() as unknown as Record<string, string>,
  });
  await mkdir(join(out, 'model'), { recursive: true });
  for (const [name, bytes] of folder) await writeFile(join(out, 'model', name), bytes);
  const last = state.history.evals.at(-1);
  bar.log(`${state.step < state.config.steps ? 'stopped' : 'done'} at step ${state.step} in ${formatDuration(state.elapsedSeconds)}; held-out MLM loss ${last ? last.loss.toFixed(4) : 'none (no held-out blocks)'}; model written to ${join(out, 'model')}`);
  pretrainer.dispose();
  model.params.dispose();
  return state.step < state.config.steps ? 130 : 0;
}
