/**
 * Seeded pseudo-random numbers for everything that must be reproducible: data splits, epoch shuffles,
 * dropout seeds and weight init. The seed (and, for exact resume, the state) goes into checkpoints.
 *
 * Generator: sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, 128-bit state, passes
 * PractRand), seeded through splitmix32. Only 32-bit integer operations (Math.imul, `| 0`, `>>> 0`), so
 * the integer stream — and therefore `uniform`, `int` and `shuffle` — is bit-identical in Node, every
 * browser and a Web Worker. `normal` additionally uses Math.log/cos/sin, which engines may round
 * differently in the last ulp (V8-based runtimes agree with each other); that is fine for weight init.
 */

/** The full generator state: plain JSON, so it can be stored in a checkpoint and restored exactly. */
export interface RngState {
  /** sfc32's four 32-bit words, as unsigned integers. */
  words: [number, number, number, number];
  /** Box–Muller makes normals in pairs; the unused one is part of the state so resume stays exact. */
  spareNormal: number | null;
}

const TWO_POW_32 = 4294967296;
const TWO_POW_53 = 9007199254740992;

/** One splitmix32 step: a well-mixed 32-bit output from a counter, used to expand seeds. */
function splitmix32(state: number): { state: number; value: number } {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return { state: next, value: (z ^ (z >>> 16)) >>> 0 };
}

/** Reduce any finite number (a user seed may be large or negative) to 32 bits without losing its high bits. */
function seedToUint32(seed: number): number {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  const int = Math.trunc(seed);
  const low = int % TWO_POW_32 >>> 0;
  const high = Math.floor(int / TWO_POW_32) >>> 0;
  return (low ^ Math.imul(high, 0x9e3779b1)) >>> 0;
}

/**
 * A sub-seed for a named stream ("split", "shuffle", "dropout", "init"…), so that using randomness in
 * one place never shifts the numbers another place gets from the same user seed.
 */
export function deriveSeed(seed: number, stream: string): number {
  let h = seedToUint32(seed) ^ 0x5bd1e995;
  for (let i = 0; i < stream.length; i++) {
    h = Math.imul(h ^ stream.charCodeAt(i), 0x01000193); // FNV-1a style mixing, then splitmix below
  }
  return splitmix32(h).value;
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spare: number | null = null;

  private constructor(words: readonly number[]) {
    [this.a, this.b, this.c, this.d] = words.map((w) => w | 0) as [number, number, number, number];
  }

  static fromSeed(seed: number): Rng {
    let s = seedToUint32(seed);
    const words: number[] = [];
    for (let i = 0; i < 3; i++) {
      const step = splitmix32(s);
      s = step.state;
      words.push(step.value);
    }
    words.push(1); // sfc32's counter word, as in the reference seeding
    const rng = new Rng(words);
    // The reference implementation discards the first outputs so that similar seeds decorrelate.
    for (let i = 0; i < 15; i++) rng.nextUint32();
    return rng;
  }

  static fromState(state: RngState): Rng {
    const rng = new Rng(state.words);
    rng.spare = state.spareNormal;
    return rng;
  }

  getState(): RngState {
    return {
      words: [this.a >>> 0, this.b >>> 0, this.c >>> 0, this.d >>> 0],
      spareNormal: this.spare,
    };
  }

  setState(state: RngState): void {
    [this.a, this.b, this.c, this.d] = state.words.map((w) => w | 0) as [number, number, number, number];
    this.spare = state.spareNormal;
  }

  /** An independent copy at the same position (e.g. to peek ahead without consuming). */
  clone(): Rng {
    return Rng.fromState(this.getState());
  }

  /** Next raw output, an unsigned 32-bit integer. sfc32 exactly as in PractRand: tmp = a + b + counter++. */
  nextUint32(): number {
    const t = (this.a + this.b + this.d) | 0; // three int32s: the sum is exact before `| 0` wraps it
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (((this.c << 21) | (this.c >>> 11)) + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1) with 53 random bits (every double of the form k / 2^53). */
  uniform(): number {
    const high = this.nextUint32() >>> 5; // 27 bits
    const low = this.nextUint32() >>> 6; // 26 bits
    return (high * 67108864 + low) / TWO_POW_53;
  }

  /** Uniform integer in [0, n), unbiased (rejection sampling), for 1 <= n <= 2^32. */
  int(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > TWO_POW_32) {
      throw new RangeError(`int(n) needs an integer 1 <= n <= 2^32, got ${n}`);
    }
    // Reject the top partial block of 2^32 so that every residue is equally likely.
    const limit = TWO_POW_32 - (TWO_POW_32 % n);
    let x = this.nextUint32();
    while (x >= limit) x = this.nextUint32();
    return x % n;
  }

  /** Standard normal (Box–Muller), scaled: mean + std * N(0, 1). */
  normal(mean = 0, std = 1): number {
    if (this.spare !== null) {
      const z = this.spare;
      this.spare = null;
      return mean + std * z;
    }
    const u1 = 1 - this.uniform(); // (0, 1]: log(0) would be -Infinity
    const u2 = this.uniform();
    const radius = Math.sqrt(-2 * Math.log(u1));
    const angle = 2 * Math.PI * u2;
    this.spare = radius * Math.sin(angle);
    return mean + std * radius * Math.cos(angle);
  }

  /** A fresh uint32, for seeding per-step streams (e.g. a dropout seed per training step). */
  seed(): number {
    return this.nextUint32();
  }
}

/** Fisher–Yates shuffle, in place; returns the same array for chaining. */
export function shuffle<T>(array: T[], rng: Rng): T[] {
  for (let i = array.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const tmp = array[i]!;
    array[i] = array[j]!;
    array[j] = tmp;
  }
  return array;
}
