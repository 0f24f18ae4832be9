/**
 * The studio's GELU kernel (scripts/kernels/gelu-wat.mjs) on the wasm backend: within 1.5e-6 of a float64 GELU
 * (Eigen's erf is off by up to 4.2e-7 near |x/√2| ≈ 3.6, and GELU scales that by x/2: 1.1e-6 at x ≈ −4.7), equal to tfjs's five-op formula on the cpu backend within float32 rounding, special
 * values as torch gives them, every length (tails of 1–3 floats, under 4 floats), and the model uses it.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../src/core/backend.ts';
import { STUDIO_GELU } from '../../src/core/kernels/wasmGelu.ts';
import { gelu } from '../../src/core/model/gelu.ts';

/** erf in float64: Maclaurin series for |x| < 2.5, the erfc continued fraction beyond. */
function erf64(x: number): number {
  const ax = Math.abs(x);
  if (ax < 2.5) {
    let sum = x, term = x, n = 0;
    while (Math.abs(term) > 1e-17 * Math.abs(sum)) {
      n++;
      term *= (-x * x) / n;
      sum += term / (2 * n + 1);
    }
    return (2 / Math.sqrt(Math.PI)) * sum;
  }
  let f = 0;
  for (let k = 60; k >= 1; k--) f = k / 2 / (ax + f);
  return Math.sign(x) * (1 - Math.exp(-ax * ax) / Math.sqrt(Math.PI) / (ax + f));
}
const gelu64 = (x: number) => 0.5 * x * (1 + erf64(x / Math.SQRT2));

async function geluOn(backend: 'wasm' | 'cpu', values: Float32Array): Promise<Float32Array> {
  tf.setBackend(backend);
  const y = tf.tidy(() => gelu(tf.tensor1d(values)));
  const out = (await y.data()) as Float32Array;
  y.dispose();
  tf.setBackend('wasm');
  return out;
}

describe('GELU kernel on wasm', () => {
  beforeAll(async () => {
    expect((await initBackend('wasm')).backend).toBe('wasm');
    expect(tf.getKernel(STUDIO_GELU, 'wasm')).toBeDefined();
  });

  it('is within 1.5e-6·max(1, |y|) of a float64 GELU on [−8, 8] and equals the cpu formula within float32 rounding', async () => {
    const xs = Float32Array.from({ length: 160_001 }, (_, i) => -8 + i / 10_000);
    const wasm = await geluOn('wasm', xs);
    const cpu = await geluOn('cpu', xs);
    let worstExact = 0, worstCpu = 0;
    for (let i = 0; i < xs.length; i++) {
      const exact = gelu64(xs[i]!);
      worstExact = Math.max(worstExact, Math.abs(wasm[i]! - exact) / Math.max(1, Math.abs(exact)));
      worstCpu = Math.max(worstCpu, Math.abs(wasm[i]! - cpu[i]!) / Math.max(1, Math.abs(exact)));
    }
    expect(worstExact).toBeLessThan(1.5e-6);
    expect(worstCpu).toBeLessThan(2e-6); // the two erf errors add up: tfjs-cpu's is Abramowitz–Stegun 7.1.26 (1.5e-7)
  });

  it('gives torch’s special values: 0, ±Inf, NaN', async () => {
    const out = await geluOn('wasm', Float32Array.from([0, Infinity, -Infinity, Number.NaN, -0.5]));
    expect(out[0]).toBe(0);
    expect(out[1]).toBe(Infinity);
    expect(out[2]).toBeNaN(); // −Inf·0.5·(1 + erf(−Inf)) = −Inf·0, as in torch
    expect(out[3]).toBeNaN(); // the loss scaler must see it
    expect(out[4]).toBeCloseTo(gelu64(-0.5), 6);
  });

  it('covers every length: 1, 2, 3 (padded), 4, 5–7 (overlapping tail) and multi-block inputs', async () => {
    for (const n of [1, 2, 3, 4, 5, 6, 7, 33, 16_384 * 2 + 3]) {
      const xs = Float32Array.from({ length: n }, (_, i) => Math.sin(i * 1.7) * 5);
      const out = await geluOn('wasm', xs);
      expect(out.length).toBe(n);
      for (let i = 0; i < n; i++) expect(Math.abs(out[i]! - gelu64(xs[i]!))).toBeLessThan(1.5e-6 * Math.max(1, Math.abs(xs[i]!)));
    }
  });

  it('keeps its gradient (the model’s hand-written Φ(x) + x·φ(x)) and leaks nothing', async () => {
    const x = tf.tensor1d([-2, -0.3, 0, 0.7, 3]);
    const before = tf.memory().numTensors;
    const dx = tf.grad((v: tf.Tensor) => tf.sum(gelu(v)))(x);
    const expected = [-2, -0.3, 0, 0.7, 3].map((v) => 0.5 * (1 + erf64(v / Math.SQRT2)) + (v * Math.exp(-v * v / 2)) / Math.sqrt(2 * Math.PI));
    const got = await dx.data();
    expected.forEach((e, i) => expect(got[i]).toBeCloseTo(e, 5));
    dx.dispose();
    expect(tf.memory().numTensors).toBe(before);
    x.dispose();
  });
});
