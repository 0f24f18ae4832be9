/**
 * Browser parity page: `parity.html?backend=webgpu|wasm` initialises that tfjs backend, loads the tiny-roberta
 * fixtures (../shared/fixtures, served by the dev server) and runs the shared model parity checks
 * (tests/parity/modelParity.ts, the same checks the Node tests run on cpu/wasm). The outcome goes to
 * `window.__parity` for parity.spec.ts and into a table for people.
 */
import * as tf from '@tensorflow/tfjs-core';
import { initBackend } from '../../../src/core/backend.ts';
import { readStateDict } from '../../../src/core/checkpoint/stateDict.ts';
import { TFJS_WASM_URL } from '../../../src/ui/tfjsWasmUrl.ts';
import { runModelParity } from '../../parity/modelParity.ts';
import type { ParityCheck, ParityOutcome } from './parityResult.ts';

const FIXTURE_DIR = `${__FIXTURES_URL__}tiny-roberta/`;

async function fetchFixture(name: string): Promise<Response> {
  const response = await fetch(FIXTURE_DIR + name);
  if (!response.ok) {
    throw new Error(`fixture ${name}: HTTP ${response.status} from ${FIXTURE_DIR} (is ../shared/fixtures beside the repo?)`);
  }
  return response;
}

const seconds = (since: number) => (performance.now() - since) / 1000;

async function run(requested: 'webgpu' | 'wasm' | 'cpu'): Promise<ParityOutcome> {
  let t = performance.now();
  const info = await initBackend(requested, { wasmPaths: TFJS_WASM_URL });
  const init = seconds(t);

  t = performance.now();
  const [reference, config, weightBytes] = await Promise.all([
    fetchFixture('reference.json').then((r) => r.json()),
    fetchFixture('config.json').then((r) => r.json()),
    fetchFixture('model.safetensors').then((r) => r.arrayBuffer()),
  ]);
  const weights = readStateDict(new Uint8Array(weightBytes));
  const load = seconds(t);

  t = performance.now();
  const report = await runModelParity(tf, { reference, weights, config });
  const parity = seconds(t);

  const adapter = info.adapterInfo;
  return {
    ok: true,
    requested,
    // What tfjs really ran on, not what was asked for: a silent fallback must fail the test.
    backend: tf.getBackend(),
    adapter: adapter ? [adapter.vendor, adapter.architecture, adapter.description].filter(Boolean).join(' / ') : undefined,
    // Copied field by field: only plain data crosses to the test (page.evaluate) and the table.
    checks: report.checks.map(({ name, maxAbsErr, relErr, tolerance, pass }): ParityCheck => ({ name, maxAbsErr, relErr, tolerance, pass })),
    seconds: { init, load, parity },
  };
}

function render(outcome: ParityOutcome): void {
  const status = document.getElementById('status')!;
  if (!outcome.ok) {
    status.textContent = `error: ${outcome.error}`;
    status.className = 'fail';
    return;
  }
  const failed = outcome.checks.filter((check) => !check.pass).length;
  status.textContent = `${outcome.backend}${outcome.adapter ? ` (${outcome.adapter})` : ''}: ${outcome.checks.length - failed} of ${outcome.checks.length} checks pass`;
  const table = document.getElementById('checks') as HTMLTableElement;
  table.innerHTML = '<tr><th>check</th><th>max |err|</th><th>rel err</th><th>tolerance</th><th></th></tr>';
  for (const check of outcome.checks) {
    const row = table.insertRow();
    row.className = check.pass ? '' : 'fail';
    for (const cell of [check.name, check.maxAbsErr.toExponential(2), check.relErr?.toExponential(2) ?? '', check.tolerance, check.pass ? 'pass' : 'FAIL']) {
      row.insertCell().textContent = cell;
    }
  }
}

const requested = new URLSearchParams(location.search).get('backend');
const outcome: Promise<ParityOutcome> =
  requested === 'webgpu' || requested === 'wasm' || requested === 'cpu'
    ? run(requested).catch((error: unknown) => ({ ok: false, requested, error: error instanceof Error ? error.stack ?? error.message : String(error) }))
    : Promise.resolve({ ok: false, requested: String(requested), error: 'use ?backend=webgpu|wasm|cpu' });
void outcome.then((result) => {
  render(result);
  window.__parity = result;
});
