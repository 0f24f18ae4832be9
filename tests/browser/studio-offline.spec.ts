/**
 * Works offline out of the box: from a fresh page load, with every request outside this machine refused, the
 * bundled sample and the bundled pretrained model (its recommended settings) train to ≥ 80% whole-file accuracy on
 * the project-split test (unseen projects; the CLI measures 84.4% on the same run).
 */
import { expect, test } from '@playwright/test';
import { collectPageErrors } from './consoleErrors.ts';
import { openStudio, status } from './fixtures-studio/helpers.ts';

test('the sample trains to ≥ 80% whole-file test accuracy with the bundled model and no network', async ({ page, context }) => {
  test.setTimeout(900_000);
  const outside: string[] = [];
  await context.route(
    (url) => !['127.0.0.1', 'localhost'].includes(url.hostname),
    (route) => {
      outside.push(route.request().url());
      return route.abort('internetdisconnected');
    },
  );
  const errors = collectPageErrors(page);
  await openStudio(page);
  // The offline default is the bundled pretrained model, loaded on its own, with its recommended settings.
  await expect(page.getByTestId('model-summary')).toContainText('CodeBERTa-small-offline', { timeout: 120_000 });
  await expect(page.getByTestId('train-defaults')).toContainText('recommended for CodeBERTa-small-offline');
  await page.getByTestId('dataset-sample').click();
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-valid', 'true');
  // The sample's sub-folders are projects (source packages): languages with 3 or more are split by project.
  await expect(page.getByTestId('split-note')).toHaveAttribute('data-by-file', 'go,python,ruby,rust');

  await page.getByTestId('train-start').click();
  await expect(status(page)).toContainText(/Finished/, { timeout: 840_000 });
  const summary = page.getByTestId('evaluation-summary');
  await expect(summary).toHaveAttribute('data-split', 'test');
  const accuracy = Number(await summary.getAttribute('data-accuracy'));
  console.log(`[offline] sample test accuracy in the browser: ${(accuracy * 100).toFixed(2)}%`);
  await page.screenshot({ path: 'test-results/studio-offline.png', fullPage: true });
  expect(accuracy).toBeGreaterThanOrEqual(0.8);
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
});
