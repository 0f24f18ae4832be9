/** Shared steps of the studio e2e specs (tests/browser/studio*.spec.ts). */
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

/** Waits for the bundled model's load report (the default model source). */
export async function waitForModel(page: Page): Promise<void> {
  await expect(page.getByTestId('model-summary')).toBeVisible({ timeout: 60_000 });
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

/** Long main-thread tasks (ms) since `startLongTaskLog` was called on the page. */
export async function startLongTaskLog(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask' });
  });
}

export const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
