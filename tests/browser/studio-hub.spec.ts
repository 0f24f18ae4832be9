/**
 * The Hugging Face model source end to end, without the internet: the test plays huggingface.co (context.route)
 * with the files of the tiny fixture checkpoint. A first download shows its progress and fills the browser's
 * cache; after going offline and reloading, the same model id loads from that cache alone.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page, type Route } from '@playwright/test';
import { collectPageErrors } from './consoleErrors.ts';
import { openStudio, waitForModel } from './fixtures-studio/helpers.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURE = path.resolve(REPO, '../shared/fixtures/tiny-roberta-mlm');
const HUB_ID = 'test-org/tiny-roberta-mlm';
const PREFIX = `https://huggingface.co/${HUB_ID}/resolve/main/`;
// The page's origin is the dev server, huggingface.co another one: the hub answers with CORS headers.
const CORS = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'content-length' };

interface Hit {
  file: string;
  status: number | 'aborted';
}

/** Records the progress bar's labels and values as they change (a tiny download can be over within a frame). */
async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __progress: string[] };
    w.__progress = [];
    const snap = () => {
      for (const bar of document.querySelectorAll('[data-testid=model-source] [role=progressbar]')) {
        const entry = `${bar.getAttribute('aria-label')} | ${bar.getAttribute('aria-valuenow')}/${bar.getAttribute('aria-valuemax')}`;
        if (w.__progress.at(-1) !== entry) w.__progress.push(entry);
      }
    };
    new MutationObserver(snap).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

const progressLog = (page: Page) => page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);

async function downloadFromHub(page: Page): Promise<void> {
  await page.getByTestId('model-source').getByRole('radio', { name: 'Hugging Face' }).click();
  await page.getByTestId('hub-id').fill(HUB_ID);
  await recordProgress(page);
  await page.getByTestId('hub-load').click();
}

test('a Hugging Face model downloads with progress and loads again offline from the browser cache', async ({ page, context }) => {
  test.setTimeout(60_000);
  expect(existsSync(path.join(FIXTURE, 'model.safetensors')), `fixture missing: ${FIXTURE}`).toBe(true);
  const errors = collectPageErrors(page);
  const hits: Hit[] = [];
  let online = true;

  await context.route('https://huggingface.co/**', async (route: Route) => {
    const url = route.request().url();
    const file = url.startsWith(PREFIX) ? decodeURIComponent(url.slice(PREFIX.length)) : url;
    if (!online) {
      hits.push({ file, status: 'aborted' });
      return route.abort('internetdisconnected');
    }
    const local = path.join(FIXTURE, file);
    const ok = url.startsWith(PREFIX) && !file.includes('/') && !file.startsWith('.') && existsSync(local);
    if (!ok) {
      hits.push({ file, status: 404 });
      return route.fulfill({ status: 404, headers: CORS, contentType: 'text/plain', body: 'Entry not found' });
    }
    const body = await readFile(local);
    hits.push({ file, status: 200 });
    return route.fulfill({
      status: 200,
      headers: { ...CORS, 'content-type': 'application/octet-stream', 'content-length': String(body.length) },
      body,
    });
  });

  // Online: the first download.
  await openStudio(page);
  await waitForModel(page);
  await downloadFromHub(page);
  const summary = page.getByTestId('model-summary');
  await expect(summary).toContainText(`huggingface.co/${HUB_ID}@main`);
  await expect(summary).toContainText('hub');
  await expect(summary).not.toContainText('from browser cache');
  await expect(summary).toContainText('RoBERTa');
  const report = page.getByTestId('load-report');
  await expect(report).toContainText('tensors loaded');
  await expect(report).toContainText('Newly initialised');
  await expect(report).toContainText('classifier.out_proj.weight');
  await expect(report).toContainText(/checkpoint tensors? ignored \(the masked-LM head\)/);
  await expect(report.locator('.tensor-list')).toContainText('lm_head');
  await expect(page.getByTestId('model-error')).toHaveCount(0);

  const progress = await progressLog(page);
  console.log(`[studio-hub] progress: ${JSON.stringify(progress)}`);
  console.log(`[studio-hub] online hits: ${JSON.stringify(hits)}`);
  const size = (await readFile(path.join(FIXTURE, 'model.safetensors'))).length;
  expect(progress.some((p) => p.startsWith('Loading model.safetensors') && p.endsWith(`/${size}`))).toBe(true);
  const served = hits.filter((h) => h.status === 200).map((h) => h.file);
  expect(served).toContain('config.json');
  expect(served).toContain('model.safetensors');
  // Each file is fetched once (the worker's memo), and the absent ones are a 404, not an error.
  expect(served.length).toBe(new Set(served).size);
  expect(hits.filter((h) => h.status === 404).every((h) => !existsSync(path.join(FIXTURE, h.file)))).toBe(true);

  // Offline: the hub is unreachable; a reload loads the same model id from the browser's cache.
  online = false;
  const before = hits.length;
  await page.reload();
  await expect(page.getByTestId('backend-status')).toHaveAttribute('data-state', 'ready');
  await waitForModel(page);
  await downloadFromHub(page);
  await expect(summary).toContainText(`huggingface.co/${HUB_ID}@main`);
  await expect(summary).toContainText('hub · from browser cache');
  await expect(report).toContainText('classifier.out_proj.weight');
  await expect(page.getByTestId('model-error')).toHaveCount(0);
  const offlineHits = hits.slice(before);
  const offlineProgress = await progressLog(page);
  console.log(`[studio-hub] offline hits: ${JSON.stringify(offlineHits)}; progress: ${JSON.stringify(offlineProgress)}`);
  expect(offlineProgress.some((p) => p.startsWith('From cache model.safetensors'))).toBe(true);
  expect(offlineProgress.some((p) => p.startsWith('Loading '))).toBe(false);
  expect(offlineHits.filter((h) => h.status !== 'aborted')).toEqual([]);
  // Nothing was even asked of the network: the cached 200s and 404s answered every file.
  expect(offlineHits).toEqual([]);
  expect(errors.filter((e) => !/huggingface\.co|Failed to load resource/.test(e))).toEqual([]);
});
