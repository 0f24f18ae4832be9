/**
 * A step split for memory is the unsplit step: tiny-roberta fine-tuned for 3 optimizer steps (full fine-tuning,
 * active clipping, evaluation-mode contexts so no dropout) on a 5-row batch, once whole and once cut into unequal
 * passes (2+2+1, 3+2), alone and under gradient accumulation (including an epoch's short last group). Loss,
 * pre-clip gradient norm, final weights and logits agree within the fixture README's tolerances, on cpu and wasm.
 * The unsplit step itself is checked against PyTorch in train-parity.test.ts.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../src/core/backend.ts';
import type { StateDict } from '../../src/core/checkpoint/types.ts';
import { makeBatch, type Batch } from '../../src/core/data/batches.ts';
import { parseRobertaConfig } from '../../src/core/model/config.ts';
import { inferenceContext } from '../../src/core/model/context.ts';
import { exportStateDict, initParams, loadStateDict } from '../../src/core/model/params.ts';
import { forward } from '../../src/core/model/sequenceClassifier.ts';
import { AdamW } from '../../src/core/train/adamw.ts';
import { LossScaler } from '../../src/core/train/lossScaler.ts';
import { lrForOptimizerStep } from '../../src/core/train/schedule.ts';
import { batchTensors, trainStep } from '../../src/core/train/trainStep.ts';
import { tinyRobertaFixture } from '../parity/nodeFixtures.ts';

const fx = tinyRobertaFixture();
const inputs = fx.reference.inputs as { input_ids: number[][]; attention_mask: number[][]; labels: number[] };
/** The fixture's 4 examples (lengths 62, 46, 33, 15) unpadded, plus a 5th: <s> + 19 tokens of the first + </s>. */
const tokens = inputs.input_ids.map((ids, i) => ids.filter((_, t) => inputs.attention_mask[i]![t] === 1));
tokens.push([...tokens[0]!.slice(0, 20), 2]);
const labels = [...inputs.labels, 2];
const batchOf = (examples: number[]): Batch => makeBatch(tokens, labels, examples, { padId: 1 });

const T = 62; // the longest row: every batch below holds example 0
const SCHEDULE = { lr: 1e-3, warmupSteps: 1, totalSteps: 3 };

interface Run {
  steps: { loss: number; gradNorm: number; passes: number }[];
  weights: StateDict;
  logits: Float32Array;
}

async function run(microBatches: Batch[], accumulationSteps: number, maxTokensPerPass: number): Promise<Run> {
  const model = initParams(parseRobertaConfig(fx.config), 0);
  loadStateDict(model, fx.weights);
  const optimizer = new AdamW(model.params.variables, { weightDecay: 0.01 });
  const steps: Run['steps'] = [];
  for (let k = 1; k <= SCHEDULE.totalSteps; k++) {
    const r = await trainStep({
      model,
      optimizer,
      scaler: new LossScaler({ enabled: false }),
      microBatches,
      accumulationSteps,
      lr: lrForOptimizerStep(k, SCHEDULE),
      maxGradNorm: 1.0,
      contextFor: inferenceContext,
      maxTokensPerPass,
    });
    expect(r.skipped).toBe(false);
    // Device → host: comparing the runs is the point.
    steps.push({ loss: (await r.loss.data())[0]!, gradNorm: (await r.gradNorm.data())[0]!, passes: r.passes });
    tf.dispose([r.loss, r.gradNorm]);
  }
  const logits = tf.tidy(() => forward(model, batchTensors(batchOf([0, 1, 2, 3, 4])), inferenceContext()).logits);
  const result = { steps, weights: await exportStateDict(model), logits: (await logits.data()) as Float32Array };
  logits.dispose();
  optimizer.dispose();
  model.params.dispose();
  return result;
}

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
const maxAbs = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let m = a.length === b.length ? 0 : Infinity;
  for (let i = 0; i < b.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
};
const l2 = (a: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * a[i]!;
  return Math.sqrt(s);
};
const values = (w: StateDict, name: string) => w.get(name)!.data as Float32Array; // the model's weights are F32

/** The fixture README's training tolerances, split run against the unsplit one. */
function expectSameTraining(split: Run, whole: Run) {
  split.steps.forEach((s, i) => {
    expect(rel(s.loss, whole.steps[i]!.loss), `step ${i + 1} loss`).toBeLessThanOrEqual(1e-5);
    expect(rel(s.gradNorm, whole.steps[i]!.gradNorm), `step ${i + 1} grad norm`).toBeLessThanOrEqual(1e-4);
  });
  for (const name of ['classifier.out_proj.weight', 'classifier.out_proj.bias']) {
    expect(maxAbs(values(split.weights, name), values(whole.weights, name)), name).toBeLessThanOrEqual(1e-5);
  }
  for (const name of whole.weights.keys()) {
    const tol = name.endsWith('attention.self.key.bias') ? 2e-3 : 1e-5;
    expect(rel(l2(values(split.weights, name)), l2(values(whole.weights, name))), `norm of ${name}`).toBeLessThanOrEqual(tol);
  }
  expect(maxAbs(split.logits, whole.logits), 'logits after 3 steps').toBeLessThanOrEqual(1e-5);
}

describe.each(['cpu', 'wasm'] as const)('a step split into passes equals the unsplit step, on %s', (backend) => {
  beforeAll(async () => {
    expect((await initBackend(backend)).backend).toBe(backend);
  });

  it.each([
    ['2 + 2 + 1 rows', 2 * T, 3],
    ['3 + 2 rows', 3 * T, 2],
  ])('one micro-batch of 5 rows as %s', async (_label, budget, passes) => {
    const before = tf.memory().numTensors;
    const microBatches = [batchOf([0, 1, 2, 3, 4])];
    const whole = await run(microBatches, 1, Infinity);
    const split = await run(microBatches, 1, budget);
    expect(whole.steps.map((s) => s.passes)).toEqual([1, 1, 1]);
    expect(split.steps.map((s) => s.passes)).toEqual([passes, passes, passes]);
    // Clipping is active (as in the fixture's train_full), so the norm is checked where it matters.
    expect(whole.steps[0]!.gradNorm).toBeGreaterThan(1);
    expectSameTraining(split, whole);
    expect(tf.memory().numTensors).toBe(before);
  });

  it.each([
    ['a full group of 2 (accumulation 2)', 2],
    ['an epoch’s short last group (accumulation 3, 2 micro-batches)', 3],
  ])('under gradient accumulation: %s', async (_label, accumulationSteps) => {
    // Micro-batches of 5 rows (→ 2+2+1) and 3 rows whose longest is 46 tokens (3 × 46 > 124 → 2+1).
    const microBatches = [batchOf([4, 2, 0, 3, 1]), batchOf([3, 1, 2])];
    const whole = await run(microBatches, accumulationSteps, Infinity);
    const split = await run(microBatches, accumulationSteps, 2 * T);
    expect(split.steps.map((s) => s.passes)).toEqual([5, 5, 5]);
    expectSameTraining(split, whole);
  });
});
