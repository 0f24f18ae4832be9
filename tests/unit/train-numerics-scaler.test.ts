/**
 * Loss scaling (src/core/train/lossScaler.ts) with torch GradScaler's rules, driven through the real
 * optimizer step (applyGradients + AdamW): inf/NaN skip the step and halve the scale without touching
 * weights or AdamW state; 2000 clean steps double it; the disabled (fp32) mode never skips.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { AdamW, type AdamWState } from '../../src/core/train/adamw.ts';
import { applyGradients } from '../../src/core/train/applyGradients.ts';
import { LossScaler } from '../../src/core/train/lossScaler.ts';
import { BACKENDS, useBackend } from './train-numerics-support.ts';

function makeParams(): Map<string, tf.Variable> {
  return new Map<string, tf.Variable>([
    ['dense.weight', tf.variable(tf.tensor2d([[0.5, -0.25], [0.125, 1]]))],
    ['dense.bias', tf.variable(tf.tensor1d([0.1, -0.1]))],
  ]);
}

/** Gradients as the backward pass of a loss scaled by `scale` would give them (exact: scale is 2^k). */
function scaledGrads(scale: number, poison?: number): Map<string, tf.Tensor> {
  const w = [[0.01 * scale, -0.02 * scale], [0.03 * scale, 0.04 * scale]];
  if (poison !== undefined) w[1][0] = poison;
  return new Map<string, tf.Tensor>([
    ['dense.weight', tf.tensor2d(w)],
    ['dense.bias', tf.tensor1d([0.05 * scale, -0.06 * scale])],
  ]);
}

async function snapshot(params: Map<string, tf.Variable>): Promise<Record<string, number[]>> {
  const out: Record<string, number[]> = {};
  for (const [n, v] of params) out[n] = Array.from(await v.data());
  return out;
}

function plainState(s: AdamWState) {
  return { step: s.step, moments: [...s.moments].map(([n, mo]) => [n, Array.from(mo.m), Array.from(mo.v)]) };
}

async function oneStep(opt: AdamW, scaler: LossScaler, poison?: number) {
  const grads = scaledGrads(scaler.scale, poison);
  const result = await applyGradients({ grads, optimizer: opt, scaler, lr: 1e-3, maxGradNorm: 1.0 });
  tf.dispose([...grads.values(), result.gradNorm]);
  return result.skipped;
}

describe.each(BACKENDS)('LossScaler on %s', (backend) => {
  beforeAll(() => useBackend(backend));
  afterEach(() => tf.disposeVariables());

  it('starts at 2^16, scales the loss and unscales gradients exactly', async () => {
    const scaler = new LossScaler();
    expect(scaler.scale).toBe(65536);
    const loss = tf.scalar(0.6931472);
    const scaled = scaler.scaleLoss(loss);
    expect((await scaled.data())[0]).toBe(Math.fround(0.6931472) * 65536);
    const grads = new Map([['a', tf.tensor1d([3e-5 * 65536, -7, 1e30])]]);
    const { grads: unscaled, foundInf } = scaler.unscale(grads);
    expect(Array.from(await unscaled.get('a')!.data())).toEqual([
      Math.fround(3e-5 * 65536) / 65536,
      -7 / 65536,
      Math.fround(1e30) / 65536,
    ]);
    expect((await foundInf.data())[0]).toBe(0);
    tf.dispose([loss, scaled, ...grads.values(), ...unscaled.values(), foundInf]);
  });

  it.each([
    ['+Inf', Infinity],
    ['-Inf', -Infinity],
    ['NaN', NaN],
  ])('a %s gradient skips the step, halves the scale, and leaves weights and AdamW state untouched', async (_l, bad) => {
    const params = makeParams();
    const opt = new AdamW(params);
    const scaler = new LossScaler();
    for (let i = 0; i < 3; i++) expect(await oneStep(opt, scaler)).toBe(false);
    expect(scaler.state().growthTracker).toBe(3);
    const weightsBefore = await snapshot(params);
    const stateBefore = plainState(await opt.exportState());
    expect(await oneStep(opt, scaler, bad)).toBe(true);
    expect(scaler.scale).toBe(32768);
    expect(scaler.state().growthTracker).toBe(0);
    expect(await snapshot(params)).toEqual(weightsBefore);
    expect(plainState(await opt.exportState())).toEqual(stateBefore);
    expect(opt.stepCount).toBe(3);
    // The next clean step goes through again, at the halved scale.
    expect(await oneStep(opt, scaler)).toBe(false);
    expect(opt.stepCount).toBe(4);
    expect(await snapshot(params)).not.toEqual(weightsBefore);
    opt.dispose();
  });

  it('doubles the scale after 2000 consecutive clean steps, not before', async () => {
    const params = makeParams();
    const opt = new AdamW(params);
    const scaler = new LossScaler();
    for (let i = 0; i < 1999; i++) await oneStep(opt, scaler);
    expect(scaler.scale).toBe(65536);
    expect(scaler.state().growthTracker).toBe(1999);
    await oneStep(opt, scaler);
    expect(scaler.scale).toBe(131072);
    expect(scaler.state().growthTracker).toBe(0);
    expect(opt.stepCount).toBe(2000);
    opt.dispose();
  });

  it('restarts the clean-step count after a skip (growth interval 3)', () => {
    const scaler = new LossScaler({ growthInterval: 3 });
    const run = (flags: boolean[]) => flags.map((f) => (scaler.applyUpdate(f), scaler.scale));
    expect(run([false, false, true, false, false, false])).toEqual([65536, 65536, 32768, 32768, 32768, 65536]);
  });

  it('keeps the old scale (and resets the tracker) when growing would overflow float32', () => {
    const scaler = new LossScaler({ initScale: 2 ** 127, growthInterval: 1 });
    scaler.applyUpdate(false);
    expect(scaler.scale).toBe(2 ** 127);
    expect(scaler.state().growthTracker).toBe(0);
  });

  it('serialises its state and resumes from it', () => {
    const a = new LossScaler({ growthInterval: 4 });
    [false, true, false, false].forEach((f) => a.applyUpdate(f));
    const saved = JSON.parse(JSON.stringify(a.state()));
    const b = new LossScaler();
    b.loadState(saved);
    expect(b.state()).toEqual(a.state());
    a.applyUpdate(false);
    b.applyUpdate(false);
    a.applyUpdate(false);
    b.applyUpdate(false);
    expect(b.state()).toEqual(a.state());
    expect(b.scale).toBe(65536); // 32768 after the skip, ×2 after 4 clean steps
    expect(() => b.loadState({ ...saved, scale: 0 })).toThrow();
  });

  it('disabled mode: scale 1, no skip even on NaN, gradients unchanged', async () => {
    const params = makeParams();
    const opt = new AdamW(params);
    const scaler = new LossScaler({ enabled: false });
    expect(scaler.scale).toBe(1);
    const loss = tf.scalar(2.5);
    const same = scaler.scaleLoss(loss);
    expect((await same.data())[0]).toBe(2.5);
    const grads = scaledGrads(1);
    const { grads: unscaled, foundInf } = scaler.unscale(grads);
    expect(Array.from(await unscaled.get('dense.bias')!.data())).toEqual(Array.from(await grads.get('dense.bias')!.data()));
    tf.dispose([loss, same, ...grads.values(), ...unscaled.values(), foundInf]);
    expect(await oneStep(opt, scaler, NaN)).toBe(false);
    expect(opt.stepCount).toBe(1);
    expect(scaler.state()).toMatchObject({ enabled: false, scale: 1, growthTracker: 0 });
    opt.dispose();
  });

  it('gradients of the scaled loss, unscaled, equal the gradients of the loss (end to end)', async () => {
    const w = tf.variable(tf.tensor1d([0.3, -1.2, 2]));
    const x = tf.tensor1d([1e-3, 2, -5]);
    const lossFn = () => tf.sum(tf.square(tf.mul(w, x))) as tf.Scalar;
    const scaler = new LossScaler();
    const plain = tf.variableGrads(lossFn, [w]);
    const scaled = tf.variableGrads(() => scaler.scaleLoss(lossFn()), [w]);
    const { grads, foundInf } = scaler.unscale(new Map(Object.entries(scaled.grads)));
    const want = await plain.grads[w.name].data();
    const got = await grads.get(w.name)!.data();
    // Scaling by 2^16 commutes exactly with every float32 op of the backward pass (no overflow here).
    expect(Array.from(got)).toEqual(Array.from(want));
    expect((await foundInf.data())[0]).toBe(0);
    tf.dispose([x, plain.value, scaled.value, ...Object.values(plain.grads), ...Object.values(scaled.grads), ...grads.values(), foundInf]);
  });
});
