import { expect, test } from '@playwright/test';
import { collectPageErrors } from './consoleErrors';
import type { ParityCheck, ParityOutcome } from './pages/parityResult';

/**
 * Numerical parity of the tfjs RoBERTa with the Hugging Face reference (../shared/fixtures/tiny-roberta),
 * in the browser, on each browser backend. Tolerances come from the shared checks (the fixture README's);
 * this file only asserts that the backend is the one asked for and that every check passes.
 */
const BACKENDS = ['webgpu', 'wasm'] as const;

function table(checks: ParityCheck[]): string {
  const exp = (x: number | undefined) => (x === undefined ? '' : x.toExponential(2));
  const width = Math.max(...checks.map((check) => check.name.length));
  return checks
    .map(
      (check) =>
        `  ${check.pass ? 'ok  ' : 'FAIL'} ${check.name.padEnd(width)}  max|err| ${exp(check.maxAbsErr).padStart(9)}` +
        `  rel ${exp(check.relErr).padStart(9)}  tol ${exp(check.tolerance)}`,
    )
    .join('\n');
}

// Only the 'dev' project runs this file (playwright.config.ts): the fixtures are served by the dev server.
for (const backend of BACKENDS) {
  test(`tiny-roberta parity on ${backend}`, async ({ page }, testInfo) => {
    const errors = collectPageErrors(page);
    await page.goto(`/tests/browser/pages/parity.html?backend=${backend}`);
    // SwiftShader WebGPU is a CPU emulation: a full forward/backward takes a while.
    await page.waitForFunction(() => window.__parity !== undefined, undefined, { timeout: 150_000 });
    const outcome = (await page.evaluate(() => window.__parity)) as ParityOutcome;
    await page.screenshot({ path: testInfo.outputPath(`parity-${backend}.png`), fullPage: true });

    if (!outcome.ok) throw new Error(`parity page failed on ${backend}:\n${outcome.error}`);
    const { init, load, parity } = outcome.seconds;
    console.log(
      `parity on ${outcome.backend}${outcome.adapter ? ` (${outcome.adapter})` : ''}: ` +
        `init ${init.toFixed(1)} s, load ${load.toFixed(1)} s, checks ${parity.toFixed(1)} s\n${table(outcome.checks)}`,
    );
    expect(outcome.backend).toBe(backend);
    if (backend === 'webgpu') expect(outcome.adapter, 'a WebGPU adapter').toBeTruthy();
    expect(outcome.checks.length).toBeGreaterThan(0);
    expect(outcome.checks.filter((check) => !check.pass).map((check) => check.name)).toEqual([]);
    expect(errors).toEqual([]);
  });
}
