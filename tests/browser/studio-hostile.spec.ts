/**
 * The studio's doors get the hostile files the CLI suite uses (tests/unit/hostile-inputs.test.ts): model zips
 * whose config or weights lie are refused on import with the reason, the page keeps working, and a language folder
 * named "__proto__" is a language like any other.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { zipSync } from 'fflate';
import { collectPageErrors } from './consoleErrors.ts';
import { openStudio } from './fixtures-studio/helpers.ts';

const TINY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures/tiny-roberta');
const FILES = ['config.json', 'vocab.json', 'merges.txt', 'tokenizer_config.json', 'model.safetensors'];
const config = JSON.parse(readFileSync(path.join(TINY, 'config.json'), 'utf8'));

/** The tiny classifier as an exported-model zip, with some files replaced. */
function modelZip(name: string, replace: Record<string, Uint8Array | string>): string {
  const files: Record<string, Uint8Array> = Object.fromEntries(FILES.map((f) => [f, new Uint8Array(readFileSync(path.join(TINY, f)))]));
  for (const [f, content] of Object.entries(replace)) files[f] = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'hostile-zip-')), `${name}.zip`);
  writeFileSync(file, zipSync({ [name]: files }));
  return file;
}

/** The fixture's safetensors with one float32 set to NaN (header: 8-byte length, JSON with data_offsets). */
function nanWeights(): Uint8Array {
  const bytes = new Uint8Array(readFileSync(path.join(TINY, 'model.safetensors')));
  const view = new DataView(bytes.buffer);
  const headerLength = Number(view.getBigUint64(0, true));
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength)));
  const [begin] = header['roberta.encoder.layer.0.output.dense.weight'].data_offsets as [number, number];
  view.setFloat32(8 + headerLength + begin + 5 * 4, NaN, true);
  return bytes;
}

const CASES: [string, Record<string, Uint8Array | string>, RegExp][] = [
  ['layers', { 'config.json': JSON.stringify({ ...config, num_hidden_layers: 100000 }) }, /num_hidden_layers must be an integer in \[1, 128\], got 100000/],
  ['nan', { 'model.safetensors': nanWeights() }, /"roberta\.encoder\.layer\.0\.output\.dense\.weight" holds a non-finite value \(NaN at index 5\)/],
  ['labels', { 'config.json': JSON.stringify({ ...config, id2label: { 0: 'go', 1: 'go', 2: 'c', 3: 'x', 4: 'y' } }) }, /id2label names "go" twice/],
  ['merges', { 'merges.txt': '#version: 0.2\nzq xv\n' }, /uses "zq", which is not in the vocabulary/],
];

test('model imports that lie are refused with the reason, and the studio keeps working', async ({ page }) => {
  const errors = collectPageErrors(page);
  await openStudio(page);
  const result = page.getByTestId('detect-result');
  for (const [name, replace, message] of CASES) {
    await page.getByTestId('import-input').setInputFiles(modelZip(name, replace));
    await expect(result).toHaveAttribute('data-state', 'failed');
    await expect(result).toContainText(message);
  }
  // A sound model still imports and detects after all of them.
  await page.getByTestId('import-input').setInputFiles(modelZip('sound', {}));
  await page.getByTestId('detect-input').fill('def f(x):\n    return x + 1\n');
  await expect(result).toHaveAttribute('data-state', /sure|unsure/);
  await page.screenshot({ path: 'test-results/studio-hostile.png', fullPage: true });
  expect(errors).toEqual([]);
});

test('a language folder named "__proto__" is counted like any other', async ({ page }) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'proto-dataset-'));
  for (const [language, count] of [['__proto__', 4], ['python', 6]] as const) {
    mkdirSync(path.join(dir, language));
    for (let i = 0; i < count; i++) writeFileSync(path.join(dir, language, `f${i}.txt`), `x = ${i}\n`);
  }
  await openStudio(page);
  await page.getByTestId('dataset-input').setInputFiles(dir);
  const summary = page.getByTestId('dataset-summary');
  await expect(summary.locator('[data-language="__proto__"]')).toContainText('4');
  await expect(summary).not.toContainText('[object Object]');
  await expect(page.getByTestId('dataset-messages')).toContainText('"__proto__" has 4');
});
