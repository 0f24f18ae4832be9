#!/usr/bin/env node
// Fine-tunes a pretrained masked-LM folder and the same architecture from random initialisation on the bundled
// sample with identical settings, and writes both test results as JSON (for the model card).
// Usage: node scripts/compare-finetune.mjs MODEL_DIR OUT_JSON [extra codeberta train flags…]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [modelDir, outJson, ...extra] = process.argv.slice(2);
if (!modelDir || !outJson) {
  console.error('usage: node scripts/compare-finetune.mjs MODEL_DIR OUT_JSON [train flags]');
  process.exit(2);
}
const settings = extra.length > 0 ? extra : ['--epochs', '4', '--lr', '5e-4', '--no-freeze-base', '--max-length', '128'];
const codeberta = (args) => execFileSync('node', ['bin/codeberta.js', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

function run(random) {
  const out = mkdtempSync(join(tmpdir(), random ? 'finetune-random-' : 'finetune-pretrained-'));
  codeberta(['train', '--data', 'public/sample', '--model', modelDir, '--out', out, ...settings, ...(random ? ['--random-init'] : [])]);
  const r = JSON.parse(codeberta(['eval', '--model', join(out, 'model'), '--data', 'public/sample', '--split', 'test', '--json']));
  return { accuracy: r.accuracy, loss: r.loss, macroF1: r.report['macro avg']['f1-score'], files: r.files };
}

const index = JSON.parse(readFileSync('public/sample/index.json', 'utf8'));
const pretrained = run(false);
const random = run(true);
const result = {
  command: `codeberta train --data public/sample --model ${modelDir} ${settings.join(' ')} [--random-init]`,
  languages: Object.keys(index.languages).length,
  files: index.files.length,
  testFiles: pretrained.files,
  pretrained,
  random,
};
writeFileSync(outJson, `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
