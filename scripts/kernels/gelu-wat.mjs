/**
 * WebAssembly text of the exact (erf) GELU, y = (x·0.5)·(1 + erf(x·√½)), four floats at a time (wasm SIMD128):
 * the formula and operation order of model/gelu.ts, in one pass instead of five tfjs-wasm kernels (a scalar erf
 * and four elementwise passes over [B·T, 3072]).
 *
 * erf is Eigen's float32 rational approximation (what TensorFlow's CPU Erf kernel uses): odd degree-13 numerator
 * over even degree-8 denominator on x clamped to [−4, 4], where float32 erf is ±1. Its largest error against a
 * float64 erf is 4.2e-7 (at |x| ≈ 3.6), so GELU is within 1.1e-6 (at x ≈ −4.7); tests/unit/kernels-gelu.test.ts checks it.
 */

const ALPHA = [-2.72614225801306e-10, 2.77068142495902e-8, -2.10102402082508e-6, -5.69250639462346e-5, -7.34990630326855e-4, -2.95459980854025e-3, -1.60960333262415e-2];
const BETA = [-1.45660718464996e-5, -2.13374055278905e-4, -1.68282697438203e-3, -7.37332916720468e-3, -1.42647390514189e-2];

const splat = (value) => `(f32x4.splat (f32.const ${value}))`;
/** Horner's scheme in x², highest coefficient first. */
const horner = (coefficients) =>
  coefficients.slice(1).reduce((acc, c) => `(f32x4.add (f32x4.mul (local.get $x2) ${acc}) ${splat(c)})`, splat(coefficients[0]));

const geluOf = (v) => `(block (result v128)
      (local.set $x ${v})
      (local.set $t (f32x4.max (f32x4.min (f32x4.mul (local.get $x) ${splat(Math.SQRT1_2)}) ${splat(4)}) ${splat(-4)}))
      (local.set $x2 (f32x4.mul (local.get $t) (local.get $t)))
      (f32x4.mul (f32x4.mul (local.get $x) ${splat(0.5)})
        (f32x4.add (f32x4.div (f32x4.mul (local.get $t) ${horner(ALPHA)}) ${horner(BETA)}) ${splat(1)})))`;

/** `gelu(x, y, n)`: y[i] = GELU(x[i]) for n ≥ 4 floats (a tail of n mod 4 is covered by the last 4, again). */
export const geluWat = () => `
  (func (export "gelu") (param $src i32) (param $dst i32) (param $n i32)
    (local $x v128) (local $t v128) (local $x2 v128) (local $end i32) (local $last i32)
    (local.set $last (i32.mul (i32.sub (local.get $n) (i32.const 4)) (i32.const 4)))
    (local.set $end (i32.add (local.get $src) (i32.mul (i32.and (local.get $n) (i32.const -4)) (i32.const 4))))
    (block $done (loop $quads
      (br_if $done (i32.ge_u (local.get $src) (local.get $end)))
      (v128.store (local.get $dst) ${geluOf('(v128.load (local.get $src))')})
      (local.set $src (i32.add (local.get $src) (i32.const 16)))
      (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
      (br $quads)))
    (if (i32.and (local.get $n) (i32.const 3)) (then
      (local.set $src (i32.sub (local.get $src) (i32.mul (i32.and (local.get $n) (i32.const -4)) (i32.const 4))))
      (local.set $dst (i32.sub (local.get $dst) (i32.mul (i32.and (local.get $n) (i32.const -4)) (i32.const 4))))
      (v128.store (i32.add (local.get $dst) (local.get $last)) ${geluOf('(v128.load (i32.add (local.get $src) (local.get $last)))')}))))`;
