/**
 * WebGPU smoke test of the studio: the default backend (SwiftShader's WebGPU adapter in these tests, 50–100× slower
 * than wasm, so the shapes are tiny) trains the tiny model for one epoch in the training worker, with fp16 mixed
 * precision on ('auto' means on for WebGPU), and the page shows the adapter and the loss-scale curve.
 */
import { expect, test } from '@playwright/test';
import { collectPageErrors } from './consoleErrors.ts';
import { loadDataset, openStudio, setSettings, status, waitForModel } from './fixtures-studio/helpers.ts';

test('one tiny epoch on WebGPU in the training worker', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = collectPageErrors(page);
  await openStudio(page, '');
  await expect(page.getByTestId('backend-status')).toHaveAttribute('data-backend', 'webgpu');
  await expect(page.getByTestId('adapter-info')).not.toHaveText('none');
  await loadDataset(page);
  await waitForModel(page);
  await setSettings(page, { epochs: '1', batch_size: '8', max_length: '16', log_every: '1' });
  await page.getByTestId('train-start').click();
  await expect(status(page)).toHaveAttribute('data-phase', /finished|early-stopped/, { timeout: 200_000 });
  await expect(status(page)).toContainText('on WebGPU · fp16');
  await expect(page.getByTestId('loss-chart')).toHaveAttribute('data-points', '3'); // 20 training files / 8
  await expect(page.getByTestId('lr-chart')).toContainText('loss scale');
  await expect(page.getByTestId('confusion-matrix')).toHaveAttribute('data-split', 'test');
  await expect(page.getByTestId('checkpoint-list').locator('[data-reason=final]')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/studio-webgpu.png', fullPage: true });
  expect(errors).toEqual([]);
});
