import { describe, expect, it } from 'vitest';
import { deriveSeed, Rng, shuffle } from '../../src/core/random.ts';

/**
 * An independent reference: splitmix32 seeding + sfc32 written with BigInt (exact integer arithmetic,
 * reduced mod 2^32), so the Math.imul / `| 0` / `>>> 0` tricks in the implementation are checked
 * against plain math rather than against themselves.
 */
function referenceStream(seed: number, count: number): number[] {
  const M = (1n << 32n) - 1n;
  let s = BigInt(seed) & M;
  const splitmix = () => {
    s = (s + 0x9e3779b9n) & M;
    let z = s;
    z = ((z ^ (z >> 16n)) * 0x85ebca6bn) & M;
    z = ((z ^ (z >> 13n)) * 0xc2b2ae35n) & M;
    return (z ^ (z >> 16n)) & M;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = 1n; // the counter word
  // sfc32 as published in PractRand: tmp = a + b + counter++; a = b ^ (b >> 9); b = c + (c << 3);
  // c = rotl(c, 21) + tmp; return tmp.
  const step = () => {
    const t = (a + b + d) & M;
    d = (d + 1n) & M;
    a = b ^ (b >> 9n);
    b = (c + (c << 3n)) & M;
    c = ((((c << 21n) | (c >> 11n)) & M) + t) & M;
    return Number(t);
  };
  const out: number[] = [];
  for (let i = 0; i < 15; i++) step();
  for (let i = 0; i < count; i++) out.push(step());
  return out;
}

describe('Rng', () => {
  it('matches a BigInt reference of splitmix32 + sfc32 bit for bit', () => {
    for (const seed of [0, 1, 42, 123456789, 0xffffffff]) {
      const rng = Rng.fromSeed(seed);
      const actual = Array.from({ length: 2000 }, () => rng.nextUint32());
      expect(actual).toEqual(referenceStream(seed, 2000));
    }
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const draw = (seed: number) => {
      const rng = Rng.fromSeed(seed);
      return Array.from({ length: 50 }, () => rng.uniform());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    // Large and negative seeds are accepted and distinct from their low 32 bits.
    expect(draw(2 ** 40 + 7)).not.toEqual(draw(7));
    expect(draw(-1)).toEqual(draw(-1));
  });

  it('resumes exactly from a JSON round-tripped state, including a pending Box–Muller spare', () => {
    const rng = Rng.fromSeed(99);
    for (let i = 0; i < 10; i++) rng.uniform();
    rng.normal(); // leaves the pair's second value pending
    const saved = JSON.parse(JSON.stringify(rng.getState()));
    expect(saved.spareNormal).not.toBeNull();
    const mixed = (r: Rng) => [r.normal(), r.uniform(), r.int(1000), r.normal(0.5, 2), r.nextUint32(), r.normal()];
    const continued = mixed(rng);
    expect(mixed(Rng.fromState(saved))).toEqual(continued);
    const other = Rng.fromSeed(1);
    other.setState(saved);
    expect(mixed(other)).toEqual(continued);
  });

  it('clone() continues identically without disturbing the original', () => {
    const rng = Rng.fromSeed(5);
    rng.uniform();
    const copy = rng.clone();
    const fromCopy = [copy.uniform(), copy.int(10), copy.normal()];
    expect([rng.uniform(), rng.int(10), rng.normal()]).toEqual(fromCopy);
  });

  it('uniform() lies in [0, 1) with mean 1/2 and variance 1/12', () => {
    const rng = Rng.fromSeed(2024);
    const n = 200_000;
    let sum = 0;
    let sumSq = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = rng.uniform();
      if (!(u >= 0 && u < 1)) outside++;
      sum += u;
      sumSq += u * u;
    }
    expect(outside).toBe(0);
    const mean = sum / n;
    const variance = sumSq / n - mean * mean;
    expect(Math.abs(mean - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.002);
  });

  it('normal() has the requested mean and standard deviation', () => {
    const rng = Rng.fromSeed(31337);
    const n = 200_000;
    const xs = Array.from({ length: n }, () => rng.normal(3, 0.02));
    const mean = xs.reduce((a, b) => a + b, 0) / n;
    const std = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / n);
    expect(Math.abs(mean - 3)).toBeLessThan((5 * 0.02) / Math.sqrt(n));
    expect(Math.abs(std / 0.02 - 1)).toBeLessThan(0.01);
    // Tails of a normal: about 4.55 % beyond 2 sigma.
    const beyond2 = xs.filter((x) => Math.abs(x - 3) > 0.04).length / n;
    expect(Math.abs(beyond2 - 0.0455)).toBeLessThan(0.003);
  });

  it('int(n) covers [0, n) evenly (chi-square) and rejects bad n', () => {
    const rng = Rng.fromSeed(11);
    const n = 7;
    const draws = 70_000;
    const counts = new Array(n).fill(0);
    for (let i = 0; i < draws; i++) counts[rng.int(n)]++;
    const expected = draws / n;
    const chi2 = counts.reduce((a, c) => a + (c - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(22.46); // p = 0.001 for 6 degrees of freedom
    expect(rng.int(1)).toBe(0);
    const big = rng.int(2 ** 32);
    expect(Number.isInteger(big) && big >= 0 && big < 2 ** 32).toBe(true);
    expect(() => rng.int(0)).toThrow(RangeError);
    expect(() => rng.int(2.5)).toThrow(RangeError);
    expect(() => rng.int(2 ** 32 + 1)).toThrow(RangeError);
  });
});

describe('shuffle', () => {
  it('returns a permutation, in place, deterministically', () => {
    const items = Array.from({ length: 100 }, (_, i) => i);
    const a = shuffle([...items], Rng.fromSeed(3));
    const b = shuffle([...items], Rng.fromSeed(3));
    expect(a).toEqual(b);
    expect(a).not.toEqual(items);
    expect([...a].sort((x, y) => x - y)).toEqual(items);
    const arr = [1, 2, 3];
    expect(shuffle(arr, Rng.fromSeed(1))).toBe(arr);
    expect(shuffle([], Rng.fromSeed(1))).toEqual([]);
  });

  it('makes all 6 orders of 3 items equally likely (chi-square)', () => {
    const rng = Rng.fromSeed(8);
    const counts = new Map<string, number>();
    const draws = 60_000;
    for (let i = 0; i < draws; i++) {
      const key = shuffle(['a', 'b', 'c'], rng).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    const expected = draws / 6;
    const chi2 = [...counts.values()].reduce((a, c) => a + (c - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(20.52); // p = 0.001 for 5 degrees of freedom
  });
});

describe('deriveSeed', () => {
  it('gives stable, distinct 32-bit seeds per stream', () => {
    expect(deriveSeed(42, 'split')).toBe(deriveSeed(42, 'split'));
    const seeds = new Set(['split', 'shuffle', 'dropout', 'init', 'split/0', 'split/1'].map((s) => deriveSeed(42, s)));
    expect(seeds.size).toBe(6);
    expect(deriveSeed(42, 'split')).not.toBe(deriveSeed(43, 'split'));
    const s = deriveSeed(42, 'init');
    expect(Number.isInteger(s) && s >= 0 && s < 2 ** 32).toBe(true);
  });
});
