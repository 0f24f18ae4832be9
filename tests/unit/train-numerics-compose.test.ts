/**
 * The optimizer step as the trainer composes it — loss-scaler unscale → clip_grad_norm_ → AdamW with the
 * linear warmup schedule (applyGradients) — against an independent float64 re-implementation of torch's
 * formulas, over several steps (lr = 0 first, both weight-decay groups, clipping on and off). And no
 * leaks: tensor count and bytes flat over 50 optimizer steps.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { AdamW } from '../../src/core/train/adamw.ts';
import { applyGradients } from '../../src/core/train/applyGradients.ts';
import { LossScaler } from '../../src/core/train/lossScaler.ts';
import { isNoDecay } from '../../src/core/train/paramGroups.ts';
import { lrForOptimizerStep } from '../../src/core/train/schedule.ts';
import {
  BACKENDS,
  type HostParam,
  normalFrom,
  refAdamWStep64,
  refClip64,
  seededRandom,
  useBackend,
} from './train-numerics-support.ts';

const SPECS: [string, number[]][] = [
  ['layer.0.attention.self.query.weight', [32, 32]],
  ['layer.0.attention.self.query.bias', [32]],
  ['layer.0.output.LayerNorm.weight', [32]],
  ['layer.0.output.LayerNorm.bias', [32]],
  ['classifier.out_proj.weight', [32, 5]],
];
const SHAPES = new Map(SPECS);
const SCHEDULE = { lr: 1e-3, warmupSteps: 1, totalSteps: 6 };
const MAX_NORM = 1.0;
/** Gradient scale per step: the global norm is ≈ 2–3 (clipped) or ≈ 0.2 (not clipped). */
const GRAD_SCALES = [0.07, 0.07, 0.006, 0.05, 0.006, 0.08];

function randomHost(seed: number, scale: number): Map<string, Float32Array> {
  const normal = normalFrom(seededRandom(seed));
  return new Map(SPECS.map(([n, shape]) => {
    const size = shape.reduce((a, b) => a * b, 1);
    return [n, Float32Array.from({ length: size }, () => normal() * scale)];
  }));
}

function tensors(host: Map<string, Float32Array>, times = 1): Map<string, tf.Tensor> {
  return new Map([...host].map(([n, d]) => [n, tf.tensor(d.map((x) => x * times), SHAPES.get(n)!)]));
}

describe.each(BACKENDS)('optimizer step (unscale → clip → AdamW, linear schedule) on %s', (backend) => {
  beforeAll(() => useBackend(backend));
  afterEach(() => tf.disposeVariables());

  it.each([
    ['fp32 (scaler disabled)', false],
    ['loss-scaled (2^16)', true],
  ])('follows torch in float64 over 6 steps, %s', async (_label, scaled) => {
    const init = randomHost(21, 0.1);
    const params = new Map([...tensors(init)].map(([n, t]) => [n, tf.variable(t)]));
    const opt = new AdamW(params);
    const scaler = new LossScaler({ enabled: scaled });
    const ref = new Map<string, HostParam>([...init].map(([n, d]) => [n, {
      p: Float64Array.from(d),
      m: new Float64Array(d.length),
      v: new Float64Array(d.length),
      wd: isNoDecay(n) ? 0 : 0.01,
    }]));
    const clippedSteps: boolean[] = [];
    let worstNormRel = 0;
    let worstParamRatio = 0;
    for (let k = 1; k <= GRAD_SCALES.length; k++) {
      const lr = lrForOptimizerStep(k, SCHEDULE);
      const hostGrads = randomHost(100 + k, GRAD_SCALES[k - 1]);
      // The backward pass of a scaled loss yields scale × the gradients (exact for a power of two).
      const grads = tensors(hostGrads, scaler.scale);
      const { skipped, gradNorm } = await applyGradients({ grads, optimizer: opt, scaler, lr, maxGradNorm: MAX_NORM });
      const norm = (await gradNorm.data())[0];
      tf.dispose([...grads.values(), gradNorm]);
      expect(skipped).toBe(false);

      const names = [...hostGrads.keys()];
      const r = refClip64([...hostGrads.values()], MAX_NORM);
      clippedSteps.push(r.coef < 1);
      worstNormRel = Math.max(worstNormRel, Math.abs(norm - r.norm) / r.norm);
      names.forEach((n, i) => refAdamWStep64(ref.get(n)!, r.clipped[i], lr, k));

      for (const [n, v] of params) {
        const got = await v.data();
        const want = ref.get(n)!.p;
        for (let i = 0; i < got.length; i++) {
          // Same tolerance as the AdamW test: 8 half-ulps of |p| per step + 1e-6 × lr.
          const tol = Math.abs(want[i]) * 2 ** -24 * 8 * k + 1e-6 * SCHEDULE.lr;
          worstParamRatio = Math.max(worstParamRatio, Math.abs(got[i] - want[i]) / tol);
        }
      }
    }
    // The scenario exercises what it claims: lr 0 then the schedule, clipping on some steps only.
    expect([1, 2, 3, 6].map((k) => lrForOptimizerStep(k, SCHEDULE))).toEqual([0, 1e-3, 8e-4, 2e-4]);
    expect(clippedSteps).toEqual([true, true, false, true, false, true]);
    expect(worstNormRel).toBeLessThanOrEqual(1e-6);
    expect(worstParamRatio).toBeLessThanOrEqual(1);
    opt.dispose();
  });

  it('leaks nothing: tensors and bytes flat over 50 optimizer steps (skipped ones included)', async () => {
    const params = new Map([...tensors(randomHost(5, 0.1))].map(([n, t]) => [n, tf.variable(t)]));
    const opt = new AdamW(params);
    const scaler = new LossScaler();
    const host = randomHost(6, 0.05);
    const step = async (k: number) => {
      const grads = tensors(host, scaler.scale);
      if (k % 10 === 0) {
        grads.get('layer.0.output.LayerNorm.bias')!.dispose();
        grads.set('layer.0.output.LayerNorm.bias', tf.fill([32], Infinity));
      }
      const { gradNorm } = await applyGradients({
        grads, optimizer: opt, scaler, lr: lrForOptimizerStep(Math.min(k, 50), { lr: 1e-3, warmupSteps: 5, totalSteps: 50 }), maxGradNorm: MAX_NORM,
      });
      tf.dispose([...grads.values(), gradNorm]);
    };
    await step(1);
    const before = tf.memory();
    for (let k = 2; k <= 50; k++) await step(k);
    const after = tf.memory();
    expect(after.numTensors).toBe(before.numTensors);
    expect(after.numBytes).toBe(before.numBytes);
    expect(opt.stepCount).toBe(50 - 5); // steps 10, 20, …, 50 were skipped
    opt.dispose();
  });
});
