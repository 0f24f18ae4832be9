#!/usr/bin/env node
// `npm run bench:accuracy`: the detector's accuracy on code it has never seen — the product's headline number.
// Fine-tunes a base model (default: the bundled CodeBERTa-small-offline with its recommended settings) on a
// training folder (default: the bundled sample), then evaluates it per view (whole file, 20 lines, 5 lines) on the
// held-out set (bench/heldout/: other projects than the sample and the pretraining corpus). JSON on stdout and in
// .bench/accuracy.json (or --out-json). Both runs are the `codeberta` command, as a user runs it.
//
//   npm run bench:accuracy -- [--train DIR] [--heldout DIR] [--model DIR] [--views whole,l20,l5]
//                             [--name NAME] [--out-json FILE] [-- extra codeberta train flags]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const REPO = resolve(dirname(new URL(import.meta.url).pathname), '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    train: { type: 'string', default: join(REPO, 'public/sample') },
    heldout: { type: 'string', default: join(REPO, 'bench/heldout') },
    model: { type: 'string', default: join(REPO, 'public/models/codeberta-small-offline') },
    views: { type: 'string', default: 'whole,l20,l5' },
    name: { type: 'string', default: 'recommended' },
    'out-json': { type: 'string', default: join(REPO, '.bench/accuracy.json') },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(readFileSync(new URL(import.meta.url), 'utf8').split('\n').slice(1, 9).map((l) => l.slice(3)).join('\n'));
  process.exit(0);
}

/** The catalog's recommended settings of the bundled model, as `codeberta train` flags. */
function recommendedFlags() {
  const catalog = JSON.parse(readFileSync(join(REPO, 'public/models/index.json'), 'utf8')).models;
  const entry = catalog.find((m) => resolve(REPO, 'public', m.path) === resolve(values.model));
  const flags = {
    epochs: (v) => ['--epochs', String(v)],
    batch_size: (v) => ['--batch-size', String(v)],
    max_length: (v) => ['--max-length', String(v)],
    learning_rate: (v) => ['--lr', String(v)],
    warmup_ratio: (v) => ['--warmup-ratio', String(v)],
    freeze_base_model: (v) => [v ? '--freeze-base' : '--no-freeze-base'],
    early_stopping_patience: (v) => ['--patience', String(v)],
  };
  return Object.entries(entry?.trainDefaults ?? {}).flatMap(([k, v]) => flags[k]?.(v) ?? []);
}

const codeberta = (args) =>
  execFileSync(process.execPath, [join(REPO, 'bin/codeberta.js'), ...args], { cwd: REPO, encoding: 'utf8', maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'inherit'] });

const out = mkdtempSync(join(tmpdir(), 'codeberta-accuracy-'));
try {
  const trainArgs = [...recommendedFlags(), ...positionals];
  const started = performance.now();
  codeberta(['train', '--data', values.train, '--model', values.model, '--out', out, ...trainArgs]);
  const trainSeconds = (performance.now() - started) / 1000;
  // --known-only: a model trained on fewer languages than the held-out set has is scored on the ones it knows.
  const heldout = JSON.parse(codeberta(['eval', '--model', join(out, 'model'), '--data', values.heldout, '--views', values.views, '--known-only', '--json']));
  const checkpoint = readFileSync(join(out, 'checkpoint.safetensors'));
  const headerLength = Number(checkpoint.readBigUInt64LE(0));
  const header = JSON.parse(checkpoint.subarray(8, 8 + headerLength).toString('utf8'));
  const state = JSON.parse(header.__metadata__['codeberta.training_state']).state;
  const result = {
    name: values.name,
    train: { data: values.train, model: values.model, args: trainArgs, seconds: Math.round(trainSeconds) },
    splitTest: state.history.test,
    heldout: {
      data: values.heldout,
      files: heldout.files,
      skippedLanguages: heldout.skipped_languages,
      views: Object.fromEntries(Object.entries(heldout.views).map(([view, v]) => [view, { accuracy: v.accuracy, macro_f1: v.macro_f1, loss: v.loss }])),
      perLanguage: Object.fromEntries(
        Object.entries(heldout.views).map(([view, v]) => [view, Object.fromEntries(heldout.labels.map((l) => [l, v.report[l]?.recall ?? null]))]),
      ),
    },
  };
  mkdirSync(dirname(values['out-json']), { recursive: true });
  writeFileSync(values['out-json'], `${JSON.stringify(result, null, 1)}\n`);
  console.log(JSON.stringify(result));
} finally {
  rmSync(out, { recursive: true, force: true });
}
