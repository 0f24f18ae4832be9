/**
 * The studio's answers to what goes wrong or comes from elsewhere: the bundled sample, an unreachable Hugging Face
 * hub (this machine is offline, as a user on a plane), invalid settings, and a full browser storage.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { zipSync } from 'fflate';
import { collectPageErrors } from './consoleErrors.ts';
import { loadDataset, longTasks, openStudio, setSettings, startLongTaskLog, status, TINY_MODEL_ID, waitForModel, writeManyFiles } from './fixtures-studio/helpers.ts';

const PUBLIC_MODELS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public/models');

test('"Try the sample" reads the bundled sample in the worker', async ({ page }) => {
  const errors = collectPageErrors(page);
  await openStudio(page);
  const index = (await (await page.request.get('/sample/index.json')).json()) as { files: string[] };
  const languages = new Set(index.files.map((f) => f.split('/')[0]));
  await page.getByTestId('dataset-sample').click();
  const summary = page.getByTestId('dataset-summary');
  await expect(summary).toBeVisible();
  await expect(summary.locator('[data-language]')).toHaveCount(languages.size);
  await expect(summary).toContainText(`${index.files.length} files`);
  await expect(summary).toHaveAttribute('data-valid', 'true');
  expect(errors).toEqual([]);
});

test('an unreachable Hugging Face hub gets a clear message, and the bundled model still works', async ({ page }) => {
  const errors = collectPageErrors(page);
  await openStudio(page);
  await waitForModel(page);
  const source = page.getByTestId('model-source');
  await source.getByRole('radio', { name: 'Hugging Face' }).click();
  await expect(page.getByTestId('hub-id')).toHaveValue('huggingface/CodeBERTa-small-v1');
  await page.getByTestId('hub-load').click();
  const message = page.getByTestId('model-error');
  await expect(message).toContainText('Cannot reach the Hugging Face hub to download huggingface/CodeBERTa-small-v1', { timeout: 60_000 });
  await expect(message).toContainText('Use the bundled model or a local folder');
  await page.screenshot({ path: 'test-results/studio-hub-offline.png' });

  await source.getByRole('radio', { name: 'Bundled' }).click();
  await waitForModel(page);
  await expect(message).toHaveCount(0);
  // The failed download is a network error the page expected and explained, not a bug.
  expect(errors.filter((e) => !/huggingface\.co|Failed to load resource/.test(e))).toEqual([]);
});

test('invalid settings are explained field by field and block Start', async ({ page }) => {
  const errors = collectPageErrors(page);
  await openStudio(page);
  await loadDataset(page);
  await waitForModel(page);
  const start = page.getByTestId('train-start');
  await expect(start).toBeEnabled();
  await setSettings(page, { batch_size: '0', learning_rate: '2', warmup_ratio: '' });
  await expect(page.locator('.field', { has: page.locator('[data-field=batch_size]') })).toContainText('batch_size must be an integer ≥ 1 (got 0)');
  await expect(page.locator('.field', { has: page.locator('[data-field=learning_rate]') })).toContainText('learning_rate must be a number in (0, 1]');
  await expect(page.locator('.field', { has: page.locator('[data-field=warmup_ratio]') })).toContainText('warmup_ratio must be a number');
  await expect(start).toBeDisabled();
  await setSettings(page, { batch_size: '4', learning_rate: '0.0001', warmup_ratio: '0.1' });
  await expect(start).toBeEnabled();
  expect(errors).toEqual([]);
});

test('a full storage is reported, the run goes on and no saved checkpoint is lost', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectPageErrors(page);
  // Room for the studio's database and one checkpoint of the tiny model (about 1.6 MB), not for a second one.
  // Chromium enforces an overridden quota exactly only when it is set before the origin first stores anything.
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(test.info().project.use.baseURL!).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 2_600_000 });
  await openStudio(page);
  await loadDataset(page);
  await waitForModel(page);
  await setSettings(page, { epochs: '2', batch_size: '1', max_length: '32', log_every: '1' });

  // A first checkpoint is saved (stop).
  await page.getByTestId('train-start').click();
  await page.getByTestId('train-pause').click();
  await page.getByTestId('train-stop').click();
  await expect(status(page)).toHaveAttribute('data-phase', 'stopped');
  const list = page.getByTestId('checkpoint-list');
  await expect(list.locator('[data-testid=checkpoint]')).toHaveCount(1);
  await expect(page.getByTestId('train-warnings')).toHaveCount(0);
  const saved = await list.locator('[data-testid=checkpoint]').getAttribute('data-id');

  // Resume: the next checkpoints (epoch 1, final) do not fit; training goes on, the saved one stays.
  await list.getByTestId('checkpoint-resume').click();
  await expect(status(page)).toHaveAttribute('data-phase', /finished|early-stopped/, { timeout: 120_000 });
  const warnings = page.getByTestId('train-warnings');
  await expect(warnings).toContainText('browser storage is full');
  await expect(warnings).toContainText('earlier checkpoints are kept');
  await expect(list.locator('[data-testid=checkpoint]')).toHaveCount(1);
  await expect(list.locator('[data-testid=checkpoint]')).toHaveAttribute('data-id', saved!);
  await page.screenshot({ path: 'test-results/studio-quota.png', fullPage: true });

  // The refused checkpoint can still be downloaded.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-unsaved').click()]);
  expect(download.suggestedFilename()).toMatch(/\.training\.safetensors$/);
  expect(errors).toEqual([]);
});

test('a local model folder, or a zip of one, is a model source', async ({ page }) => {
  const errors = collectPageErrors(page);
  await openStudio(page);
  await waitForModel(page);
  await page.getByTestId('model-source').getByRole('radio', { name: 'Local files' }).click();
  await page.getByTestId('model-folder-input').setInputFiles(path.join(PUBLIC_MODELS, TINY_MODEL_ID));
  const summary = page.getByTestId('model-summary');
  await expect(summary).toContainText(TINY_MODEL_ID);
  await expect(summary).toContainText('3 layers · 64 wide · 4 heads');
  await expect(page.getByTestId('load-report')).toContainText('classifier.out_proj.weight');

  const zip = test.info().outputPath('tiny-model.zip');
  const names = ['config.json', 'model.safetensors', 'vocab.json', 'merges.txt'];
  const entries = Object.fromEntries(await Promise.all(names.map(async (n) => [`${TINY_MODEL_ID}/${n}`, new Uint8Array(await readFile(path.join(PUBLIC_MODELS, TINY_MODEL_ID, n)))] as const)));
  await writeFile(zip, zipSync(entries));
  await page.getByTestId('model-zip-input').setInputFiles(zip);
  await expect(summary).toContainText('tiny-model.zip');
  await expect(summary).toContainText('53 tensors loaded');
  expect(errors).toEqual([]);
});

test('10,000 files are read in the worker without freezing the page', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectPageErrors(page);
  const root = test.info().outputPath('many-files');
  await writeManyFiles(root);
  await openStudio(page);
  await startLongTaskLog(page);
  // Measured from the input's change event: creating 10,000 Files for the input is the browser's own work
  // (here Playwright's setInputFiles; for a user, the folder dialog), before the studio sees any of them.
  await page.getByTestId('dataset-input').evaluate((input) => input.addEventListener('change', () => ((window as unknown as { __changeAt: number }).__changeAt = performance.now()), { capture: true }));
  await page.getByTestId('dataset-input').setInputFiles(root);
  const summary = page.getByTestId('dataset-summary');
  await expect(summary).toContainText('10,000 files', { timeout: 120_000 });
  await expect(summary.locator('[data-language]')).toHaveCount(4);
  const tasks = await longTasks(page, await page.evaluate(() => (window as unknown as { __changeAt: number }).__changeAt));
  console.log(`[studio] long tasks while reading 10,000 files (ms): ${JSON.stringify(tasks)}`);
  expect(Math.max(0, ...tasks)).toBeLessThan(400);
  expect(errors).toEqual([]);
});
