/**
 * Emulated IEEE binary16 (fp16) rounding with plain tfjs float32 ops, so that the same code runs on the cpu,
 * wasm and webgpu backends (tfjs has no float16 dtype and no bitcast op).
 *
 * toFp16(x) returns float32 values that are exactly representable in fp16: round to nearest, ties to even;
 * 11 significant bits for normals; subnormals on the fixed quantum 2^-24 below 2^-14; |x| ≥ 65520 → ±Inf
 * (65520 is the tie between 65504, the largest half, and 65536, which rounds to even → overflow);
 * NaN stays NaN; ±0 and the sign of an underflow to zero are kept.
 *
 * How, without reading the exponent bits:
 * - normals (|x| ≥ 2^-14): Veltkamp splitting. With c = x·(2^13 + 1), hi = c − (c − x) is x rounded to
 *   24 − 13 = 11 significant bits, round-to-nearest-even, whatever the exponent. It needs only that each
 *   op is one correctly rounded float32 op (true on all three backends: each tfjs op is its own kernel, so
 *   no compiler can fuse or reassociate across them). Checked once, exhaustively, against a bit-level
 *   reference: all 251,658,240 positive float32 values in [2^-14, 2^16) (rounding is sign-symmetric).
 * - subnormals (|x| < 2^-14): (x + 0.75) − 0.75. The sum lies in [0.5, 1), where the float32 spacing is
 *   exactly 2^-24, so the hardware's round-to-nearest-even snaps x to the fp16 subnormal grid (0.75 is an
 *   even multiple of 2^-24, so ties go to even multiples). The subtraction is exact (Sterbenz). Checked
 *   the same way for all float32 values in [2^-30, 2^-14); anything smaller rounds to 0 trivially.
 * The unit tests compare bit-exactly with 1e6 random bit patterns on cpu and wasm; a one-off run in Chromium's
 * webgpu backend (SwiftShader) matched on 262,144 patterns too.
 * - a zero result takes the sign of x via x·0 (sums of non-zero values never give −0).
 */
import * as tf from '@tensorflow/tfjs-core';

/** Largest finite fp16 value. */
export const FP16_MAX = 65504;
/** Smallest |x| that rounds to ±Inf in fp16 (the tie 65504 ↔ 65536 goes to the even 65536 = overflow). */
export const FP16_OVERFLOW_THRESHOLD = 65520;
/** Smallest positive normal fp16 value, 2^-14. */
export const FP16_MIN_NORMAL = 2 ** -14;
/** Smallest positive subnormal fp16 value, 2^-24. */
export const FP16_MIN_SUBNORMAL = 2 ** -24;

/** 2^(24 − 11) + 1: Veltkamp's splitting constant for keeping 11 of float32's 24 significant bits. */
const VELTKAMP_SPLITTER = 2 ** 13 + 1;
/** Any constant in [0.5, 1) whose float32 spacing is 2^-24 and which is an even multiple of 2^-24. */
const SUBNORMAL_SNAP = 0.75;

/** The rounding itself, with tfjs's default (tape) gradients; see toFp16 for the public, differentiable one. */
function roundToFp16(x: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    const abs = tf.abs(x);
    // Normal range: 11 significant bits, exponent-independent.
    const c = tf.mul(x, VELTKAMP_SPLITTER);
    const normal = tf.sub(c, tf.sub(c, x));
    // Subnormal range: the fixed 2^-24 grid.
    const subnormal = tf.sub(tf.add(x, SUBNORMAL_SNAP), SUBNORMAL_SNAP);
    const rounded = tf.where(tf.less(abs, FP16_MIN_NORMAL), subnormal, normal);
    // Overflow (also ±Inf inputs, for which the Veltkamp path gives NaN). NaN compares false → stays NaN.
    const finite = tf.where(tf.greaterEqual(abs, FP16_OVERFLOW_THRESHOLD), tf.mul(x, Infinity), rounded);
    // Underflow to zero keeps the sign: −2^-26 → −0, as a real fp16 cast.
    return tf.where(tf.equal(finite, 0), tf.mul(x, 0), finite);
  });
}

/** roundToFp16 with an identity gradient (built once; tf.customGrad wraps it in one tape node). */
const castToFp16 = tf.customGrad(((input: tf.Tensor) => ({
  value: roundToFp16(input),
  gradFunc: (dy: tf.Tensor) => dy,
})) as Parameters<typeof tf.customGrad>[0]);

/**
 * Round a float32 tensor to the nearest fp16 value (returned as float32). Gradient: identity (straight
 * through), as for a dtype cast under autocast, where the fp32 master copy receives the half gradient
 * unchanged. The caller owns the result.
 */
export function toFp16<T extends tf.Tensor>(x: T): T {
  if (x.dtype !== 'float32') throw new Error(`toFp16 expects float32, got ${x.dtype}`);
  return castToFp16(x) as T;
}
