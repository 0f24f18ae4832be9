/**
 * Where @huggingface/tokenizers 0.2.0 deviates from the slow RobertaTokenizer, and that our replacements
 * for those parts behave like Python: the pre-tokenizer regex (`\s`), the whitespace an lstrip token eats
 * (`str.rstrip()`), and BPE merge order for rank-inconsistent merges.
 */
import { BPE, ByteLevelPreTokenizer, Tokenizer } from '@huggingface/tokenizers';
import { describe, expect, it } from 'vitest';
import { createBpeModel, mergesAreRankConsistent, ReferenceBpe, type MergePair } from '../../src/core/tokenizer/bpe.ts';
import { toByteLevel } from '../../src/core/tokenizer/byteLevel.ts';
import { CodeTokenizer, parseMergesTxt, pretokenize } from '../../src/core/tokenizer/index.ts';
import { pythonLstrip, pythonRstrip, pythonSplitWhitespace, pythonStartsWithSpace } from '../../src/core/tokenizer/pythonText.ts';
import { CONSTRUCTION_PATHS, fixtureText, realCodeTexts, tokenizerCases } from './tokenizerFixtures.ts';

const fixture = tokenizerCases();

describe('pre-tokenizer regex', () => {
  it('the library ByteLevel pre-tokenizer (JS \\s) splits exactly space_bom_word and space_nel_word wrongly; ours none', () => {
    const library = new ByteLevelPreTokenizer({ type: 'ByteLevel', add_prefix_space: false, use_regex: true });
    const wrong = fixture.cases.filter((c) => JSON.stringify(library.pre_tokenize_text(c.text)) !== JSON.stringify(c.pretokens.map(toByteLevel)));
    expect(wrong.map((c) => c.name)).toEqual(['space_bom_word', 'space_nel_word']);
    expect(fixture.cases.filter((c) => JSON.stringify(pretokenize(c.text)) !== JSON.stringify(c.pretokens))).toEqual([]);
  });
});

describe('whitespace swallowed by an lstrip token (<mask>)', () => {
  const tok = CodeTokenizer.fromFiles(CONSTRUCTION_PATHS['tokenizer.json + configs']!());
  const lib = new Tokenizer(JSON.parse(fixtureText('tokenizer.json')), JSON.parse(fixtureText('tokenizer_config.json')));

  it('Python str.rstrip() strips U+0085 and U+001C..U+001F but not U+FEFF; JS trimEnd() the opposite', () => {
    expect(pythonRstrip('x \u0085\u001c\u001f\t')).toBe('x');
    expect(pythonRstrip('x\ufeff')).toBe('x\ufeff');
    expect(pythonLstrip('\u3000\u2028 y ')).toBe('y ');
    expect(pythonStartsWithSpace('\u001dx')).toBe(true);
    expect(pythonStartsWithSpace('\ufeffx')).toBe(false);
    expect('x\u0085'.trimEnd()).toBe('x\u0085'); // why the library's splitter cannot be used as is
    expect('x\ufeff'.trimEnd()).toBe('x');
  });

  it.each([
    ['U+0085 (stripped by Python)', '\u0085', true],
    ['U+001C (stripped by Python)', '\u001c', true],
    ['U+FEFF (kept by Python)', '\ufeff', false],
  ])('before <mask>: %s', (_, ws, stripped) => {
    const expected = [...tok.tokenize(stripped ? 'x' : `x${ws}`), '<mask>'];
    expect(tok.tokenize(`x${ws}<mask>`)).toEqual(expected);
    expect(lib.tokenize(`x${ws}<mask>`)).not.toEqual(expected);
  });
});

describe('BPE merge order', () => {
  const merges = parseMergesTxt(fixtureText('merges.txt'));

  it('the fixture merges are rank-consistent, so the library BPE is exact for them', () => {
    expect(mergesAreRankConsistent(merges)).toBe(true);
  });

  // A merge using "ab" that ranks before the merge producing "ab". transformers' bpe("abab"): the only
  // ranked pair present is (a, b), so one pass merges both occurrences → [ab, ab]; then (ab, ab) is unranked.
  // A priority queue merges the first (a, b), sees (ab, a) with the better rank 0 and takes it → [aba, b].
  const inconsistent: MergePair[] = [
    ['ab', 'a'],
    ['a', 'b'],
  ];
  const vocab = { a: 0, b: 1, ab: 2, aba: 3 };

  it('detects rank-inconsistent merges and then uses the slow algorithm', () => {
    expect(mergesAreRankConsistent(inconsistent)).toBe(false);
    expect(new ReferenceBpe(inconsistent).merge('abab')).toEqual(['ab', 'ab']);
    expect(createBpeModel(vocab, inconsistent).merge('abab')).toEqual(['ab', 'ab']);
    const library = new BPE({ type: 'BPE', vocab, merges: inconsistent.map(([x, y]) => [x, y] as [string, string]), ignore_merges: false });
    expect(library.bpe('abab')).toEqual(['aba', 'b']);
  });

  it('the reference port and the library agree on 20,000 distinct pre-tokens of real code', () => {
    const vocabJson = JSON.parse(fixtureText('vocab.json')) as Record<string, number>;
    const reference = createBpeModel(vocabJson, merges, 'reference');
    const library = createBpeModel(vocabJson, merges, 'library');
    const pieces = new Set(fixture.cases.flatMap((c) => c.pretokens));
    for (const text of realCodeTexts(1_000_000)) for (const p of pretokenize(text)) if (pieces.size < 20_000) pieces.add(p);
    expect(pieces.size).toBe(20_000);
    for (const piece of pieces) {
      const word = toByteLevel(piece);
      expect(library.merge(word), piece).toEqual(reference.merge(word));
    }
  });

  it('splits merges.txt lines with Python str.split()', () => {
    expect(pythonSplitWhitespace('  a\u0085b \t c  ')).toEqual(['a', 'b', 'c']);
    expect(parseMergesTxt('#version: 0.2\nĠ t\nbad\nx  y z\n\u0085a b\n')).toEqual([
      ['Ġ', 't'],
      ['a', 'b'],
    ]);
  });
});
