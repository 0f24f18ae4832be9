/**
 * AdamW (src/core/train/adamw.ts) against two independent scalar re-implementations of torch's update:
 * one in float64 (the math, at float32-rounding tolerance) and one that rounds every op to float32 in the
 * order of torch 1.13's CPU kernels (bit-exact on tfjs-cpu, whose kernels are correctly rounded float32 ops).
 * Plus the parameter groups against the fixture, lr = 0 steps, frozen parameters, state export/import.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { AdamW } from '../../src/core/train/adamw.ts';
import { isNoDecay } from '../../src/core/train/paramGroups.ts';
import { BACKENDS, type HostParam, loadReference, normalFrom, refAdamWStep64, seededRandom, useBackend } from './train-numerics-support.ts';

const BETA1 = 0.9;
const BETA2 = 0.999;
const EPS = 1e-8;
const WD = 0.01;

/**
 * The same step with every op rounded to float32, in torch 1.13's op order:
 * p.mul_(1−lr·wd); m.mul_(β1).add_(g, alpha=1−β1); v.mul_(β2).addcmul_(g, g, value=1−β2) = v + (value·g)·g;
 * denom = sqrt(v) / bc2_sqrt + eps; p.addcdiv_(m, denom, value=−step_size) = p + (value·m) / denom.
 * Python-float scalars enter the float32 kernels rounded to float32.
 */
function refStep32(s: HostParam, g: ArrayLike<number>, lr: number, t: number): void {
  const f = Math.fround;
  const decay = f(1 - lr * s.wd);
  const [b1, c1, b2, c2] = [f(BETA1), f(1 - BETA1), f(BETA2), f(1 - BETA2)];
  const negStep = f(-(lr / (1 - BETA1 ** t)));
  const bc2Sqrt = f(Math.sqrt(1 - BETA2 ** t));
  const eps = f(EPS);
  for (let i = 0; i < s.p.length; i++) {
    const gi = f(g[i]);
    const p = f(s.p[i] * decay);
    s.m[i] = f(f(s.m[i] * b1) + f(gi * c1));
    s.v[i] = f(f(s.v[i] * b2) + f(f(gi * c2) * gi));
    const denom = f(f(f(Math.sqrt(s.v[i])) / bc2Sqrt) + eps);
    s.p[i] = f(p + f(f(s.m[i] * negStep) / denom));
  }
}

/** Names cover both groups; 'emb.tiny.weight' gets gradients ~1e-9 so that eps matters. */
const SPECS: [string, number[]][] = [
  ['enc.dense.weight', [16, 24]],
  ['enc.dense.bias', [24]],
  ['enc.LayerNorm.weight', [24]],
  ['enc.LayerNorm.bias', [24]],
  ['emb.tiny.weight', [40, 8]],
];
const LRS = [0, 1e-3, 5e-4, 2.5e-4, 1e-3, 3e-3];

function makeHostParams(seed: number): Map<string, Float32Array> {
  const normal = normalFrom(seededRandom(seed));
  return new Map(SPECS.map(([name, shape]) => {
    const size = shape.reduce((a, b) => a * b, 1);
    return [name, Float32Array.from({ length: size }, () => normal() * 0.1)];
  }));
}

/** Gradients of step k: float32 values, ~N(0, 0.05²), tiny for the "tiny" parameter, some exact zeros. */
function makeHostGrads(seed: number, k: number): Map<string, Float32Array> {
  const normal = normalFrom(seededRandom(seed * 1000 + k));
  return new Map(SPECS.map(([name, shape]) => {
    const size = shape.reduce((a, b) => a * b, 1);
    const scale = name.includes('tiny') ? 1e-9 : 0.05;
    return [name, Float32Array.from({ length: size }, (_, i) => (i % 17 === 3 ? 0 : normal() * scale))];
  }));
}

function toVariables(host: Map<string, Float32Array>): Map<string, tf.Variable> {
  const shapes = new Map(SPECS);
  return new Map([...host].map(([n, d]) => [n, tf.variable(tf.tensor(d, shapes.get(n)!))]));
}

function toTensors(host: Map<string, Float32Array>): Map<string, tf.Tensor> {
  const shapes = new Map(SPECS);
  return new Map([...host].map(([n, d]) => [n, tf.tensor(d, shapes.get(n)!)]));
}

function hostState(host: Map<string, Float32Array>): Map<string, HostParam> {
  return new Map([...host].map(([n, d]) => [n, {
    p: Float64Array.from(d),
    m: new Float64Array(d.length),
    v: new Float64Array(d.length),
    wd: isNoDecay(n) ? 0 : WD,
  }]));
}

describe('parameter groups', () => {
  const ref = loadReference();
  it.each(['train_full', 'train_unfreeze_last1', 'train_grad_accum2'] as const)(
    "isNoDecay splits %s's trainable parameters exactly as the fixture's optimizer did",
    (run) => {
      const { trainable_params, decay_params, no_decay_params } = ref[run];
      expect(trainable_params.filter((n) => !isNoDecay(n))).toEqual(decay_params);
      expect(trainable_params.filter((n) => isNoDecay(n))).toEqual(no_decay_params);
    },
  );
});

describe.each(BACKENDS)('AdamW on %s', (backend) => {
  beforeAll(() => useBackend(backend));
  afterEach(() => tf.disposeVariables());

  it('matches float32-rounded torch op order (bit-exact on cpu) and float64 torch math (tolerance)', async () => {
    const host = makeHostParams(11);
    const params = toVariables(host);
    const opt = new AdamW(params);
    const ref32 = hostState(host);
    const ref64 = hostState(host);
    let worstRel = 0;
    let bitMismatches = 0;
    for (let k = 1; k <= LRS.length; k++) {
      const hostGrads = makeHostGrads(11, k);
      const grads = toTensors(hostGrads);
      opt.step(grads, LRS[k - 1]);
      tf.dispose([...grads.values()]);
      for (const [name, g] of hostGrads) {
        refStep32(ref32.get(name)!, g, LRS[k - 1], k);
        refAdamWStep64(ref64.get(name)!, g, LRS[k - 1], k);
      }
      expect(opt.stepCount).toBe(k);
      for (const [name, v] of params) {
        const got = await v.data();
        const r32 = ref32.get(name)!.p;
        const r64 = ref64.get(name)!.p;
        for (let i = 0; i < got.length; i++) {
          if (got[i] !== r32[i]) bitMismatches++;
          // Tolerance: 8 float32 half-ulps of |p| per step taken, plus 1e-6 × the largest lr (the update's own
          // relative rounding). Measured worst ratio 0.14 on cpu and wasm.
          const err = Math.abs(got[i] - r64[i]);
          worstRel = Math.max(worstRel, err / (Math.abs(r64[i]) * 2 ** -24 * 8 * k + 1e-6 * Math.max(...LRS)));
        }
      }
    }
    // Both tfjs-cpu (float64 JS math rounded to float32 per op) and tfjs-wasm (float32 ops, no FMA
    // contraction across tfjs ops) reproduce the float32 op order exactly (measured: 0 mismatches).
    expect(bitMismatches).toBe(0);
    expect(worstRel).toBeLessThanOrEqual(1);
    // Moments too (float64 reference).
    const state = await opt.exportState();
    // (m can cancel to ≈ 0, so the bound is relative to the tensor's largest moment, as the fixture's
    // gradient tolerance is relative to the largest gradient.)
    for (const [name, mo] of state.moments) {
      const r = ref64.get(name)!;
      const maxM = Math.max(...r.m.map(Math.abs));
      const maxV = Math.max(...r.v);
      for (let i = 0; i < mo.m.length; i++) {
        expect(Math.abs(mo.m[i] - r.m[i])).toBeLessThanOrEqual(1e-6 * maxM);
        expect(Math.abs(mo.v[i] - r.v[i])).toBeLessThanOrEqual(1e-6 * maxV);
      }
    }
    opt.dispose();
  });

  it('an lr = 0 step leaves parameters bit-identical but updates moments and the step count', async () => {
    const host = makeHostParams(3);
    const params = toVariables(host);
    const opt = new AdamW(params);
    const hostGrads = makeHostGrads(3, 1);
    const grads = toTensors(hostGrads);
    opt.step(grads, 0);
    tf.dispose([...grads.values()]);
    expect(opt.stepCount).toBe(1);
    const state = await opt.exportState();
    for (const [name, v] of params) {
      expect(Array.from(await v.data())).toEqual(Array.from(host.get(name)!));
      const g = hostGrads.get(name)!;
      const mo = state.moments.get(name)!;
      for (let i = 0; i < g.length; i++) {
        expect(mo.m[i]).toBe(Math.fround(Math.fround(0.1) * g[i]));
        expect(mo.v[i]).toBe(Math.fround(Math.fround(Math.fround(0.001) * g[i]) * g[i]));
      }
    }
    opt.dispose();
  });

  it('gives frozen parameters no state and rejects their gradients', () => {
    const host = makeHostParams(5);
    const params = toVariables(host);
    params.get('enc.dense.weight')!.trainable = false;
    const before = tf.memory().numTensors;
    const opt = new AdamW(params);
    expect(tf.memory().numTensors - before).toBe(2 * (SPECS.length - 1));
    expect(opt.paramNames).toEqual(SPECS.map(([n]) => n).filter((n) => n !== 'enc.dense.weight'));
    expect(opt.weightDecayOf('enc.dense.weight')).toBeUndefined();
    expect(opt.weightDecayOf('emb.tiny.weight')).toBe(0.01);
    expect(opt.weightDecayOf('enc.LayerNorm.weight')).toBe(0);
    const all = toTensors(makeHostGrads(5, 1));
    expect(() => opt.step(all, 1e-3)).toThrow(/frozen or unknown/);
    all.get('enc.dense.weight')!.dispose();
    all.delete('enc.dense.weight');
    const frozenBefore = Array.from(params.get('enc.dense.weight')!.dataSync());
    opt.step(all, 1e-3);
    expect(Array.from(params.get('enc.dense.weight')!.dataSync())).toEqual(frozenBefore);
    expect(opt.stepCount).toBe(1);
    tf.dispose([...all.values()]);
    opt.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('rejects missing gradients, wrong shapes and bad learning rates without changing anything', () => {
    const params = toVariables(makeHostParams(6));
    const opt = new AdamW(params);
    const grads = toTensors(makeHostGrads(6, 1));
    const missing = new Map(grads);
    missing.delete('enc.dense.bias');
    expect(() => opt.step(missing, 1e-3)).toThrow(/no gradient/);
    const wrong = new Map(grads);
    const bad = tf.zeros([24, 16]);
    wrong.set('enc.dense.weight', bad);
    expect(() => opt.step(wrong, 1e-3)).toThrow(/shape/);
    expect(() => opt.step(grads, -1)).toThrow(/lr/);
    expect(() => opt.step(grads, NaN)).toThrow(/lr/);
    expect(opt.stepCount).toBe(0);
    tf.dispose([...grads.values(), bad]);
    opt.dispose();
  });

  it('export → import resumes bit-identically', async () => {
    const host = makeHostParams(8);
    const a = toVariables(host);
    const optA = new AdamW(a);
    for (let k = 1; k <= 2; k++) {
      const g = toTensors(makeHostGrads(8, k));
      optA.step(g, LRS[k - 1]);
      tf.dispose([...g.values()]);
    }
    const saved = await optA.exportState();
    expect(saved.step).toBe(2);
    // A fresh optimizer on copies of the current parameters, given the saved state.
    const b = new Map([...a].map(([n, v]) => [n, tf.variable(tf.clone(v))]));
    const optB = new AdamW(b);
    optB.importState(saved);
    expect(optB.stepCount).toBe(2);
    const g3 = toTensors(makeHostGrads(8, 3));
    optA.step(g3, LRS[2]);
    optB.step(g3, LRS[2]);
    tf.dispose([...g3.values()]);
    for (const [n, v] of a) expect(Array.from(await b.get(n)!.data())).toEqual(Array.from(await v.data()));
    // A state for other parameters is refused.
    const other = { step: 1, moments: new Map([...saved.moments].slice(1)) };
    expect(() => optB.importState(other)).toThrow(/missing/);
    optA.dispose();
    optB.dispose();
  });
});
