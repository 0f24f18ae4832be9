/**
 * The trainer against PyTorch, step for step: the three 3-step runs of tiny-roberta/reference.json (full
 * fine-tuning with active clipping, last layer only, gradient accumulation over two micro-batches), on the cpu
 * and wasm backends.
 */
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { initBackend } from '../../src/core/backend.ts';
import { tinyRobertaFixture } from '../parity/nodeFixtures.ts';
import { runTrainingParity, type TrainingRun } from '../parity/trainingParity.ts';

const fixture = tinyRobertaFixture();
const runs: TrainingRun[] = ['train_full', 'train_unfreeze_last1', 'train_grad_accum2'];

describe.each(['cpu', 'wasm'] as const)('training parity on %s', (backend) => {
  it.each(runs)('%s matches PyTorch step for step', async (run) => {
    expect((await initBackend(backend)).backend).toBe(backend);
    const before = tf.memory().numTensors;
    const report = await runTrainingParity(fixture, run);
    const failed = report.checks.filter((c) => !c.pass);
    const worst = (prefix: string) =>
      report.checks.filter((c) => c.name.includes(prefix)).reduce((m, c) => Math.max(m, c.relErr ?? c.maxAbsErr), 0);
    console.log(
      `${backend} ${run}: ${report.checks.length} checks, worst loss rel ${worst('loss').toExponential(2)}, ` +
        `grad norm rel ${worst('grad_norm').toExponential(2)}, out_proj abs ${worst('out_proj').toExponential(2)}, ` +
        `logits abs ${worst('logits_eval').toExponential(2)}`,
    );
    expect(failed).toEqual([]);
    expect(tf.memory().numTensors).toBe(before);
  });
});
