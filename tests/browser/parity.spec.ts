import { writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { collectPageErrors } from './consoleErrors.ts';
import type { ParityCheck, ParityOutcome } from './pages/parityResult.ts';

/**
 * Numerical parity of the tfjs RoBERTa with the Hugging Face reference (../shared/fixtures/tiny-roberta),
 * in the browser, on each browser backend. Tolerances come from the shared checks (the fixture README's);
 * this file only asserts that the backend is the one asked for and that every check passes.
 */
const BACKENDS = ['webgpu', 'wasm'] as const;

function row(check: ParityCheck, width: number): string {
  const exp = (x: number | undefined) => (x === undefined ? '' : x.toExponential(2));
  return (
    `  ${check.pass ? 'ok  ' : 'FAIL'} ${check.name.padEnd(width)}  max|err| ${exp(check.maxAbsErr).padStart(9)}` +
    `  rel ${exp(check.relErr).padStart(9)}  ${check.tolerance}`
  );
}

/** Every check, one line each (the attachment). */
function fullTable(checks: ParityCheck[]): string {
  const width = Math.max(...checks.map((check) => check.name.length));
  return checks.map((check) => row(check, width)).join('\n');
}

/**
 * The log: every check except the per-parameter gradient norms (one per tensor, 57 of them), which are
 * summarised by their worst relative error unless one fails.
 */
function logTable(checks: ParityCheck[]): string {
  const perParam = (check: ParityCheck) => check.name.startsWith('grads.param_grad_norms.');
  const shown = checks.filter((check) => !perParam(check) || !check.pass);
  const folded = checks.filter((check) => perParam(check) && check.pass);
  const width = Math.max(...shown.map((check) => check.name.length));
  const lines = shown.map((check) => row(check, width));
  if (folded.length > 0) {
    const worst = Math.max(...folded.map((check) => check.relErr ?? 0));
    lines.push(`  ok   grads.param_grad_norms.* (${folded.length} tensors pass; worst rel ${worst.toExponential(2)})`);
  }
  return lines.join('\n');
}

// Only the 'dev' project runs this file (playwright.config.ts): the fixtures are served by the dev server.
for (const backend of BACKENDS) {
  test(`tiny-roberta parity on ${backend}`, async ({ page }, testInfo) => {
    const errors = collectPageErrors(page);
    await page.goto(`/tests/browser/pages/parity.html?backend=${backend}`);
    // SwiftShader WebGPU is a CPU emulation: a full forward/backward takes a while.
    await page.waitForFunction(() => window.__parity !== undefined, undefined, { timeout: 150_000 });
    const outcome = (await page.evaluate(() => window.__parity)) as ParityOutcome;

    if (!outcome.ok) throw new Error(`parity page failed on ${backend}:\n${outcome.error}`);
    const { init, load, parity } = outcome.seconds;
    console.log(
      `parity on ${outcome.backend}${outcome.adapter ? ` (${outcome.adapter})` : ''}: ` +
        `init ${init.toFixed(1)} s, load ${load.toFixed(1)} s, checks ${parity.toFixed(1)} s\n${logTable(outcome.checks)}`,
    );
    // The full table (all checks) next to the test's other outputs under test-results/browser/.
    await writeFile(testInfo.outputPath(`parity-${backend}.txt`), `${fullTable(outcome.checks)}\n`);
    expect(outcome.backend).toBe(backend);
    if (backend === 'webgpu') expect(outcome.adapter, 'a WebGPU adapter').toBeTruthy();
    expect(outcome.checks.length).toBeGreaterThan(0);
    expect(outcome.checks.filter((check) => !check.pass).map((check) => check.name)).toEqual([]);
    expect(errors).toEqual([]);
  });
}
