import { expect, test } from '@playwright/test';
import { collectPageErrors } from './consoleErrors.ts';

// Runs against the dev server and against the production build (see playwright.config.ts projects).

test('the studio loads and shows the active backend', async ({ page }, testInfo) => {
  const errors = collectPageErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'CodeBERTa Studio' })).toBeVisible();

  const status = page.getByTestId('backend-status');
  await expect(status).toHaveAttribute('data-state', 'ready');
  const backend = await status.getAttribute('data-backend');
  // The launch flags give Chromium a (SwiftShader) WebGPU adapter, so the first choice must win.
  expect(backend).toBe('webgpu');
  await expect(page.getByTestId('adapter-info')).not.toHaveText('none');
  console.log(`[${testInfo.project.name}] backend ${backend}, adapter: ${await page.getByTestId('adapter-info').innerText()}`);

  await page.screenshot({ path: `test-results/studio-${testInfo.project.name}.png`, fullPage: true });
  expect(errors).toEqual([]);
});

test('?backend=wasm runs tfjs-wasm multi-threaded (the page is cross-origin isolated), with the studio kernels on helper workers', async ({ page }, testInfo) => {
  const errors = collectPageErrors(page);
  await page.goto('/?backend=wasm');
  const status = page.getByTestId('backend-status');
  await expect(status).toHaveAttribute('data-state', 'ready');
  await expect(status).toHaveAttribute('data-backend', 'wasm');

  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  const threads = page.getByTestId('wasm-threads');
  await expect(threads).toHaveAttribute('data-multithread', 'true');
  console.log(`[${testInfo.project.name}] wasm threads: ${await threads.innerText()}`);
  // The training worker runs the studio's matmul/GELU kernels on as many threads as tfjs-wasm has (nested workers).
  const count = Number(/(\d+) compute thread/.exec(await threads.innerText())?.[1]);
  await expect(page.getByTestId('wasm-kernels')).toHaveText(`studio wasm SIMD kernels (fused multiply-add), ${count} thread${count > 1 ? 's' : ''}`);
  expect(errors).toEqual([]);
});

test('?backend=cpu is honoured', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/?backend=cpu');
  const status = page.getByTestId('backend-status');
  await expect(status).toHaveAttribute('data-state', 'ready');
  await expect(status).toHaveAttribute('data-backend', 'cpu');
  expect(errors).toEqual([]);
});
