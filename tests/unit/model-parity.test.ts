/**
 * tiny-roberta parity with Hugging Face on the Node backends (cpu, wasm): eval outputs, loss and one backward
 * pass, checked by the shared runModelParity (tests/parity/modelParity.ts) against the fixture tolerances.
 */
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { initBackend } from '../../src/core/backend.ts';
import { runModelParity, type ParityCheck, type ParityReport } from '../parity/modelParity.ts';
import { tinyRobertaFixture } from '../parity/nodeFixtures.ts';

const fixture = tinyRobertaFixture();

/** One row per check, except the 57 per-tensor gradient norms, summarised by their worst one. */
function printTable(report: ParityReport, seconds: number): void {
  const exp = (x: number | undefined) => (x === undefined ? '' : x.toExponential(2));
  const normPrefix = 'grads.param_grad_norms.';
  const norms = report.checks.filter((c) => c.name.startsWith(normPrefix) && !c.name.endsWith('key.bias'));
  const keyBiases = report.checks.filter((c) => c.name.startsWith(normPrefix) && c.name.endsWith('key.bias'));
  const worst = (cs: ParityCheck[], by: (c: ParityCheck) => number) => cs.reduce((a, b) => (by(b) > by(a) ? b : a));
  const worstNorm = worst(norms, (c) => c.relErr ?? 0);
  const worstKey = worst(keyBiases, (c) => c.maxAbsErr);
  const rows: ParityCheck[] = [
    ...report.checks.filter((c) => !c.name.startsWith(normPrefix)),
    { ...worstNorm, name: `${normPrefix}* (${norms.length}, worst ${worstNorm.name.slice(normPrefix.length)})`, pass: norms.every((c) => c.pass) },
    { ...worstKey, name: `${normPrefix}*key.bias (${keyBiases.length}, worst |a|)`, pass: keyBiases.every((c) => c.pass) },
  ];
  const width = Math.max(...rows.map((c) => c.name.length));
  const lines = rows.map(
    (c) => `${c.pass ? 'ok  ' : 'FAIL'} ${c.name.padEnd(width)} max|err| ${exp(c.maxAbsErr).padStart(9)} rel ${exp(c.relErr).padStart(9)}  ${c.tolerance}`,
  );
  console.log(`parity on ${report.backend} (${seconds.toFixed(1)} s)\n${lines.join('\n')}`);
}

describe.each(['cpu', 'wasm'] as const)('RobertaForSequenceClassification parity on %s', (backend) => {
  it('matches the Hugging Face reference within the fixture tolerances', async () => {
    const info = await initBackend(backend);
    expect(info.backend).toBe(backend);
    const start = performance.now();
    const before = tf.memory().numTensors;
    const report = await runModelParity(tf, fixture);
    printTable(report, (performance.now() - start) / 1000);

    expect(report.backend).toBe(backend);
    // eval: position ids, logits, 5 hidden states at token 0, 2 unpadded, loss; grads: loss, norm, 4 arrays, 57 norms
    expect(report.checks.length).toBe(1 + 1 + 1 + 4 + 2 + 1 + 2 + 4 + 57);
    expect(report.checks.filter((c) => !c.pass).map((c) => `${c.name}: ${c.maxAbsErr} (${c.tolerance})`)).toEqual([]);
    expect(tf.memory().numTensors).toBe(before); // the parity run disposes everything it made
  });
});
