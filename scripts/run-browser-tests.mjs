#!/usr/bin/env node
/**
 * `npm run test:browser`: the Playwright suite (tests/browser) in the system's Chromium.
 *
 * Why a wrapper around `playwright test`:
 * - fail early and clearly when Chromium is missing (Playwright's own browser download is unavailable offline);
 * - pick free ports, so that two runs (or a developer's `npm run dev`) never collide;
 * - end with one summary line, "N passed, M failed", which CI reads.
 * Playwright starts the dev server and the preview of a build (playwright.config.ts) and stops them at the end.
 * Extra arguments go to `playwright test` (e.g. `npm run test:browser -- parity`).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsFile = path.join(repoRoot, 'test-results/browser-results.json');

function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    fail(`CHROMIUM_PATH=${fromEnv} does not exist`);
  }
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    return fail('Chromium is not installed: apt-get install -y chromium (or set CHROMIUM_PATH)');
  }
}

function fail(message) {
  // stdout, like the summary, so that the two stay in order in a combined log.
  console.log(`test:browser: ${message}`);
  // CI reads the last line: a run that could not start is a failure, not "0 passed".
  console.log('0 passed, 1 failed');
  process.exit(1);
}

/** A port the OS considers free right now (released immediately; a race is possible but harmless: --strictPort fails loudly). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function summarise() {
  if (!existsSync(resultsFile)) return undefined;
  const { stats, errors } = JSON.parse(readFileSync(resultsFile, 'utf8'));
  // expected = passed; unexpected = failed; flaky counts as passed but is named; global errors (a server that
  // did not start, a test file that does not compile) fail the run even when no test ran.
  const failed = stats.unexpected + (errors?.length ?? 0);
  return { passed: stats.expected + stats.flaky, failed, skipped: stats.skipped, flaky: stats.flaky, seconds: stats.duration / 1000 };
}

rmSync(resultsFile, { force: true }); // a stale file must never be read as this run's results
const chromium = findChromium();
const [devPort, previewPort] = [await freePort(), await freePort()];

const started = Date.now();
const child = spawn(
  process.execPath,
  [path.join(repoRoot, 'node_modules/@playwright/test/cli.js'), 'test', ...process.argv.slice(2)],
  {
    cwd: repoRoot,
    stdio: 'inherit',
    env: {
      ...process.env,
      CHROMIUM_PATH: chromium,
      CODEBERTA_DEV_PORT: String(devPort),
      CODEBERTA_PREVIEW_PORT: String(previewPort),
      // Never try to download browsers: there is no network, and the system Chromium is what we test.
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
    },
  },
);
// Ctrl-C / CI cancellation: pass it on so that Playwright stops its web servers.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));

const code = await new Promise((resolve) => child.on('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0))));
const summary = summarise();
if (!summary) fail(`Playwright exited with ${code} and wrote no results (${path.relative(repoRoot, resultsFile)})`);
const extras = [summary.skipped && `${summary.skipped} skipped`, summary.flaky && `${summary.flaky} flaky`].filter(Boolean);
console.log(`\nbrowser tests: ${((Date.now() - started) / 1000).toFixed(1)} s in all (tests ${summary.seconds.toFixed(1)} s)${extras.length ? `, ${extras.join(', ')}` : ''}`);
console.log(`${summary.passed} passed, ${summary.failed} failed`);
process.exit(code !== 0 || summary.failed > 0 ? 1 : 0);
