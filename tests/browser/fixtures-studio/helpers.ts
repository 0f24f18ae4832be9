/** Shared steps of the studio e2e specs (tests/browser/studio*.spec.ts). */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';

export const DATASET_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'dataset');
export const LANGUAGES = ['go', 'javascript', 'python', 'rust'];

/** Opens the studio and waits until tfjs runs in the training worker. */
export async function openStudio(page: Page, query = '?backend=wasm'): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.getByTestId('backend-status')).toHaveAttribute('data-state', 'ready');
}

/** Picks the fixture folder through the dataset input, as a user picking a folder does. */
export async function loadDataset(page: Page): Promise<void> {
  await page.getByTestId('dataset-input').setInputFiles(DATASET_DIR);
  await expect(page.getByTestId('dataset-summary')).toBeVisible();
}

/** Fills training settings (opening "All settings" when a field is in the advanced group). */
export async function setSettings(page: Page, values: Record<string, string>): Promise<void> {
  for (const [field, value] of Object.entries(values)) {
    const input = page.locator(`[data-field="${field}"]`);
    if ((await input.count()) === 0) await page.getByRole('button', { name: /^All settings/ }).click();
    await input.fill(value);
  }
}

/** The bundled tiny test checkpoint (public/models/index.json): the only model small enough for e2e training. */
export const TINY_MODEL_ID = 'tiny-roberta-mlm';

/** Selects the bundled tiny model (the catalog's first entry is the default; it may be a bigger one) and waits for its load report. */
export async function waitForModel(page: Page): Promise<void> {
  const select = page.getByRole('combobox', { name: 'Bundled model' });
  await expect(select.locator(`option[value="${TINY_MODEL_ID}"]`)).toHaveCount(1);
  if ((await select.inputValue()) !== TINY_MODEL_ID) await select.selectOption(TINY_MODEL_ID);
  await expect(page.getByTestId('model-summary')).toContainText('Tiny RoBERTa', { timeout: 60_000 });
}

export const status = (page: Page) => page.getByTestId('train-status');

/** The header of a safetensors file: {name: {dtype, shape, data_offsets}}, checked against the file's length. */
export function parseSafetensors(bytes: Uint8Array): Record<string, { dtype: string; shape: number[]; data_offsets: [number, number] }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = Number(view.getBigUint64(0, true));
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as Record<string, unknown>;
  const dataLength = bytes.length - 8 - headerLength;
  const tensors: ReturnType<typeof parseSafetensors> = {};
  for (const [name, info] of Object.entries(header)) {
    if (name === '__metadata__') continue;
    const t = info as { dtype: string; shape: number[]; data_offsets: [number, number] };
    const [begin, end] = t.data_offsets;
    const width = { F32: 4, F16: 2, BF16: 2, I64: 8, I32: 4 }[t.dtype] ?? 0;
    if (end > dataLength || end - begin !== t.shape.reduce((a, b) => a * b, 1) * width) throw new Error(`bad tensor ${name}`);
    tensors[name] = t;
  }
  return tensors;
}

/** Starts recording long main-thread tasks (start time and duration, ms) on the page. */
export async function startLongTaskLog(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: [number, number][] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push([entry.startTime, Math.round(entry.duration)]);
    }).observe({ type: 'longtask' });
  });
}

/** Durations (ms) of the long tasks recorded so far, optionally only those that started after `since` (page time). */
export const longTasks = (page: Page, since = 0) =>
  page.evaluate((t) => (window as unknown as { __longTasks: [number, number][] }).__longTasks.filter(([start]) => start >= t).map(([, d]) => d), since);

/** One line of real-looking code per language, numbered: 10,000 distinct small files. */
const MANY_FILE_SNIPPETS: Record<string, (i: number) => string> = {
  go: (i) => `package main\n\nfunc f${i}() int { return ${i} }\n`,
  python: (i) => `def f${i}():\n    return ${i}\n`,
  rust: (i) => `fn f${i}() -> i32 { ${i} }\n`,
  javascript: (i) => `export function f${i}() { return ${i}; }\n`,
};

/**
 * Writes a dataset of 10,000 files (2,500 per language, 4 languages) under `root`: flat language folders, or
 * `folders` sub-folders per language (the walk then reads many directories, as in a real source tree).
 */
export async function writeManyFiles(root: string, folders = 1): Promise<void> {
  const perFolder = 2500 / folders;
  for (const [language, snippet] of Object.entries(MANY_FILE_SNIPPETS)) {
    for (let d = 0; d < folders; d++) {
      const dir = folders === 1 ? path.join(root, language) : path.join(root, language, `pkg${d}`);
      await mkdir(dir, { recursive: true });
      await Promise.all(Array.from({ length: perFolder }, (_, i) => writeFile(path.join(dir, `f${i}.txt`), snippet(d * perFolder + i))));
    }
  }
}
