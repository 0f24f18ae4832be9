/**
 * fp16 emulation (src/core/train/fp16.ts) against a bit-level float32 → binary16 reference written in the
 * support file, bit-exactly (NaN = NaN, +0 ≠ −0), on the cpu and wasm backends. Plus the on-device
 * non-finite checks (finite.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { FP16_MAX, toFp16 } from '../../src/core/train/fp16.ts';
import { anyNonFinite, hasNonFinite } from '../../src/core/train/finite.ts';
import { BACKENDS, f32FromBits, f32ToF16Bits, refFp16, sameFloat, seededRandom, useBackend } from './train-numerics-support.ts';

const F32_MAX = f32FromBits(0x7f7fffff);
const F32_MIN_NORMAL = 2 ** -126;
const F32_MIN_SUBNORMAL = 2 ** -149;

/** Inputs with hand-derived fp16 values (IEEE 754 binary16, round to nearest even). */
const KNOWN: [input: number, fp16: number][] = [
  [65504, 65504], // largest half
  [65505, 65504],
  [Math.fround(65519.99), 65504], // just below the overflow tie
  [65520, Infinity], // tie 65504 (odd mantissa) ↔ 65536 (even) → 65536 = overflow
  [-65520, -Infinity],
  [65536, Infinity],
  [F32_MAX, Infinity],
  [-F32_MAX, -Infinity],
  [1 + 2 ** -11, 1], // tie → even (1)
  [1 + 3 * 2 ** -11, 1 + 2 ** -9], // tie → even (1 + 2·2^-10)
  [1 + 2 ** -11 + 2 ** -23, 1 + 2 ** -10], // just above the tie → up
  [2048 + 1, 2048], // spacing 2 at 2048: tie → even
  [2048 + 3, 2048 + 4],
  [2 ** -24, 2 ** -24], // smallest subnormal
  [2 ** -25, 0], // tie between 0 and 2^-24 → even (0)
  [-(2 ** -25), -0],
  [3 * 2 ** -25, 2 ** -23], // tie between 1·2^-24 and 2·2^-24 → 2·2^-24
  [5 * 2 ** -25, 2 ** -23], // 2.5 quanta: tie between 2·2^-24 (even) and 3·2^-24 → 2·2^-24
  [2 ** -14, 2 ** -14], // smallest normal
  [Math.fround(2 ** -14 - 2 ** -30), 2 ** -14], // just below: rounds up onto the normal boundary
  [2 ** -14 - 2 ** -24, 1023 * 2 ** -24], // largest subnormal
  [2 ** -14 - 2 ** -25, 2 ** -14], // tie between largest subnormal (odd) and 2^-14 (even)
  [F32_MIN_NORMAL, 0],
  [-F32_MIN_SUBNORMAL, -0],
  [0, 0],
  [-0, -0],
  [Infinity, Infinity],
  [-Infinity, -Infinity],
  [NaN, NaN],
  [0.1, 0.0999755859375],
  [-3.14159, -3.140625],
];

/** Random float32 bit patterns (uniform over all 2^32 patterns, so every exponent is hit) plus near-ties. */
function randomPatterns(n: number, seed: number): Float32Array {
  const rand = seededRandom(seed);
  const out = new Float32Array(n);
  const u32 = new Uint32Array(out.buffer);
  for (let i = 0; i < n; i++) {
    const r = Math.floor(rand() * 2 ** 32) >>> 0;
    if (i % 4 === 0) {
      // Exponent within half's range (2^-26 … 2^16), where rounding happens; low 13 bits often a tie.
      const exp = 101 + Math.floor(rand() * 43);
      const low = i % 8 === 0 ? 0x1000 : r & 0x1fff;
      u32[i] = (r & 0x80000000) | (exp << 23) | (r & 0x7fe000) | low;
    } else {
      u32[i] = r;
    }
  }
  return out;
}

function firstMismatches(input: Float32Array, got: Float32Array, limit = 5): string[] {
  const bad: string[] = [];
  for (let i = 0; i < input.length && bad.length < limit; i++) {
    const want = refFp16(input[i]);
    if (!sameFloat(got[i], want)) bad.push(`x=${input[i]} (0x${new Uint32Array(input.buffer)[i].toString(16)}): got ${got[i]}, want ${want}`);
  }
  return bad;
}

describe('reference converter (sanity of the test itself)', () => {
  it('matches the hand-derived cases', () => {
    for (const [x, want] of KNOWN) expect(sameFloat(refFp16(x), want), `refFp16(${x})`).toBe(true);
    expect(f32ToF16Bits(65504)).toBe(0x7bff);
    expect(f32ToF16Bits(2 ** -24)).toBe(0x0001);
    expect(f32ToF16Bits(-0)).toBe(0x8000);
    expect(f32ToF16Bits(1)).toBe(0x3c00);
  });
});

describe.each(BACKENDS)('toFp16 on %s', (backend) => {
  beforeAll(() => useBackend(backend));

  it('rounds the boundary cases bit-exactly', async () => {
    const input = new Float32Array(KNOWN.map(([x]) => x));
    const out = tf.tidy(() => toFp16(tf.tensor1d(input)));
    const got = await out.data<'float32'>();
    out.dispose();
    KNOWN.forEach(([x, want], i) => expect(sameFloat(got[i], want), `toFp16(${x}) = ${got[i]}, want ${want}`).toBe(true));
  });

  it('matches the bit-level reference on 1e6 random float32 bit patterns', async () => {
    const input = randomPatterns(1_000_000, backend === 'cpu' ? 1 : 2);
    const out = tf.tidy(() => toFp16(tf.tensor1d(input)));
    const got = await out.data<'float32'>();
    out.dispose();
    expect(firstMismatches(input, got)).toEqual([]);
  });

  it('returns values that are fixed points (already fp16) and keeps the shape', async () => {
    const x = tf.tensor2d([[1e-3, -7.123], [65000, 1e-6]]);
    const once = toFp16(x);
    const twice = toFp16(once);
    expect(once.shape).toEqual([2, 2]);
    expect(Array.from(await twice.data())).toEqual(Array.from(await once.data()));
    const abs = tf.abs(once);
    expect(Math.max(...(await abs.data()))).toBeLessThanOrEqual(FP16_MAX);
    abs.dispose();
    tf.dispose([x, once, twice]);
  });

  it('passes gradients straight through (identity), also where the value overflows', () => {
    const x = tf.tensor1d([0.1, -3, 70000, 1e-9]);
    const g = tf.grad((t: tf.Tensor) => tf.sum(tf.mul(toFp16(t), tf.tensor1d([1, 2, 3, 4]))))(x);
    expect(Array.from(g.dataSync())).toEqual([1, 2, 3, 4]);
    tf.dispose([x, g]);
  });

  it('does not leak', () => {
    const x = tf.tensor1d([1, 2, 3]);
    toFp16(x).dispose();
    const before = tf.memory().numTensors;
    for (let i = 0; i < 5; i++) toFp16(x).dispose();
    expect(tf.memory().numTensors).toBe(before);
    x.dispose();
  });

  it('rejects non-float32 tensors', () => {
    const x = tf.tensor1d([1, 2], 'int32');
    expect(() => toFp16(x)).toThrow(/float32/);
    x.dispose();
  });
});

describe.each(BACKENDS)('non-finite checks on %s', (backend) => {
  beforeAll(() => useBackend(backend));
  afterAll(() => tf.disposeVariables());

  it('hasNonFinite flags Inf, -Inf and NaN anywhere, and nothing else', async () => {
    const cases: [number[], boolean][] = [
      [[0, 1, -2, F32_MAX, -F32_MAX, F32_MIN_SUBNORMAL], false],
      [[0, Infinity, 1], true],
      [[-Infinity], true],
      [[1, 2, NaN], true],
      [[], false],
    ];
    for (const [values, want] of cases) {
      const t = tf.tensor1d(values);
      const flag = hasNonFinite(t);
      expect(flag.dtype).toBe('bool');
      expect(flag.shape).toEqual([]);
      expect((await flag.data())[0] !== 0, `${values}`).toBe(want);
      tf.dispose([t, flag]);
    }
  });

  it('anyNonFinite combines several tensors', async () => {
    const a = tf.ones([3, 4]);
    const b = tf.tensor2d([[1, NaN]]);
    const clean = anyNonFinite([a]);
    const dirty = anyNonFinite([a, b]);
    const none = anyNonFinite([]);
    const flags = [clean, dirty, none].map((f) => f.dataSync()[0] !== 0);
    expect(flags).toEqual([false, true, false]);
    tf.dispose([a, b, clean, dirty, none]);
  });
});
