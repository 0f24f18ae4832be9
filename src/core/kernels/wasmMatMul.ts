/**
 * tfjs-wasm's BatchMatMul and _FusedMatMul, replaced (for the cases the model uses) by the studio's own kernels:
 * float32 products, either operand transposed or not (the flags cost nothing: packing reads the source either way),
 * no activation, a bias of N values at most. Anything else goes to the original kernel. Batched products run natively
 * (one job for all of them), where tfjs-wasm sends batch > 1 to a naive loop. Numbers (Node 20, 2-core AMD EPYC,
 * [4096,768]·[768,3072]): XNNPACK ~50 GFLOP/s on 2 threads, these ~90 with fused multiply-adds.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import type { KernelPool } from './kernelPool.ts';

/** Marks the replaced kernels (the model's matmuls check it; see model/matmul.ts). */
export const WASM_FAST_MATMUL = Symbol.for('codeberta.wasm.fastMatMul');

/** Packed A per cache block: it stays in L2 (≥ 512 KB per core on any recent x86 or ARM) while the B panels pass. */
const A_BLOCK_BYTES = 512 * 1024;

export type HeapModule = BackendWasm['wasm'] & {
  wasmMemory?: WebAssembly.Memory;
  asm?: { memory?: WebAssembly.Memory };
  _malloc(bytes: number): number;
  _free(ptr: number): void;
};
type MatMulInputs = { a: tf.TensorInfo; b: tf.TensorInfo; bias?: tf.TensorInfo; preluActivationWeights?: tf.TensorInfo };
type MatMulAttrs = { transposeA: boolean; transposeB: boolean; activation?: string };

const sameShape = (x: number[], y: number[]) => x.length === y.length && x.every((v, i) => v === y[i]);
const align64 = (bytes: number) => Math.ceil(bytes / 64) * 64;

/** The product's geometry (sizes, strides in bytes), or null when the original kernel must run it. */
function plan(inputs: MatMulInputs, attrs: MatMulAttrs) {
  const { a, b, bias, preluActivationWeights } = inputs;
  if ((attrs.activation && attrs.activation !== 'linear') || preluActivationWeights) return null;
  if (a.dtype !== 'float32' || b.dtype !== 'float32' || a.shape.length < 2 || b.shape.length < 2) return null;
  const [a0, a1] = a.shape.slice(-2) as [number, number];
  const [b0, b1] = b.shape.slice(-2) as [number, number];
  const [M, K] = attrs.transposeA ? [a1, a0] : [a0, a1];
  const [Kb, N] = attrs.transposeB ? [b1, b0] : [b0, b1];
  if (K !== Kb || M * K * N === 0) return null;
  if (bias && (bias.dtype !== 'float32' || tf.util.sizeFromShape(bias.shape) !== N || bias.shape[bias.shape.length - 1] !== N)) return null;
  const batchA = a.shape.slice(0, -2);
  const batchB = b.shape.slice(0, -2);
  const zA = tf.util.sizeFromShape(batchA);
  const strides = {
    lda: (attrs.transposeA ? M : K) * 4, sa: M * K * 4, transA: attrs.transposeA ? 1 : 0,
    ldb: (attrs.transposeB ? K : N) * 4, sb: K * N * 4, transB: attrs.transposeB ? 1 : 0,
    ldc: N * 4, sc: M * N * 4,
  };
  const outShape = [...batchA, M, N];
  if (tf.util.sizeFromShape(batchB) === 1 && batchB.length <= batchA.length) {
    // One B for every batch entry: a plain A's rows form one product; a transposed A's entries each meet B.
    if (!attrs.transposeA) return { ...strides, Z: 1, M: zA * M, K, N, sa: 0, sc: 0, outShape };
    return { ...strides, Z: zA, M, K, N, sb: 0, outShape };
  }
  if (sameShape(batchA, batchB)) return { ...strides, Z: zA, M, K, N, outShape };
  return null;
}

class FastMatMul {
  private scratch = { ptr: 0, bytes: 0 };

  constructor(
    private readonly backend: BackendWasm,
    readonly pool: KernelPool,
  ) {}

  /** The output tensor, or null for cases the original kernel handles. */
  run(inputs: MatMulInputs, attrs: MatMulAttrs): tf.TensorInfo | null {
    const g = plan(inputs, attrs);
    if (!g) return null;
    const { Z, M, K, N } = g;
    const P = Math.ceil(N / 8);
    const MP = Math.ceil(M / 4);
    const out = this.backend.makeOutput(g.outShape, 'float32');
    // Scratch: packed A [Z][MP][K][4], packed B [Z][P][K][8], the zero-padded bias [P·8].
    const aBytes = align64(Z * MP * K * 16);
    const bBytes = align64(Z * P * K * 32);
    const ap = this.ensureScratch(aBytes + bBytes + P * 32);
    const bp = ap + aBytes;
    const biasPtr = inputs.bias ? bp + bBytes : 0;
    if (inputs.bias) {
      // Views only after the allocations above: one may have grown (and so replaced) the heap's buffer.
      const padded = new Float32Array(this.pool.memory.buffer, biasPtr, P * 8);
      padded.fill(0).set(this.backend.typedArrayFromHeap(inputs.bias as tf.Tensor) as Float32Array);
    }
    const offset = (t: tf.TensorInfo) => this.backend.dataIdMap.get(t.dataId)!.memoryOffset;
    this.pool.gemm({
      a: offset(inputs.a), lda: g.lda, sa: g.sa, transA: g.transA,
      b: offset(inputs.b), ldb: g.ldb, sb: g.sb, transB: g.transB,
      ap, bp, bias: biasPtr,
      c: offset(out), ldc: g.ldc, sc: g.sc,
      Z, M, K, N,
      mcp: Math.max(1, Math.floor(A_BLOCK_BYTES / (K * 16))),
    });
    return out;
  }

  /** A 64-byte aligned heap area of at least `bytes`, kept between calls (the largest so far). */
  private ensureScratch(bytes: number): number {
    if (bytes > this.scratch.bytes) {
      const heap = this.backend.wasm as HeapModule;
      if (this.scratch.ptr) heap._free(this.scratch.ptr);
      this.scratch = { ptr: 0, bytes: 0 };
      // `>>> 0`: offsets past 2 GB come back negative from the i32 return (tfjs-wasm does the same).
      const ptr = heap._malloc(bytes + 64) >>> 0;
      // 0 is malloc's "no memory": writing the panels there would overwrite the heap's own bookkeeping.
      if (ptr === 0) throw new Error(`out of memory: the wasm heap has no ${Math.ceil(bytes / 2 ** 20)} MB left for a matmul's packed operands`);
      this.scratch = { ptr, bytes };
    }
    return align64(this.scratch.ptr);
  }
}

/** Registers our BatchMatMul and _FusedMatMul on the wasm backend, falling back to tfjs's for other cases. */
export function registerFastMatMul(backend: BackendWasm, pool: KernelPool): void {
  const fast = new FastMatMul(backend, pool);
  for (const name of [tf.BatchMatMul, tf._FusedMatMul]) {
    const current = tf.getKernel(name, 'wasm') as (tf.KernelConfig & { original?: tf.KernelConfig }) | undefined;
    if (!current) continue;
    const original = current.original ?? current;
    tf.unregisterKernel(name, 'wasm');
    tf.registerKernel({
      ...original,
      original,
      [WASM_FAST_MATMUL]: true,
      kernelFunc: (args) => fast.run(args.inputs as MatMulInputs, args.attrs as unknown as MatMulAttrs) ?? original.kernelFunc(args),
    } as tf.KernelConfig);
  }
}
