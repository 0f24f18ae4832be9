/**
 * `npm run bench`: speed of the training step, inference and the tokenizer at CodeBERTa-small-v1's shape
 * (random init), as machine-readable JSON on stdout and in .bench/bench.json. Speed targets live here, never
 * in tests. Reference: PyTorch 1.13 on 2 CPU threads of these machines (issue #3): 8.0 s per full fine-tuning
 * step and 4.5 s per last-2-layers step at batch 8 × 128 tokens, 6.4 sequences/s forward at 32 × 128.
 *
 * Options: --backend wasm|cpu (default wasm, one thread per core; CODEBERTA_THREADS=N overrides), --repeats N
 * (default 3), --quick (tiny shapes, for a smoke run).
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { execFile } from 'node:child_process';
import * as tf from '@tensorflow/tfjs-core';
import { initCliBackend } from './backend.ts';
import { makeBatch, type Batch } from '../src/core/data/batches.ts';
import { CODEBERTA_SMALL_V1, withLabels, type RobertaConfig } from '../src/core/model/config.ts';
import { inferenceContext, trainingContext } from '../src/core/model/context.ts';
import { initParams, type RobertaModel } from '../src/core/model/params.ts';
import { forward } from '../src/core/model/sequenceClassifier.ts';
import { Rng } from '../src/core/random.ts';
import { CodeTokenizer } from '../src/core/tokenizer/codeTokenizer.ts';
import { measureTokenizerThroughput } from '../src/core/tokenizer/throughput.ts';
import { textWindows } from '../src/core/data/windows.ts';
import { effectiveMaxLength, loadClassifier } from '../src/core/inference/loadClassifier.ts';
import { predictWindows } from '../src/core/inference/predict.ts';
import { directoryFileSource } from './fsSource.ts';
import { AdamW } from '../src/core/train/adamw.ts';
import { trainablePredicate } from '../src/core/train/freezing.ts';
import { LossScaler } from '../src/core/train/lossScaler.ts';
import { batchTensors, trainStep } from '../src/core/train/trainStep.ts';

const PYTORCH_2_THREADS = { fullStepSeconds: 8.0, last2StepSeconds: 4.5, forwardSequencesPerSecond: 6.4 };
const LABELS = ['c', 'go', 'java', 'javascript', 'php', 'python', 'ruby', 'rust'];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function randomBatch(config: RobertaConfig, batchSize: number, seqLen: number, rng: Rng): Batch {
  const rows = Array.from({ length: batchSize }, () =>
    Int32Array.from({ length: seqLen }, (_, t) => (t === 0 ? 0 : t === seqLen - 1 ? 2 : 3 + rng.int(config.vocab_size - 4))),
  );
  const labels = Int32Array.from({ length: batchSize }, () => rng.int(LABELS.length));
  return makeBatch(rows, labels, rows.map((_, i) => i), { padId: config.pad_token_id });
}

/** Seconds per call of `fn` after `warmup` calls: every repeat, then the median. */
async function time(fn: () => Promise<void>, warmup: number, repeats: number): Promise<{ median: number; all: number[] }> {
  for (let i = 0; i < warmup; i++) await fn();
  const all: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    await fn();
    all.push((performance.now() - start) / 1000);
  }
  return { median: median(all), all };
}

async function trainStepTime(model: RobertaModel, batch: Batch, freezeBase: boolean, repeats: number) {
  model.params.setTrainable(trainablePredicate({ freezeBaseModel: freezeBase, unfreezeLastNLayers: 2, numHiddenLayers: model.config.num_hidden_layers }));
  const optimizer = new AdamW(model.params.variables);
  const scaler = new LossScaler({ enabled: false });
  let step = 0;
  const result = await time(
    async () => {
      const r = await trainStep({
        model,
        optimizer,
        scaler,
        microBatches: [batch],
        accumulationSteps: 1,
        lr: 2e-5,
        maxGradNorm: 1,
        contextFor: () => trainingContext({ seed: 1, step: step++ }),
      });
      await r.loss.data(); // the step is done when its loss is readable
      tf.dispose([r.loss, r.gradNorm]);
    },
    1,
    repeats,
  );
  optimizer.dispose();
  return result;
}

async function forwardTime(model: RobertaModel, batch: Batch, repeats: number) {
  return time(
    async () => {
      const probs = tf.tidy(() => tf.softmax(forward(model, batchTensors(batch), inferenceContext()).logits));
      await probs.data();
      probs.dispose();
    },
    1,
    repeats,
  );
}

/** ≥ 1 MB of real code from installed packages (present after npm ci on every machine). */
function realCode(minBytes: number): string[] {
  const dir = resolve('node_modules/@tensorflow/tfjs-core/dist');
  const texts: string[] = [];
  let bytes = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (bytes >= minBytes) return;
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.js') && !name.includes('.min.')) {
        const text = readFileSync(path, 'utf8');
        texts.push(text);
        bytes += Buffer.byteLength(text);
      }
    }
  };
  walk(dir);
  return texts;
}

function tokenizerThroughput() {
  const fixtures = resolve('../shared/fixtures/tiny-roberta');
  const bundled = resolve('public/models/codeberta-small-offline');
  const dir = statSync(bundled, { throwIfNoEntry: false }) ? bundled : fixtures;
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  const tokenizer = CodeTokenizer.fromFiles({ vocabJson: read('vocab.json'), mergesTxt: read('merges.txt'), tokenizerConfig: read('tokenizer_config.json') });
  const texts = realCode(1_048_576);
  const cold = measureTokenizerThroughput(tokenizer, texts, { coldCache: true });
  const warm = measureTokenizerThroughput(tokenizer, texts);
  return { vocabulary: dir, vocabSize: tokenizer.vocabSize, bytes: cold.bytes, coldMBps: cold.megabytesPerSecond, warmMBps: warm.megabytesPerSecond };
}

/**
 * Detect latency with the bundled model as the studio's detect worker runs it (wasm set up for inference, windows
 * of 128 tokens): a 20-line snippet (two windows) and a 2,000-line file (read whole, in 16 windows). Targets:
 * ≤ 30 ms and ≤ 1 s warm. Runs in a process of its own (`--detect-only`): wasm's threads are shared differently
 * for inference than for the training steps measured here (see xnnpackThreads in src/core/backend.ts).
 */
async function detectLatencyInChild(backend: string, repeats: number) {
  const { stdout } = await promisify(execFile)(process.execPath, [...process.execArgv, process.argv[1]!, '--detect-only', '--backend', backend, '--repeats', String(repeats)], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout.slice(stdout.indexOf('{'))) as Awaited<ReturnType<typeof detectLatency>>;
}

async function detectLatency(repeats: number) {
  const dir = resolve('public/models/codeberta-small-offline');
  const classifier = await loadClassifier(directoryFileSource(dir), { labels: LABELS });
  const lines = readdirSync('bench/heldout/go', { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => readFileSync(join(d.parentPath, d.name), 'utf8'))
    .join('\n')
    .split('\n');
  const text = (n: number) => Array.from({ length: n }, (_, i) => lines[i % lines.length]).join('\n');
  const measure = async (input: string) => {
    const maxLength = effectiveMaxLength(classifier.config, classifier.tokenizer, 512);
    let windows = 0;
    const t = await time(
      async () => {
        const w = textWindows(classifier.tokenizer, input, maxLength);
        windows = w.length;
        await predictWindows(classifier, [w]);
      },
      5, // warm: the detect box has answered a few times before
      Math.max(15, repeats),
    );
    return { ms: t.median * 1000, windows };
  };
  const snippet = await measure(text(20));
  const file = await measure(text(2000));
  classifier.model.params.dispose();
  return { model: 'codeberta-small-offline', snippet20Lines: snippet, file2000Lines: file, targetsMs: { snippet20Lines: 30, file2000Lines: 1000 } };
}

async function main() {
  const { values } = parseArgs({
    options: {
      backend: { type: 'string', default: 'wasm' },
      repeats: { type: 'string', default: '3' },
      quick: { type: 'boolean', default: false },
      'detect-only': { type: 'boolean', default: false },
    },
  });
  const repeats = Number(values.repeats);
  if (values['detect-only']) {
    await initCliBackend(values.backend, 'inference');
    process.stdout.write(`${JSON.stringify(await detectLatency(repeats))}\n`);
    return;
  }
  const detect = await detectLatencyInChild(values.backend, repeats); // first: nothing else runs beside it
  const backend = await initCliBackend(values.backend);
  const quick = values.quick;
  const config = withLabels(
    quick ? { ...CODEBERTA_SMALL_V1, vocab_size: 1000, hidden_size: 64, num_attention_heads: 4, intermediate_size: 128, num_hidden_layers: 2 } : CODEBERTA_SMALL_V1,
    LABELS,
  );
  const rng = Rng.fromSeed(1);
  const model = initParams(config, 1);
  const trainBatch = randomBatch(config, 8, 128, rng);
  const inferBatch = randomBatch(config, 32, 128, rng);

  const full = await trainStepTime(model, trainBatch, false, repeats);
  const last2 = await trainStepTime(model, trainBatch, true, repeats);
  const fwd = await forwardTime(model, inferBatch, repeats);
  const tokenizer = tokenizerThroughput();
  const sequencesPerSecond = 32 / fwd.median;
  const report = {
    date: new Date().toISOString(),
    backend: backend.name,
    threads: backend.name === 'wasm' ? (await import('@tensorflow/tfjs-backend-wasm')).getThreadsCount() : 1,
    kernels: backend.kernels,
    shape: quick ? 'quick (tiny)' : 'CodeBERTa-small-v1 (random init)',
    train: {
      batch: '8x128',
      fullStepSeconds: full.median,
      fullStepAll: full.all,
      last2StepSeconds: last2.median,
      last2StepAll: last2.all,
    },
    forward: { batch: '32x128', sequencesPerSecond, secondsPerBatch: fwd.median, all: fwd.all },
    tokenizer,
    detect,
    pytorch2Threads: PYTORCH_2_THREADS,
    // > 1 means faster than PyTorch on the same machine.
    speedupVsPytorch: {
      fullStep: PYTORCH_2_THREADS.fullStepSeconds / full.median,
      last2Step: PYTORCH_2_THREADS.last2StepSeconds / last2.median,
      forward: sequencesPerSecond / PYTORCH_2_THREADS.forwardSequencesPerSecond,
    },
    memory: tf.memory(),
  };
  mkdirSync('.bench', { recursive: true });
  writeFileSync('.bench/bench.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(report, null, 2));
  model.params.dispose();
}

await main();
process.exit(0); // tfjs-wasm's pthread workers would keep Node alive
