/**
 * The byte-level BPE trainer on corpora small enough to train by hand (expected merges derived in the
 * comments, not by running the code), the vocabulary layout, and the trained tokenizer end to end:
 * lossless on real code, and loaded identically by @huggingface/tokenizers.
 */
import { Tokenizer } from '@huggingface/tokenizers';
import { describe, expect, it } from 'vitest';
import { BYTE_SYMBOLS } from '../../src/core/tokenizer/bpeTrainerAlphabet.ts';
import { MIN_VOCAB_SIZE, trainByteLevelBpe, trainedTokenizer, trainedTokenizerFiles, type BpeTrainerOptions } from '../../src/core/tokenizer/bpeTrainer.ts';
import { toByteLevel } from '../../src/core/tokenizer/byteLevel.ts';
import { PretokenCounter } from '../../src/core/tokenizer/corpusPretokenCounts.ts';
import { CodeTokenizer, mergesAreRankConsistent } from '../../src/core/tokenizer/index.ts';
import { realCodeTexts, tokenizerCases } from './tokenizerFixtures.ts';

function train(texts: string[], options: Partial<BpeTrainerOptions> = {}) {
  const counter = new PretokenCounter();
  for (const t of texts) counter.add(t);
  return trainByteLevelBpe(counter.entries(), { vocabSize: MIN_VOCAB_SIZE + 100, ...options });
}

const mergeLines = (merges: readonly (readonly [string, string])[]) => merges.map(([a, b]) => `${a} ${b}`);

describe('merges derived by hand', () => {
  // Pieces (GPT-2 regex, space → Ġ): "aaaa" ×1, "ab" ×1, "Ġab" ×2, "ba" ×1.
  // Pair counts: (a,a) 3 (three in "aaaa"), (a,b) 1+2 = 3, (Ġ,a) 2, (b,a) 1.
  //  1. (a,a) and (a,b) tie at 3; same left, right "a" < "b" → "a a". "aaaa" → [aa, aa] (left to right,
  //     not [a, aa, a]), so (aa,aa) = 1.
  //  2. (a,b) 3 → "ab"; "Ġab" becomes [Ġ, ab]: (Ġ,a) 2 → 0, (Ġ,ab) 2.
  //  3. (Ġ,ab) 2 → "Ġab".
  //  4. (aa,aa) and (b,a) tie at 1; left "aa" < "b" → "aa aa". 5. "b a". Then no pair is left.
  const corpus = ['aaaa', 'ab ab ab', 'ba'];

  it('most frequent first, ties by smallest (left, right), overlapping pairs left to right', () => {
    const trained = train(corpus, { minFrequency: 1 });
    expect(mergeLines(trained.merges)).toEqual(['a a', 'a b', 'Ġ ab', 'aa aa', 'b a']);
    expect(trained.exhausted).toBe(true);
    expect(Object.entries(trained.vocab).filter(([, id]) => id >= 260)).toEqual([
      ['aa', 260], ['ab', 261], ['Ġab', 262], ['aaaa', 263], ['ba', 264], ['<mask>', 265],
    ]);
  });

  it('stops below minFrequency (default 2: merges 4 and 5 occur once)', () => {
    const trained = train(corpus);
    expect(mergeLines(trained.merges)).toEqual(['a a', 'a b', 'Ġ ab']);
    expect(trained.exhausted).toBe(true);
  });

  it('stops at the vocabulary size (exhausted false)', () => {
    const trained = train(corpus, { vocabSize: MIN_VOCAB_SIZE + 2 });
    expect(mergeLines(trained.merges)).toEqual(['a a', 'a b']);
    expect(trained.exhausted).toBe(false);
    expect(Object.keys(trained.vocab)).toHaveLength(MIN_VOCAB_SIZE + 2);
  });

  // "aaaaa": (a,a) 4 → [aa, aa, a]; then (aa,aa) 1 and (aa,a) 1 tie, right "a" < "aa" → "aa a", which
  // takes the last two symbols → [aa, aaa]; then "aa aaa".
  it('a run of five: [aa, aa, a] then (aa, a) before (aa, aa)', () => {
    expect(mergeLines(train(['aaaaa'], { minFrequency: 1 }).merges)).toEqual(['a a', 'aa a', 'aa aaa']);
  });

  // Pieces "x", "Ġa", "ca": (Ġ,a) 1 and (c,a) 1. By code point "c" (U+0063) < "Ġ" (U+0120), so "c a" comes
  // first; ordering by byte value (space 0x20 < "c" 0x63) would give the opposite.
  it('ties compare the byte-level characters by code point, not the bytes behind them', () => {
    expect(mergeLines(train(['x a', 'ca'], { minFrequency: 1 }).merges)).toEqual(['c a', 'Ġ a']);
  });

  // Each text is pre-tokenized alone: "x " + "y" joined would be "x", "Ġy"; apart they are "x", "Ġ", "y".
  it('counts pre-tokens per document, never across document boundaries', () => {
    const counter = new PretokenCounter();
    counter.add('x ');
    counter.add('y');
    counter.add('y');
    expect(new Map(counter.entries())).toEqual(new Map([['x', 1], [' ', 1], ['y', 2]]));
    expect([counter.texts, counter.chars, counter.distinctPieces]).toEqual([3, 4, 3]);
  });

  it('rejects a vocabulary smaller than specials + bytes', () => {
    expect(() => train(corpus, { vocabSize: MIN_VOCAB_SIZE - 1 })).toThrow(/at least 261/);
  });
});

describe('vocabulary layout (CodeBERTa / fixture)', () => {
  const trained = train(realCodeTexts(200_000), { vocabSize: 1000 });
  const idOf = (t: string) => trained.vocab[t];

  it('<s> <pad> </s> <unk>, 256 byte symbols in byte order, merge results in order, <mask> last', () => {
    expect([idOf('<s>'), idOf('<pad>'), idOf('</s>'), idOf('<unk>')]).toEqual([0, 1, 2, 3]);
    expect(BYTE_SYMBOLS.map(idOf)).toEqual(BYTE_SYMBOLS.map((_, b) => 4 + b));
    expect([idOf('Ġ'), idOf('Ċ'), idOf('!')]).toEqual([36, 14, 37]);
    expect(trained.exhausted).toBe(false);
    expect(trained.merges).toHaveLength(1000 - MIN_VOCAB_SIZE);
    expect(trained.merges.map(([a, b]) => idOf(a + b))).toEqual(trained.merges.map((_, i) => 260 + i));
    expect(idOf('<mask>')).toBe(999);
    expect(new Set(Object.values(trained.vocab)).size).toBe(1000);
  });

  it('every merge joins symbols that exist before it (rank-consistent, as the fast BPE path needs)', () => {
    for (const [i, [a, b]] of trained.merges.entries()) {
      expect(idOf(a)! < 260 + i && idOf(b)! < 260 + i, `${a} ${b}`).toBe(true);
    }
    expect(mergesAreRankConsistent(trained.merges)).toBe(true);
  });

  it('the byte symbols are the ones the tokenizer maps bytes to', () => {
    const bytes = [...new TextEncoder().encode('aé€😀 \n\t')];
    expect(toByteLevel('aé€😀 \n\t')).toBe(bytes.map((b) => BYTE_SYMBOLS[b]).join(''));
  });
});

describe('the trained tokenizer', () => {
  const code = realCodeTexts(300_000);
  const unicode = tokenizerCases().cases.map((c) => c.text);
  const trained = train([...code, ...unicode], { vocabSize: 2000 });
  const files = trainedTokenizerFiles(trained);
  const ours = trainedTokenizer(trained);

  // Texts that spell special tokens are not plain text (`<mask>` swallows the spaces before it).
  const plain = [...code, ...unicode].filter((t) => !/<(s|\/s|pad|unk|mask)>/.test(t));

  it('encodes → decodes every corpus text back exactly, never using <unk>', () => {
    expect(plain.length).toBeGreaterThan(code.length + 40);
    for (const text of plain) {
      const ids = ours.encode(text, { addSpecialTokens: false }).inputIds;
      expect(ids).not.toContain(3);
      expect(ours.decode(ids, { cleanUpTokenizationSpaces: false })).toBe(text);
    }
  });

  it('writes a folder that reloads to the same tokenizer, from tokenizer.json or vocab.json + merges.txt', () => {
    expect(JSON.parse(files['vocab.json'])).toEqual(trained.vocab);
    expect(files['merges.txt'].split('\n')).toEqual(['#version: 0.2', ...mergeLines(trained.merges), '']);
    expect(JSON.parse(files['special_tokens_map.json']).mask_token).toMatchObject({ content: '<mask>', lstrip: true });
    expect(JSON.parse(files['tokenizer_config.json']).model_max_length).toBe(512);
    const fromJson = CodeTokenizer.fromFiles({ tokenizerJson: files['tokenizer.json'], tokenizerConfig: files['tokenizer_config.json'], specialTokensMap: files['special_tokens_map.json'] });
    const fromVocab = CodeTokenizer.fromFiles({ vocabJson: files['vocab.json'], mergesTxt: files['merges.txt'], tokenizerConfig: files['tokenizer_config.json'], specialTokensMap: files['special_tokens_map.json'] });
    expect(fromJson.toFiles()).toEqual(files);
    expect(fromVocab.toFiles()).toEqual(files);
    expect(fromJson.vocabSize).toBe(2000);
    expect(fromJson.maskTokenId).toBe(1999);
    expect(fromJson.tokenize('x =   <mask>')).toEqual(['x', 'Ġ=', '<mask>']);
  });

  it('@huggingface/tokenizers loads tokenizer.json and gives the same ids on real code', () => {
    const library = new Tokenizer(JSON.parse(files['tokenizer.json']), JSON.parse(files['tokenizer_config.json']));
    for (const text of code.slice(0, 40)) {
      expect(library.encode(text).ids).toEqual(ours.encode(text).inputIds);
    }
  });
});
