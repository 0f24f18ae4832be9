/**
 * Tokenizer folders: reading configs the way transformers does, writing them back (byte-identical to the
 * fixture folder), and reloading what we wrote (by us and by @huggingface/tokenizers).
 */
import { Tokenizer } from '@huggingface/tokenizers';
import { describe, expect, it } from 'vitest';
import { CodeTokenizer, parseMergesTxt, tokenizerJsonFromFiles, VERY_LARGE_INTEGER } from '../../src/core/tokenizer/index.ts';
import { CONSTRUCTION_PATHS, fixtureText, TOKENIZER_FILE_NAMES, tokenizerCases, type TokenizerCase } from './tokenizerFixtures.ts';

const fixture = tokenizerCases();

function expectAllCases(tok: CodeTokenizer, cases: readonly TokenizerCase[] = fixture.cases) {
  for (const c of cases) {
    expect(tok.tokenize(c.text), c.name).toEqual(c.tokens);
    expect(tok.encode(c.text, { padding: 'max_length', maxLength: 32, truncation: true }).inputIds, c.name).toEqual(c.trunc_pad32.input_ids);
    expect(tok.decode(c.plain.input_ids, { cleanUpTokenizationSpaces: false }), c.name).toBe(c.decoded);
  }
}

describe('toFiles', () => {
  for (const path of ['tokenizer.json + configs', 'vocab.json + merges.txt + configs']) {
    it(`writes the fixture folder byte for byte (tokenizer built from ${path})`, () => {
      const files = CodeTokenizer.fromFiles(CONSTRUCTION_PATHS[path]!()).toFiles();
      expect(Object.keys(files).sort()).toEqual([...TOKENIZER_FILE_NAMES].sort());
      for (const name of TOKENIZER_FILE_NAMES) expect(files[name], name).toBe(fixtureText(name));
    });
  }

  it('builds tokenizer.json from vocab.json + merges.txt (CodeBERTa ships none)', () => {
    const { vocabJson, mergesTxt, tokenizerConfig, specialTokensMap } = CONSTRUCTION_PATHS['vocab.json + merges.txt + configs']!();
    expect(tokenizerJsonFromFiles({ vocabJson, mergesTxt, tokenizerConfig, specialTokensMap })).toBe(fixtureText('tokenizer.json'));
  });

  it('round-trips: each file set it writes loads back to the same tokenizer', () => {
    const files = CodeTokenizer.fromFiles(CONSTRUCTION_PATHS['vocab.json + merges.txt + configs']!()).toFiles();
    const configs = { tokenizerConfig: files['tokenizer_config.json'], specialTokensMap: files['special_tokens_map.json'] };
    expectAllCases(CodeTokenizer.fromFiles({ tokenizerJson: files['tokenizer.json'], ...configs }));
    expectAllCases(CodeTokenizer.fromFiles({ vocabJson: files['vocab.json'], mergesTxt: files['merges.txt'], ...configs }));
  });

  it('writes a tokenizer.json that @huggingface/tokenizers loads (and that reproduces the fixture ids)', () => {
    const files = CodeTokenizer.fromFiles(CONSTRUCTION_PATHS['vocab.json + merges.txt only (parsed objects)']!()).toFiles();
    const lib = new Tokenizer(JSON.parse(files['tokenizer.json']), JSON.parse(files['tokenizer_config.json']));
    // (With this small vocabulary the library's own pre-tokenization slips happen not to change any ids.)
    for (const c of fixture.cases) {
      expect(lib.encode(c.text).ids, c.name).toEqual(c.plain.input_ids);
    }
  });
});

describe('reading configs like transformers 4.40', () => {
  const vocabJson = fixtureText('vocab.json');
  const mergesTxt = fixtureText('merges.txt');

  it('without configs: RoBERTa defaults, <mask> lstrip, no length limit (CodeBERTa-small-v1 layout)', () => {
    const tok = CodeTokenizer.fromFiles({ vocabJson, mergesTxt });
    expect(tok.modelMaxLength).toBe(VERY_LARGE_INTEGER);
    const mask = fixture.cases.find((c) => c.name === 'mask_token_in_text')!;
    expect(tok.encode(mask.text).inputIds).toEqual(mask.plain.input_ids);
    // Truncation without maxLength and an unknown model_max_length truncates nothing, as in transformers.
    const long = fixture.cases.find((c) => c.name === 'real_python_file_2000')!;
    expect(tok.encode(long.text, { truncation: true }).inputIds).toEqual(long.plain.input_ids);
    expect(JSON.parse(tok.toFiles()['tokenizer_config.json']).model_max_length).toBe(1e30);
    expect(tok.toFiles()['tokenizer_config.json']).toContain('"model_max_length": 1000000000000000019884624838656,');
  });

  it('reads the legacy `max_len` key (CodeBERTa-small-v1: {"max_len": 512})', () => {
    expect(CodeTokenizer.fromFiles({ vocabJson, mergesTxt, tokenizerConfig: '{"max_len": 512}' }).modelMaxLength).toBe(512);
  });

  it('honours a mask token written without lstrip in special_tokens_map.json', () => {
    const specialTokensMap = { mask_token: { content: '<mask>', lstrip: false, rstrip: false, single_word: false, normalized: false } };
    const tok = CodeTokenizer.fromFiles({ vocabJson, mergesTxt, specialTokensMap });
    const mask = fixture.cases.find((c) => c.name === 'mask_token_in_text')!;
    // 'x =   <mask> + <mask>y': the whitespace before each <mask> is now kept, so decoding gives the text back
    // (the fixture, with lstrip, decodes to '<s>x =<mask> +<mask>y</s>').
    expect(mask.decoded).not.toBe(`<s>${mask.text}</s>`);
    expect(tok.decode(tok.encode(mask.text).inputIds, { cleanUpTokenizationSpaces: false })).toBe(`<s>${mask.text}</s>`);
  });

  it('reads merges.txt as the slow tokenizer does: first line skipped, last element dropped', () => {
    const merges = parseMergesTxt(mergesTxt);
    expect(merges.length).toBe(mergesTxt.split('\n').length - 2);
    expect(merges[0]).toEqual(mergesTxt.split('\n')[1]!.split(' '));
    // `read().split("\n")[1:-1]`: without the trailing newline the last merge is lost.
    expect(parseMergesTxt(mergesTxt.slice(0, -1)).length).toBe(merges.length - 1);
  });

  it('rejects a folder without vocabulary', () => {
    expect(() => CodeTokenizer.fromFiles({ mergesTxt })).toThrow(/tokenizer.json or vocab.json/);
    expect(() => CodeTokenizer.fromFiles({ tokenizerJson: '{"model": {"type": "WordPiece"}}' })).toThrow(/not BPE/);
  });
});
