/**
 * Shared by the train-numerics tests: backend switching, the fixture, a seeded PRNG, and bit-level float
 * helpers. Everything here is an independent reference: nothing imports src/core/train.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
// tfjs-core alone registers no gradients (src/core/backend.ts loads them for the app).
import '@tensorflow/tfjs-core/dist/register_all_gradients';

export const BACKENDS = ['cpu', 'wasm'] as const;
export type BackendName = (typeof BACKENDS)[number];

export async function useBackend(name: BackendName): Promise<void> {
  if (!(await tf.setBackend(name))) throw new Error(`backend ${name} failed to initialise`);
  await tf.ready();
}

const fixtureDir = fileURLToPath(new URL('../../../shared/fixtures/tiny-roberta/', import.meta.url));

export interface TrainStepRecord {
  step: number;
  loss: number;
  grad_norm_preclip: number;
  lr: number;
  clip_coef: number;
}
export interface TrainRun {
  trainable_params: string[];
  decay_params: string[];
  no_decay_params: string[];
  steps: TrainStepRecord[];
}
export interface Reference {
  param_names: string[];
  param_shapes: Record<string, number[]>;
  train_full: TrainRun;
  train_unfreeze_last1: TrainRun;
  train_grad_accum2: TrainRun;
}

let reference: Reference | undefined;
export function loadReference(): Reference {
  reference ??= JSON.parse(readFileSync(`${fixtureDir}reference.json`, 'utf8')) as Reference;
  return reference;
}

/** mulberry32: small, seeded, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal (Box–Muller) from a uniform source. */
export function normalFrom(rand: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

const scratch = new DataView(new ArrayBuffer(4));
export function f32Bits(x: number): number {
  scratch.setFloat32(0, x);
  return scratch.getUint32(0);
}
export function f32FromBits(bits: number): number {
  scratch.setUint32(0, bits >>> 0);
  return scratch.getFloat32(0);
}

/**
 * Reference float32 → binary16 conversion on the bits (round to nearest even), returning the half's bits.
 * Written from the IEEE 754 layouts: float32 = 1|8|23 (bias 127), binary16 = 1|5|10 (bias 15).
 */
export function f32ToF16Bits(x: number): number {
  const bits = f32Bits(x);
  const sign = (bits >>> 16) & 0x8000;
  const exp = (bits >>> 23) & 0xff;
  const mant = bits & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0); // Inf / quiet NaN
  const e = exp - 127; // unbiased; float32 subnormals (exp 0) are far below half's range → ±0
  if (exp === 0 || e < -25) return sign; // |x| < 2^-25: rounds to zero (2^-25 itself is handled below)
  // The significand with its implicit bit: 24 bits, value = sig · 2^(e − 23).
  const sig = mant | 0x800000;
  // Half quantum at this magnitude: 2^(max(e, −14) − 10). Shift = how many low bits of sig to drop.
  const shift = e >= -14 ? 13 : 13 + (-14 - e);
  const kept = sig >>> shift;
  const rest = sig & ((1 << shift) - 1);
  const halfway = 1 << (shift - 1);
  let q = kept + (rest > halfway || (rest === halfway && (kept & 1)) ? 1 : 0);
  // q counts quanta; rebuild the half. Normal: q in [1024, 2048]; subnormal: q in [0, 1024].
  if (e >= -14) {
    let he = e + 15;
    if (q === 2048) {
      q = 1024;
      he += 1;
    }
    if (he >= 31) return sign | 0x7c00; // overflow → Inf
    return sign | (he << 10) | (q - 1024);
  }
  // Subnormal (q = 1024 means it rounded up to the smallest normal, which the same formula encodes).
  return sign | q;
}

/** binary16 bits → the number it denotes (exact in float32). */
export function f16BitsToNumber(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >>> 10) & 0x1f;
  const mant = h & 0x3ff;
  if (exp === 0x1f) return mant ? NaN : sign * Infinity;
  if (exp === 0) return sign * mant * 2 ** -24;
  return sign * (1024 + mant) * 2 ** (exp - 25);
}

/** Reference round trip float32 → fp16 → float32. */
export function refFp16(x: number): number {
  return f16BitsToNumber(f32ToF16Bits(x));
}

/** "Same float32" including NaN = NaN and distinguishing +0 / −0. */
export function sameFloat(a: number, b: number): boolean {
  return Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));
}

/** One parameter's float64 AdamW state in the references. */
export interface HostParam {
  p: Float64Array;
  m: Float64Array;
  v: Float64Array;
  wd: number;
}

/** torch's AdamW update for one parameter (β 0.9/0.999, eps 1e-8), in float64 without intermediate rounding. */
export function refAdamWStep64(s: HostParam, g: ArrayLike<number>, lr: number, t: number): void {
  const [beta1, beta2, eps] = [0.9, 0.999, 1e-8];
  const bc1 = 1 - beta1 ** t;
  const bc2Sqrt = Math.sqrt(1 - beta2 ** t);
  for (let i = 0; i < s.p.length; i++) {
    s.p[i] *= 1 - lr * s.wd;
    s.m[i] = beta1 * s.m[i] + (1 - beta1) * g[i];
    s.v[i] = beta2 * s.v[i] + (1 - beta2) * g[i] * g[i];
    s.p[i] -= (lr / bc1) * (s.m[i] / (Math.sqrt(s.v[i]) / bc2Sqrt + eps));
  }
}

/** torch.nn.utils.clip_grad_norm_ in float64: returns the clipped copies, the norm and the coefficient. */
export function refClip64(grads: ArrayLike<number>[], maxNorm: number): { norm: number; coef: number; clipped: Float64Array[] } {
  const sumOfSquares = (g: ArrayLike<number>) => {
    let s = 0;
    for (let i = 0; i < g.length; i++) s += g[i] * g[i];
    return s;
  };
  const perTensor = grads.map((g) => Math.sqrt(sumOfSquares(g)));
  const norm = Math.sqrt(perTensor.reduce((s, n) => s + n * n, 0));
  const coef = Math.min(1, maxNorm / (norm + 1e-6));
  return { norm, coef, clipped: grads.map((g) => Float64Array.from(g, (x) => x * coef)) };
}
