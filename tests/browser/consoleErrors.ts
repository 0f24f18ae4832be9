import type { Page } from '@playwright/test';

/**
 * Collects what the page reports as broken: console errors and uncaught exceptions. Tests assert the list is
 * empty at the end, so that a regression that only logs (a failed wasm fetch, a React key warning escalated
 * to an error) still fails a test.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}
