/**
 * Global-norm clipping (src/core/train/clipGrad.ts) against a float64 re-implementation of
 * torch.nn.utils.clip_grad_norm_, and against the fixture's recorded norm → clip_coef pairs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { clipGradNorm, globalGradNorm } from '../../src/core/train/clipGrad.ts';
import { BACKENDS, loadReference, normalFrom, refClip64, seededRandom, useBackend } from './train-numerics-support.ts';

function randomGrads(seed: number, shapes: number[][], scale: number): Map<string, Float32Array> {
  const normal = normalFrom(seededRandom(seed));
  return new Map(shapes.map((shape, i) => {
    const size = shape.reduce((a, b) => a * b, 1);
    return [`p${i}.weight`, Float32Array.from({ length: size }, () => normal() * scale)];
  }));
}

const SHAPES = [[64, 64], [64], [5, 64], [128, 64], [3]];

describe.each(BACKENDS)('clipGradNorm on %s', (backend) => {
  beforeAll(() => useBackend(backend));

  it.each([
    ['active (norm ≫ max)', 0.05, 1.0],
    ['inactive (norm < max)', 0.001, 1.0],
    ['active, max_norm 0.25', 0.01, 0.25],
  ])('matches the float64 reference when clipping is %s', async (_label, scale, maxNorm) => {
    const host = randomGrads(7, SHAPES, scale);
    const shapes = new Map(SHAPES.map((s, i) => [`p${i}.weight`, s]));
    const grads = new Map([...host].map(([n, d]) => [n, tf.tensor(d, shapes.get(n))]));
    const ref = refClip64([...host.values()], maxNorm);
    const before = tf.memory().numTensors;
    const out = clipGradNorm(grads, maxNorm);
    // 3 + n new tensors, nothing else left behind.
    expect(tf.memory().numTensors).toBe(before + 2 + grads.size);
    const norm = (await out.totalNorm.data())[0];
    const coef = (await out.clipCoef.data())[0];
    expect(Math.abs(norm - ref.norm)).toBeLessThanOrEqual(1e-6 * ref.norm);
    expect(Math.abs(coef - ref.coef)).toBeLessThanOrEqual(1e-6 * ref.coef);
    expect(coef <= 1).toBe(true);
    let i = 0;
    for (const [name, g] of out.grads) {
      expect(g.shape).toEqual(shapes.get(name));
      const got = await g.data();
      const want = ref.clipped[i++];
      for (let j = 0; j < want.length; j++) expect(Math.abs(got[j] - want[j])).toBeLessThanOrEqual(1e-6 * Math.abs(want[j]) + 1e-12);
    }
    // The inputs are untouched (still the original values).
    expect(Array.from(await grads.get('p1.weight')!.data())).toEqual(Array.from(host.get('p1.weight')!));
    tf.dispose([...grads.values(), ...out.grads.values(), out.totalNorm, out.clipCoef]);
  });

  it("reproduces the fixture's clip_coef from its grad_norm_preclip, in float32", async () => {
    const ref = loadReference();
    for (const run of [ref.train_full, ref.train_unfreeze_last1, ref.train_grad_accum2]) {
      for (const s of run.steps) {
        // A single gradient whose norm is exactly the recorded (float32) norm.
        const g = new Map([['x', tf.tensor1d([s.grad_norm_preclip])]]);
        const out = clipGradNorm(g, 1.0);
        expect((await out.totalNorm.data())[0]).toBe(Math.fround(s.grad_norm_preclip));
        expect((await out.clipCoef.data())[0]).toBe(Math.fround(s.clip_coef)); // JSON holds the shortest decimal
        tf.dispose([...g.values(), ...out.grads.values(), out.totalNorm, out.clipCoef]);
      }
    }
  });

  it('propagates inf (norm inf, coef 0) without throwing, like torch with error_if_nonfinite=False', async () => {
    const g = new Map([['a', tf.tensor1d([1, Infinity])]]);
    const out = clipGradNorm(g, 1.0);
    expect((await out.totalNorm.data())[0]).toBe(Infinity);
    expect((await out.clipCoef.data())[0]).toBe(0);
    tf.dispose([...g.values(), ...out.grads.values(), out.totalNorm, out.clipCoef]);
  });

  it('handles no gradients (norm 0) and rejects a non-positive max norm', async () => {
    const out = clipGradNorm(new Map(), 1.0);
    expect((await out.totalNorm.data())[0]).toBe(0);
    expect(out.grads.size).toBe(0);
    tf.dispose([out.totalNorm, out.clipCoef]);
    expect(() => clipGradNorm(new Map(), 0)).toThrow();
  });

  it('globalGradNorm equals the norm of the concatenation', async () => {
    const a = tf.tensor1d([3, 4]);
    const b = tf.tensor2d([[12]]);
    const n = globalGradNorm([a, b]);
    expect((await n.data())[0]).toBe(13);
    tf.dispose([a, b, n]);
  });
});
