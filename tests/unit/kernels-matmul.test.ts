/**
 * The studio's wasm matmul kernels (src/core/kernels): the generated module is what its generator produces; the
 * thread pool splits work correctly over real worker threads on a shared heap; and installed as tfjs-wasm's
 * BatchMatMul / _FusedMatMul they compute what tfjs's cpu backend computes, for every shape class the model
 * meets (row and column remainders, bias, batches, one B for a batch), hand the other cases to tfjs, and leak nothing.
 * Also the row-gather fix of GatherV2 (kernels/wasmKernelFixes.ts) the embeddings use.
 */
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnNodeKernelWorker } from '../../cli/kernelThreads.ts';
import { generatedSource, OUTPUT } from '../../scripts/build-wasm-kernels.mjs';
import { initBackend } from '../../src/core/backend.ts';
import { KernelPool } from '../../src/core/kernels/kernelPool.ts';
import { WASM_FAST_MATMUL } from '../../src/core/kernels/wasmMatMul.ts';

/** C = A·B (+ bias) in float64, with Σ|a·b| (+ |bias|) per output: the scale of float32's rounding error. */
function reference(a: Float32Array, b: Float32Array, Z: number, M: number, K: number, N: number, bias?: Float32Array) {
  const c = new Float64Array(Z * M * N);
  const magnitude = new Float64Array(Z * M * N);
  for (let z = 0; z < Z; z++)
    for (let m = 0; m < M; m++)
      for (let n = 0; n < N; n++) {
        let s = bias ? bias[n]! : 0;
        let mag = Math.abs(s);
        for (let k = 0; k < K; k++) {
          const p = a[z * M * K + m * K + k]! * b[z * K * N + k * N + n]!;
          s += p;
          mag += Math.abs(p);
        }
        c[z * M * N + m * N + n] = s;
        magnitude[z * M * N + m * N + n] = mag;
      }
  return Object.assign(c, { K, magnitude });
}

/**
 * The worst error of a float32 product against the float64 reference, in units of the classic bound for a sum of K + 1
 * float32 terms: γ = (K + 1)·2⁻²⁴ times Σ|a·b|. Under 1 for any correct summation order, fused or not; a wrong or
 * missing term is off by orders of magnitude.
 */
function errorVsBound(actual: ArrayLike<number>, expected: ReturnType<typeof reference>): number {
  const gamma = (expected.K + 1) * 2 ** -24;
  let worst = 0;
  for (let i = 0; i < expected.length; i++) {
    worst = Math.max(worst, Math.abs(actual[i]! - expected[i]!) / (gamma * expected.magnitude[i]! + Number.MIN_VALUE));
  }
  return worst;
}

function maxRelError(actual: ArrayLike<number>, expected: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < expected.length; i++) worst = Math.max(worst, Math.abs(actual[i]! - expected[i]!) / (1 + Math.abs(expected[i]!)));
  return worst;
}

const random = (n: number, seed: number) => {
  let x = seed;
  return Float32Array.from({ length: n }, () => ((x = (x * 1103515245 + 12345) >>> 0) / 2 ** 32) * 2 - 1);
};

describe('generated kernels', () => {
  it('src/core/kernels/gemmWasm.generated.ts is what scripts/build-wasm-kernels.mjs produces', async () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(await generatedSource());
  });
});

/** op(X) of a [Z][R][C] array: the array itself, or each entry's transpose (so a [Z][C][R] array read as [Z][R][C]). */
function transposeEntries(x: Float32Array, Z: number, R: number, C: number): Float32Array {
  const t = new Float32Array(x.length);
  for (let z = 0; z < Z; z++) for (let r = 0; r < R; r++) for (let c = 0; c < C; c++) t[z * R * C + c * R + r] = x[z * R * C + r * C + c]!;
  return t;
}

describe('KernelPool on worker threads', () => {
  /**
   * Z × [M, K]·[K, N] on `threads` threads with A and/or B given transposed: 3 panels per entry (the last 5 wide), 3 row
   * panels (the last 1 row), K = 13 (3 quads + 1 for the in-register transposes), and a bias.
   */
  async function product(threads: number, transA: boolean, transB: boolean, fma?: boolean) {
    const memory = new WebAssembly.Memory({ initial: 64, maximum: 1024, shared: true });
    const pool = await KernelPool.create(memory, threads, spawnNodeKernelWorker, { fma });
    try {
      const [Z, M, K, N] = [5, 9, 13, 21];
      const heap = new Float32Array(memory.buffer);
      const at = { a: 1024, b: 8192, bias: 16384, c: 20480, ap: 32768, bp: 49152 }; // byte offsets, far enough apart
      const a = random(Z * M * K, 1), b = random(Z * K * N, 2), bias = random(24, 3).fill(0, N);
      heap.set(transA ? transposeEntries(a, Z, M, K) : a, at.a / 4);
      heap.set(transB ? transposeEntries(b, Z, K, N) : b, at.b / 4);
      heap.set(bias, at.bias / 4);
      heap.fill(Number.NaN, at.c / 4, at.c / 4 + Z * M * N + 8); // untouched outputs would stay NaN
      const job = {
        a: at.a, lda: (transA ? M : K) * 4, sa: M * K * 4, transA: Number(transA),
        b: at.b, ldb: (transB ? K : N) * 4, sb: K * N * 4, transB: Number(transB),
        ap: at.ap, bp: at.bp, bias: at.bias, c: at.c, ldc: N * 4, sc: M * N * 4, Z, M, K, N, mcp: 2,
      };
      pool.gemm(job); // small: on the calling thread alone (the split between threads is tested below)
      const c = heap.slice(at.c / 4, at.c / 4 + Z * M * N);
      expect(errorVsBound(c, reference(a, b, Z, M, K, N, bias))).toBeLessThan(1);
      expect(heap[at.c / 4 + Z * M * N]).toBeNaN(); // nothing written past C
      return { pool, c, fma: pool.fma };
    } finally {
      pool.dispose();
    }
  }

  for (const [transA, transB] of [[false, false], [true, false], [false, true], [true, true]] as const) {
    it(`computes Z·[M, K]·[K, N] + bias with row, column and K remainders${transA ? ', A transposed' : ''}${transB ? ', B transposed' : ''}`, async () => {
      const { c, fma } = await product(1, transA, transB);
      expect(fma).toBe(true); // vitest runs with --experimental-wasm-relaxed-simd, as the CLI does
      const plain = await product(1, transA, transB, false);
      expect(plain.fma).toBe(false);
      expect(maxRelError(plain.c, c)).toBeLessThan(1e-6); // fused and unfused multiply-adds differ only in rounding
    });
  }

  it('3 threads on a shared heap compute every unit once, a second job on the same threads too', async () => {
    const memory = new WebAssembly.Memory({ initial: 1024, maximum: 4096, shared: true });
    const pool = await KernelPool.create(memory, 3, spawnNodeKernelWorker);
    try {
      const [Z, M, K, N] = [3, 67, 70, 45]; // 2.9 M multiply-adds: shared between the threads
      const heap = new Float32Array(memory.buffer);
      const at = { a: 1 << 16, b: 1 << 20, c: 2 << 20, ap: 3 << 20, bp: 4 << 20 };
      const a = random(Z * M * K, 4), b = random(Z * K * N, 5);
      heap.set(a, at.a / 4);
      heap.set(transposeEntries(b, Z, K, N), at.b / 4);
      for (const mcp of [1, 5, 64]) {
        heap.fill(Number.NaN, at.c / 4, at.c / 4 + Z * M * N + 8);
        pool.gemm({ a: at.a, lda: K * 4, sa: M * K * 4, transA: 0, b: at.b, ldb: K * 4, sb: K * N * 4, transB: 1, ap: at.ap, bp: at.bp, bias: 0, c: at.c, ldc: N * 4, sc: M * N * 4, Z, M, K, N, mcp });
        expect(errorVsBound(heap.subarray(at.c / 4, at.c / 4 + Z * M * N), reference(a, b, Z, M, K, N))).toBeLessThan(1);
        expect(heap[at.c / 4 + Z * M * N]).toBeNaN();
      }
    } finally {
      pool.dispose();
    }
  });

  it('refuses helper threads without a shared heap', async () => {
    await expect(KernelPool.create(new WebAssembly.Memory({ initial: 1 }), 2, spawnNodeKernelWorker)).rejects.toThrow(/shared wasm heap/);
  });
});

describe('as tfjs-wasm kernels', () => {
  beforeAll(async () => {
    const info = await initBackend('wasm');
    expect(info.backend).toBe('wasm');
    expect(info.kernels).toBe('studio wasm SIMD kernels (fused multiply-add), 1 thread');
  });

  /** The same op on wasm and on cpu (tfjs's plain-JS reference). */
  async function bothBackends(op: () => tf.Tensor): Promise<{ wasm: Float32Array; cpu: Float32Array }> {
    tf.setBackend('wasm');
    const wasm = (await tf.tidy(op).data()) as Float32Array;
    tf.setBackend('cpu');
    const cpu = (await tf.tidy(op).data()) as Float32Array;
    tf.setBackend('wasm');
    return { wasm, cpu };
  }

  const cases: [string, () => tf.Tensor][] = [
    ['2-D with bias, 4-row tiles and a 5-column panel', () => tf.fused.matMul({ a: tf.tensor2d(random(37 * 45, 1), [37, 45]), b: tf.tensor2d(random(45 * 29, 2), [45, 29]), bias: tf.tensor1d(random(29, 3)) })],
    ['a single row and column', () => tf.matMul(tf.tensor2d([[3]]), tf.tensor2d([[-2]]))],
    ['batched, attention-like [24, 7, 16]·[24, 16, 7]', () => tf.matMul(tf.tensor3d(random(24 * 7 * 16, 4), [24, 7, 16]), tf.tensor3d(random(24 * 16 * 7, 5), [24, 16, 7]))],
    ['a batch of A against one B', () => tf.matMul(tf.tensor3d(random(3 * 5 * 8, 6), [3, 5, 8]), tf.tensor2d(random(8 * 16, 7), [8, 16]))],
    ['rank 4', () => tf.matMul(tf.tensor4d(random(2 * 3 * 5 * 6, 8), [2, 3, 5, 6]), tf.tensor4d(random(2 * 3 * 6 * 9, 9), [2, 3, 6, 9]))],
    ['transposeB', () => tf.matMul(tf.tensor2d(random(6 * 5, 10), [6, 5]), tf.tensor2d(random(7 * 5, 11), [7, 5]), false, true)],
    ['transposeA with bias', () => tf.fused.matMul({ a: tf.tensor2d(random(45 * 37, 15), [45, 37]), b: tf.tensor2d(random(45 * 29, 16), [45, 29]), transposeA: true, bias: tf.tensor1d(random(29, 17)) })],
    ['batched, both transposed', () => tf.matMul(tf.tensor3d(random(4 * 16 * 7, 18), [4, 16, 7]), tf.tensor3d(random(4 * 9 * 16, 19), [4, 9, 16]), true, true)],
    ['a transposed batch of A against one B', () => tf.matMul(tf.tensor3d(random(3 * 8 * 5, 20), [3, 8, 5]), tf.tensor2d(random(8 * 16, 21), [8, 16]), true, false)],
    ['relu activation (tfjs handles it)', () => tf.fused.matMul({ a: tf.tensor2d(random(6 * 5, 12), [6, 5]), b: tf.tensor2d(random(5 * 7, 13), [5, 7]), activation: 'relu' })],
  ];
  for (const [name, op] of cases) {
    it(`${name}: equals the cpu backend`, async () => {
      const { wasm, cpu } = await bothBackends(op);
      expect(wasm.length).toBe(cpu.length);
      expect(maxRelError(wasm, cpu)).toBeLessThan(1e-6);
    });
  }

  it('gathers embedding rows like the cpu backend, and refuses an index out of range', async () => {
    const table = () => tf.tensor2d(random(50 * 12, 14), [50, 12]);
    const { wasm, cpu } = await bothBackends(() => tf.gather(table(), tf.tensor2d([[0, 49, 7], [7, 7, 3]], [2, 3], 'int32')));
    expect(Array.from(wasm)).toEqual(Array.from(cpu));
    const before = tf.memory().numTensors;
    expect(() => tf.tidy(() => tf.gather(table(), tf.tensor1d([2, 50], 'int32')))).toThrow('GatherV2: the index value 50 is not in [0, 49]');
    expect(tf.memory().numTensors).toBe(before);
  });

  it('is the registered BatchMatMul and _FusedMatMul, and leaves no tensors behind', async () => {
    for (const name of [tf.BatchMatMul, tf._FusedMatMul]) expect(WASM_FAST_MATMUL in (tf.getKernel(name, 'wasm') ?? {})).toBe(true);
    const a = tf.randomNormal([64, 96]), b = tf.randomNormal([96, 40]), bias = tf.randomNormal([40]);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 5; i++) tf.dispose(tf.fused.matMul({ a: a as tf.Tensor2D, b: b as tf.Tensor2D, bias }));
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([a, b, bias]);
  });
});
