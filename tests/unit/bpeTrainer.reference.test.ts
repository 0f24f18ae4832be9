/**
 * The incremental trainer (pair index + lazy queue) against the textbook algorithm: recount every pair
 * of every word before each merge. Random corpora over tiny alphabets make long runs ("aaaa"), overlapping
 * pairs, many ties and merge results that re-create an existing symbol, where incremental bookkeeping
 * goes wrong first.
 */
import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/core/random.ts';
import { MIN_VOCAB_SIZE, trainByteLevelBpe } from '../../src/core/tokenizer/bpeTrainer.ts';
import { toByteLevel } from '../../src/core/tokenizer/byteLevel.ts';
import { PretokenCounter } from '../../src/core/tokenizer/corpusPretokenCounts.ts';

/** Full recount per merge; ties by (left, right) with JS string order (code points, all below U+0200 here). */
function naiveMerges(counts: Map<string, number>, maxNewSymbols: number, minFrequency: number) {
  const words = [...counts].map(([piece, n]) => ({ symbols: [...toByteLevel(piece)], n }));
  const symbols = new Set(words.flatMap((w) => w.symbols));
  const done = new Set<string>();
  const merges: string[] = [];
  let created = 0;
  while (created < maxNewSymbols) {
    const pairCounts = new Map<string, { a: string; b: string; n: number }>();
    for (const w of words) {
      for (let i = 0; i + 1 < w.symbols.length; i++) {
        const [a, b] = [w.symbols[i]!, w.symbols[i + 1]!];
        const key = JSON.stringify([a, b]);
        if (done.has(key)) continue; // a pair merged before is never merged again
        const entry = pairCounts.get(key) ?? { a, b, n: 0 };
        entry.n += w.n;
        pairCounts.set(key, entry);
      }
    }
    let best: { a: string; b: string; n: number } | null = null;
    for (const p of pairCounts.values()) {
      if (!best || p.n > best.n || (p.n === best.n && (p.a < best.a || (p.a === best.a && p.b < best.b)))) best = p;
    }
    if (!best || best.n < minFrequency) return { merges, exhausted: true };
    const { a, b } = best;
    for (const w of words) {
      const out: string[] = [];
      for (let i = 0; i < w.symbols.length; i++) {
        if (w.symbols[i] === a && w.symbols[i + 1] === b) {
          out.push(a + b);
          i++;
        } else out.push(w.symbols[i]!);
      }
      w.symbols = out;
    }
    done.add(JSON.stringify([a, b]));
    merges.push(`${a} ${b}`);
    if (!symbols.has(a + b)) {
      symbols.add(a + b);
      created++;
    }
  }
  return { merges, exhausted: false };
}

function randomCorpus(rng: Rng, alphabet: string, texts: number, maxLength: number): string[] {
  return Array.from({ length: texts }, () => {
    const length = 1 + (rng.nextUint32() % maxLength);
    let text = '';
    for (let i = 0; i < length; i++) text += alphabet[rng.nextUint32() % alphabet.length];
    return text;
  });
}

describe('incremental trainer = full recount per merge', () => {
  const cases = [
    { alphabet: 'ab', minFrequency: 1 },
    { alphabet: 'aab ', minFrequency: 1 },
    { alphabet: 'ab \n', minFrequency: 2 },
    { alphabet: 'abc  \t\n', minFrequency: 1 },
    { alphabet: 'a1_(). \n', minFrequency: 2 },
    { alphabet: 'aé€ \u00a0', minFrequency: 1 },
  ];
  for (const [i, { alphabet, minFrequency }] of cases.entries()) {
    it(`corpus ${i}: ${JSON.stringify(alphabet)}, minFrequency ${minFrequency}`, () => {
      for (let seed = 0; seed < 5; seed++) {
        const rng = Rng.fromSeed(1000 * i + seed);
        const counter = new PretokenCounter();
        for (const text of randomCorpus(rng, alphabet, 40, 30)) counter.add(text);
        const counts = new Map(counter.entries());
        const maxNew = 60;
        const expected = naiveMerges(counts, maxNew, minFrequency);
        const trained = trainByteLevelBpe(counts, { vocabSize: MIN_VOCAB_SIZE + maxNew, minFrequency });
        expect(trained.merges.map(([a, b]) => `${a} ${b}`), `seed ${seed}`).toEqual(expected.merges);
        expect(trained.exhausted, `seed ${seed}`).toBe(expected.exhausted);
      }
    });
  }
});
