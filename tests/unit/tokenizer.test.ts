/**
 * Parity with transformers 4.40's slow RobertaTokenizer on every case of tokenizer_cases.json, for every
 * construction path and both BPE engines, plus the batches of reference.json.
 */
import { describe, expect, it } from 'vitest';
import { CodeTokenizer, pretokenize, type BpeEngine, type TokenizerFiles } from '../../src/core/tokenizer/index.ts';
import { CONSTRUCTION_PATHS, fixtureText, tokenizerCases } from './tokenizerFixtures.ts';

const fixture = tokenizerCases();
const ids = (x: { input_ids: number[]; attention_mask: number[] }) => ({ inputIds: x.input_ids, attentionMask: x.attention_mask });

describe('pre-tokenization (GPT-2 regex with Python `regex` semantics)', () => {
  it.each(fixture.cases)('$name: pieces equal tok.pat.findall', (c) => {
    expect(pretokenize(c.text)).toEqual(c.pretokens);
  });
});

const paths: { name: string; files: () => TokenizerFiles; bpe: BpeEngine }[] = Object.entries(CONSTRUCTION_PATHS).map(
  ([name, files]) => ({ name, files, bpe: 'auto' }),
);
// 'auto' sends short words to the reference port and long ones to the library: check each engine alone too.
for (const bpe of ['reference', 'library'] as const) {
  paths.push({ name: `tokenizer.json, ${bpe} BPE only`, files: CONSTRUCTION_PATHS['tokenizer.json + configs']!, bpe });
}

describe.each(paths)('from $name', ({ files, bpe }) => {
  const tok = CodeTokenizer.fromFiles(files(), { bpe });

  it('has the fixture vocabulary and special token ids', () => {
    expect(tok.vocabSize).toBe(fixture.meta.vocab_size);
    expect(tok.fullVocabSize).toBe(fixture.meta.vocab_size);
    expect([tok.clsTokenId, tok.padTokenId, tok.sepTokenId, tok.unkTokenId, tok.maskTokenId]).toEqual([0, 1, 2, 3, 1260]);
  });

  it.each(fixture.cases)('$name: tokens, ids, masks, pad32, trunc_pad32, decode', (c) => {
    expect(tok.tokenize(c.text)).toEqual(c.tokens);
    expect(tok.encode(c.text)).toEqual(ids(c.plain));
    expect(tok.encode(c.text, { padding: 'max_length', maxLength: 32 })).toEqual(ids(c.pad32));
    expect(tok.encode(c.text, { padding: 'max_length', maxLength: 32, truncation: true })).toEqual(ids(c.trunc_pad32));
    expect(tok.decode(c.plain.input_ids, { cleanUpTokenizationSpaces: false })).toBe(c.decoded);
  });

  it('pads a batch to its longest sequence (batch_padding_longest)', () => {
    const { names, input_ids, attention_mask } = fixture.batch_padding_longest;
    const texts = names.map((n) => fixture.cases.find((c) => c.name === n)!.text);
    expect(tok.encodeBatch(texts, { padding: 'longest' })).toEqual({ inputIds: input_ids, attentionMask: attention_mask });
    expect(tok.encodeBatch(texts, { padding: true })).toEqual({ inputIds: input_ids, attentionMask: attention_mask });
  });
});

describe('reference.json batches (tok(texts, padding=True) on real code)', () => {
  const reference = JSON.parse(fixtureText('reference.json')) as {
    inputs: { texts: string[]; input_ids: number[][]; attention_mask: number[][] };
    train_grad_accum2: { micro_batches: { example_indices: number[]; input_ids: number[][]; attention_mask: number[][] }[] };
  };
  const tok = CodeTokenizer.fromFiles(CONSTRUCTION_PATHS['vocab.json + merges.txt + configs']!());

  it('encodes the 4 model inputs', () => {
    const { texts, input_ids, attention_mask } = reference.inputs;
    expect(tok.encodeBatch(texts, { padding: 'longest' })).toEqual({ inputIds: input_ids, attentionMask: attention_mask });
  });

  it('encodes each gradient-accumulation micro-batch padded to its own longest', () => {
    for (const mb of reference.train_grad_accum2.micro_batches) {
      const texts = mb.example_indices.map((i) => reference.inputs.texts[i]!);
      expect(tok.encodeBatch(texts, { padding: true })).toEqual({ inputIds: mb.input_ids, attentionMask: mb.attention_mask });
    }
  });
});

describe('options', () => {
  const tok = CodeTokenizer.fromFiles(CONSTRUCTION_PATHS['tokenizer.json + configs']!());
  const c = fixture.cases.find((x) => x.name === 'real_python_file_2000')!;

  it('truncation without maxLength uses model_max_length (64)', () => {
    const { inputIds, attentionMask } = tok.encode(c.text, { truncation: true });
    expect(inputIds).toEqual([...c.plain.input_ids.slice(0, 63), 2]);
    expect(attentionMask).toEqual(new Array(64).fill(1));
  });

  it('addSpecialTokens: false leaves out <s> and </s>, and truncation then keeps maxLength text tokens', () => {
    expect(tok.encode(c.text, { addSpecialTokens: false }).inputIds).toEqual(c.plain.input_ids.slice(1, -1));
    expect(tok.encode(c.text, { addSpecialTokens: false, truncation: true, maxLength: 5 }).inputIds).toEqual(c.plain.input_ids.slice(1, 6));
  });

  it('padding max_length without truncation leaves long inputs whole', () => {
    expect(tok.encode(c.text, { padding: 'max_length', maxLength: 8 }).inputIds).toEqual(c.plain.input_ids);
  });

  it('skipSpecialTokens drops <s>, </s>, <pad> and <mask>; default decode cleans up spaces like transformers', () => {
    const mask = fixture.cases.find((x) => x.name === 'mask_token_in_text')!;
    const padded = tok.encode(mask.text, { padding: 'max_length', maxLength: 16 }).inputIds;
    expect(tok.decode(padded, { skipSpecialTokens: true, cleanUpTokenizationSpaces: false })).toBe(mask.decoded.replace(/<s>|<\/s>|<mask>/g, ''));
    const contractions = fixture.cases.find((x) => x.name === 'contractions')!;
    // The only clean-up pattern in this text is its final " 's".
    expect(contractions.decoded.endsWith("</s>") && contractions.decoded.includes(" 's</s>")).toBe(true);
    expect(tok.decode(contractions.plain.input_ids)).toBe(contractions.decoded.replace(" 's</s>", "'s</s>"));
  });

  it('rejects ids outside the vocabulary and a maxLength without room for the special tokens', () => {
    expect(() => tok.decode([0, 5000])).toThrow(RangeError);
    expect(() => tok.encode('x', { truncation: true, maxLength: 1 })).toThrow(RangeError);
  });
});
