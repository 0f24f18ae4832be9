/**
 * Runs the studio's wasm kernels (wasmKernels.generated.ts: matmul, GELU) on the calling thread plus helper threads
 * that share tfjs-wasm's heap. The calling thread blocks (Atomics.wait) until the helpers are done, as a tfjs
 * kernel must return synchronously; so helpers exist only where blocking is allowed: Node, or a Web Worker.
 *
 * Protocol, on a small SharedArrayBuffer `control` (Int32):
 *   [GENERATION] bumped by the caller per job (−1 = shut down); [DONE] helpers finished this job; [READY] helpers
 *   started; [KIND] gemm or gelu; [NEXT], [UNITS], [CHUNK] the job's units; for a matmul also [NEXT_A], [UNITS_A],
 *   [CHUNK_A], [DONE_A] its A panels; [JOB …] the job's parameters.
 * A job is cut into units (matmul: an 8-column panel of one batch entry; GELU: a block of floats). Threads claim
 * chunks of units from NEXT until none are left, so a thread that loses its core to another process (the page, a
 * second tab) delays the job by one chunk, not by its whole share. A matmul first packs A (every B panel is computed
 * against all of it): threads claim chunks of A panels the same way, and wait until all are packed; then each packs
 * the B panels it claims and computes them, with no barrier between the two.
 */
import { KERNELS_WASM, KERNELS_WASM_FMA, KERNELS_WASM_SHARED, KERNELS_WASM_SHARED_FMA } from './wasmKernels.generated.ts';

const GENERATION = 0;
const DONE = 1;
const READY = 2;
const KIND = 3;
const NEXT = 4;
const UNITS = 5;
const CHUNK = 6;
const NEXT_A = 7;
const UNITS_A = 8;
const CHUNK_A = 9;
const DONE_A = 10;
const JOB = 12;
const GEMM = 0;
const GELU = 1;
const CHUNKS_PER_THREAD = 8;
const GELU_BLOCK = 16384; // floats per GELU unit (64 KB of input)
/** Multiply-adds below which a matmul runs on the calling thread alone: waking a helper costs ~20–50 µs. */
const PARALLEL_MIN_MACS = 1 << 20;

/** A matmul C = op(A)·op(B) (+ bias) in heap byte offsets (see scripts/kernels/gemm-wat.mjs for the layout). */
export interface GemmJob {
  a: number; lda: number; sa: number; transA: number;
  b: number; ldb: number; sb: number; transB: number;
  ap: number; bp: number; bias: number;
  c: number; ldc: number; sc: number;
  Z: number; M: number; K: number; N: number;
  /** Row panels (4 rows) of packed A per cache block. */
  mcp: number;
}
const GEMM_FIELDS = ['a', 'lda', 'sa', 'transA', 'b', 'ldb', 'sb', 'transB', 'ap', 'bp', 'bias', 'c', 'ldc', 'sc', 'Z', 'M', 'K', 'N', 'mcp'] as const;

/** The module's exports (scripts/kernels/*.mjs). */
export interface KernelExports {
  packA(a: number, lda: number, sa: number, trans: number, K: number, M: number, ap: number, v0: number, v1: number): void;
  packB(b: number, ldb: number, sb: number, trans: number, K: number, N: number, bp: number, u0: number, u1: number): void;
  gemm(ap: number, bp: number, K: number, M: number, N: number, bias: number, c: number, ldc: number, sc: number, mcp: number, u0: number, u1: number): void;
  gelu(src: number, dst: number, n: number): void;
}

/** What a helper thread receives once. */
export interface KernelWorkerInit {
  wasm: Uint8Array<ArrayBuffer>;
  memory: WebAssembly.Memory;
  control: SharedArrayBuffer;
}

/** Starts one helper thread that runs KERNEL_WORKER_SOURCE's `main(init)`. */
export type SpawnKernelWorker = (source: string, init: KernelWorkerInit) => { terminate(): void };

/**
 * A thread's part of the job in `ctl`: claim chunks of units until none are left and run them. Source text,
 * because the helpers load it from a string; the calling thread compiles the same text.
 */
const RUN_SHARE = `function runShare(k, ctl) {
  const units = ctl[${UNITS}], chunk = ctl[${CHUNK}], job = ctl.subarray(${JOB});
  if (ctl[${KIND}] === ${GEMM}) {
    const [a, lda, sa, ta, b, ldb, sb, tb, ap, bp, bias, c, ldc, sc, , M, K, N, mcp] = job;
    const unitsA = ctl[${UNITS_A}], chunkA = ctl[${CHUNK_A}];
    for (let v0 = Atomics.add(ctl, ${NEXT_A}, chunkA); v0 < unitsA; v0 = Atomics.add(ctl, ${NEXT_A}, chunkA)) {
      const v1 = Math.min(v0 + chunkA, unitsA);
      k.packA(a, lda, sa, ta, K, M, ap, v0, v1);
      if (Atomics.add(ctl, ${DONE_A}, v1 - v0) + v1 - v0 === unitsA) Atomics.notify(ctl, ${DONE_A});
    }
    // Every B panel meets all of A: wait for the A panels other threads are still packing.
    for (let d = Atomics.load(ctl, ${DONE_A}); d < unitsA; d = Atomics.load(ctl, ${DONE_A})) Atomics.wait(ctl, ${DONE_A}, d);
    for (let u0 = Atomics.add(ctl, ${NEXT}, chunk); u0 < units; u0 = Atomics.add(ctl, ${NEXT}, chunk)) {
      const u1 = Math.min(u0 + chunk, units);
      k.packB(b, ldb, sb, tb, K, N, bp, u0, u1);
      k.gemm(ap, bp, K, M, N, bias, c, ldc, sc, mcp, u0, u1);
    }
  } else {
    for (let u0 = Atomics.add(ctl, ${NEXT}, chunk); u0 < units; u0 = Atomics.add(ctl, ${NEXT}, chunk)) {
      // The last unit also takes the floats past the last whole block.
      const u1 = Math.min(u0 + chunk, units), [src, dst, n, block] = job, start = u0 * block, end = u1 === units ? n : u1 * block;
      k.gelu(src + 4 * start, dst + 4 * start, end - start);
    }
  }
}`;

/**
 * A helper's whole program: `main(init)`. It never returns to its event loop: it sleeps in Atomics.wait between
 * jobs, and ends when the generation becomes −1.
 */
export const KERNEL_WORKER_SOURCE = `${RUN_SHARE}
function main(init) {
  const ctl = new Int32Array(init.control);
  const k = new WebAssembly.Instance(new WebAssembly.Module(init.wasm), { env: { memory: init.memory } }).exports;
  let seen = 0;
  Atomics.add(ctl, ${READY}, 1);
  Atomics.notify(ctl, ${READY});
  for (;;) {
    Atomics.wait(ctl, ${GENERATION}, seen);
    seen = Atomics.load(ctl, ${GENERATION});
    if (seen < 0) return;
    runShare(k, ctl);
    Atomics.add(ctl, ${DONE}, 1);
    Atomics.notify(ctl, ${DONE});
  }
}`;

const runShare = new Function(`${RUN_SHARE}\nreturn runShare;`)() as (k: KernelExports, ctl: Int32Array) => void;

const decodeBase64 = (b64: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));

/**
 * The kernels for this engine and heap: with fused multiply-adds where the engine has relaxed SIMD (Chromium; Node 20
 * with --experimental-wasm-relaxed-simd, which the CLI sets), else with f32x4.mul + f32x4.add.
 */
export function kernelModuleBytes(shared: boolean, options: { fma?: boolean } = {}): { wasm: Uint8Array<ArrayBuffer>; fma: boolean } {
  const fused = decodeBase64(shared ? KERNELS_WASM_SHARED_FMA : KERNELS_WASM_FMA);
  if (options.fma !== false && WebAssembly.validate(fused)) return { wasm: fused, fma: true };
  return { wasm: decodeBase64(shared ? KERNELS_WASM_SHARED : KERNELS_WASM), fma: false };
}

export class KernelPool {
  private readonly ctl: Int32Array;
  /** The kernels on the calling thread (small jobs run only here). */
  readonly kernels: KernelExports;
  private readonly helpers: { terminate(): void }[] = [];

  private constructor(
    readonly memory: WebAssembly.Memory,
    readonly threads: number,
    /** The matmul uses fused multiply-adds (relaxed SIMD). */
    readonly fma: boolean,
    wasm: Uint8Array<ArrayBuffer>,
    spawn: SpawnKernelWorker | undefined,
  ) {
    // Shared only where helpers need it: a page that is not cross-origin isolated has no SharedArrayBuffer.
    const bytes = 4 * (JOB + GEMM_FIELDS.length);
    const control = threads > 1 ? new SharedArrayBuffer(bytes) : (new ArrayBuffer(bytes) as unknown as SharedArrayBuffer);
    this.ctl = new Int32Array(control);
    this.kernels = new WebAssembly.Instance(new WebAssembly.Module(wasm), { env: { memory } }).exports as unknown as KernelExports;
    for (let i = 1; i < threads; i++) this.helpers.push(spawn!(KERNEL_WORKER_SOURCE, { wasm, memory, control }));
  }

  /**
   * A pool of `threads` (the caller + threads − 1 helpers). Helpers need a shared heap and a `spawn`; resolves once
   * every helper has started (or after `timeoutMs`, with an error: the caller then keeps tfjs's kernels).
   * `fma: false` forces the mul + add kernels (tests).
   */
  static async create(
    memory: WebAssembly.Memory,
    threads: number,
    spawn?: SpawnKernelWorker,
    options: { timeoutMs?: number; fma?: boolean } = {},
  ): Promise<KernelPool> {
    const timeoutMs = options.timeoutMs ?? 20_000;
    const shared = memory.buffer instanceof SharedArrayBuffer;
    if (threads > 1 && (!shared || !spawn)) throw new Error('helper threads need a shared wasm heap and a way to spawn workers');
    const { wasm, fma } = kernelModuleBytes(shared, options);
    const pool = new KernelPool(memory, threads, fma, wasm, spawn);
    const deadline = Date.now() + timeoutMs;
    while (Atomics.load(pool.ctl, READY) < threads - 1) {
      if (Date.now() > deadline) {
        pool.dispose();
        throw new Error(`kernel helper threads did not start within ${timeoutMs} ms`);
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return pool;
  }

  /** C = op(A)·op(B) (+ bias); returns when all of C is written. */
  gemm(job: GemmJob): void {
    const units = job.Z * Math.ceil(job.N / 8);
    const unitsA = job.Z * Math.ceil(job.M / 4);
    const parallel = this.threads > 1 && job.Z * job.M * job.K * job.N >= PARALLEL_MIN_MACS && units > 1;
    this.ctl[UNITS_A] = unitsA;
    this.ctl[CHUNK_A] = this.chunk(unitsA, parallel);
    Atomics.store(this.ctl, NEXT_A, 0);
    Atomics.store(this.ctl, DONE_A, 0);
    this.run(GEMM, units, GEMM_FIELDS.map((field) => job[field]), parallel);
  }

  /** dst[i] = GELU(src[i]) for n ≥ 4 floats (byte offsets). */
  gelu(src: number, dst: number, n: number): void {
    const units = Math.max(1, Math.floor(n / GELU_BLOCK));
    this.run(GELU, units, [src, dst, n, GELU_BLOCK], this.threads > 1 && units > 1);
  }

  /** Units a thread claims at a time: a few chunks per thread balance the load; all of them when alone. */
  private chunk(units: number, parallel: boolean): number {
    return parallel ? Math.max(1, Math.floor(units / (this.threads * CHUNKS_PER_THREAD))) : units;
  }

  private run(kind: number, units: number, params: number[], parallel: boolean): void {
    params.forEach((value, i) => (this.ctl[JOB + i] = value | 0)); // offsets ≥ 2³¹ wrap; wasm reads them back as u32
    this.ctl[KIND] = kind;
    this.ctl[UNITS] = units;
    this.ctl[CHUNK] = this.chunk(units, parallel);
    Atomics.store(this.ctl, NEXT, 0);
    if (parallel) {
      Atomics.store(this.ctl, DONE, 0);
      Atomics.add(this.ctl, GENERATION, 1);
      Atomics.notify(this.ctl, GENERATION);
    }
    runShare(this.kernels, this.ctl);
    if (parallel) {
      const helpers = this.threads - 1; // helpers that found nothing left report done too
      for (let done = Atomics.load(this.ctl, DONE); done < helpers; done = Atomics.load(this.ctl, DONE)) Atomics.wait(this.ctl, DONE, done);
    }
  }

  dispose(): void {
    Atomics.store(this.ctl, GENERATION, -1);
    Atomics.notify(this.ctl, GENERATION);
    for (const helper of this.helpers) helper.terminate();
    this.helpers.length = 0;
  }
}
