/**
 * The tokenizer as a dataset pipeline on real code: truncation stops tokenizing early without changing the
 * result, and throughput (MB/s on ≥ 1 MB of real source files, tiny-roberta vocabulary).
 */
import { describe, expect, it } from 'vitest';
import { CodeTokenizer, measureTokenizerThroughput } from '../../src/core/tokenizer/index.ts';
import { CONSTRUCTION_PATHS, realCodeTexts } from './tokenizerFixtures.ts';

const tok = CodeTokenizer.fromFiles(CONSTRUCTION_PATHS['tokenizer.json + configs']!());
const texts = realCodeTexts(1_000_000);

describe('truncation on real code', () => {
  it('equals the full encoding cut to <s> + first (maxLength − 2) tokens + </s>, for every file', () => {
    const sample = texts.slice(0, 150);
    const full = tok.encodeBatch(sample).inputIds;
    for (const maxLength of [2, 3, 64, 512]) {
      const truncated = tok.encodeBatch(sample, { truncation: true, maxLength, padding: 'max_length' });
      sample.forEach((_, i) => {
        const ids = full[i]!;
        const expected = ids.length <= maxLength ? ids : [...ids.slice(0, maxLength - 1), ids.at(-1)!];
        const padding = new Array<number>(maxLength - expected.length).fill(tok.padTokenId);
        expect(truncated.inputIds[i], `file ${i}, maxLength ${maxLength}`).toEqual([...expected, ...padding]);
        expect(truncated.attentionMask[i]).toEqual([...expected.map(() => 1), ...padding.map(() => 0)]);
      });
    }
  });

  it('only BPE-merges the pieces it needs: a 60 KB file cut to 512 tokens', () => {
    let big = '';
    for (const t of texts) if (big.length < 60_000) big += t;
    tok.clearCache();
    expect(tok.encode(big, { truncation: true, maxLength: 512 }).inputIds).toHaveLength(512);
    const piecesTruncated = tok.cachedPieceCount; // every piece yields ≥ 1 token, so at most 510 were merged
    expect(piecesTruncated).toBeLessThanOrEqual(510);
    tok.clearCache();
    tok.encode(big);
    expect(tok.cachedPieceCount).toBeGreaterThan(4 * piecesTruncated);
  });
});

describe('truncation of hostile input', () => {
  it('merges only what a huge pre-token can contribute, with the same first tokens as the whole merge', () => {
    const word = Array.from({ length: 300_000 }, (_, i) => 'abcdefghij'[(i * 7 + (i >> 3)) % 10]).join(''); // one pre-token
    for (const maxLength of [8, 64, 512]) {
      const whole = tok.encode(word.slice(0, 40_000), { addSpecialTokens: false }).inputIds.slice(0, maxLength - 2);
      expect(tok.encode(word, { truncation: true, maxLength }).inputIds.slice(1, -1), `maxLength ${maxLength}`).toEqual(whole);
    }
  });
});

describe('throughput', () => {
  it('counts every token of ≥ 1 MB of real code when measuring throughput (whole files and truncated to 512)', () => {
    const whole = measureTokenizerThroughput(tok, texts);
    const warm = measureTokenizerThroughput(tok, texts, { coldCache: false });
    const truncated = measureTokenizerThroughput(tok, texts, { encode: { truncation: true, maxLength: 512 } });
    const fmt = (r: typeof whole) => `${r.megabytesPerSecond.toFixed(2)} MB/s (${(r.tokensPerSecond / 1e6).toFixed(2)} M tokens/s)`;
    console.log(
      `tokenizer throughput on ${(whole.bytes / 1e6).toFixed(2)} MB in ${whole.texts} files, ${whole.tokens} tokens: ` +
        `cold ${fmt(whole)}, warm ${fmt(warm)}, truncated to 512 ${fmt(truncated)}`,
    );
    expect(whole.bytes).toBeGreaterThanOrEqual(1_000_000);
    expect(whole.tokens).toBe(texts.reduce((n, t) => n + tok.encode(t).inputIds.length, 0));
    expect(truncated.tokens).toBeLessThanOrEqual(512 * texts.length);
    // Speed itself is reported by `npm run bench` (tokenizer MB/s), never asserted in a test.
  });
});
