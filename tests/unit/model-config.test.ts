/**
 * config.json is untrusted input: sizes are bounded and typed before anything is allocated, token ids must fit
 * the vocabulary, id2label must be exactly 0 … n−1 with distinct string labels, and a config must match its weights.
 */
import { describe, expect, it } from 'vitest';
import { labelsOf, parseRobertaConfig, type RobertaConfig } from '../../src/core/model/config.ts';
import { checkConfigMatchesWeights } from '../../src/core/model/params.ts';
import { readJsonFixture, readWeightsFixture } from '../parity/nodeFixtures.ts';

const tiny = readJsonFixture('tiny-roberta', 'config.json') as Record<string, unknown>;
const parse = (overrides: Record<string, unknown>) => () => parseRobertaConfig({ ...tiny, ...overrides });

describe('parseRobertaConfig', () => {
  it('accepts the fixture and CodeBERTa-small-v1 defaults', () => {
    expect(parseRobertaConfig(tiny).num_hidden_layers).toBe(tiny.num_hidden_layers);
    expect(parseRobertaConfig({}).vocab_size).toBe(52000);
  });

  it('refuses sizes that would allocate without bound, before allocating', () => {
    const started = performance.now();
    expect(parse({ num_hidden_layers: 100000 })).toThrow('config.json: num_hidden_layers must be an integer in [1, 128], got 100000');
    expect(parse({ hidden_size: 1e8 })).toThrow('config.json: hidden_size must be an integer in [1, 8192], got 100000000');
    expect(parse({ vocab_size: 1e6, hidden_size: 4096, num_attention_heads: 64, intermediate_size: 16384, num_hidden_layers: 64 })).toThrow(/describes \d+ M parameters; this runtime holds at most 300 M/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('names string-typed numbers and token ids beyond the vocabulary', () => {
    expect(parse({ hidden_size: '64' })).toThrow('config.json: hidden_size must be a number, got "64" (a string)');
    expect(parse({ pad_token_id: 100000 })).toThrow(/pad_token_id must be a token id in \[0, vocab_size \d+\), got 100000/);
    expect(parse({ layer_norm_eps: 'x' })).toThrow('layer_norm_eps must be a non-negative number, got "x"');
  });
});

describe('labelsOf', () => {
  const config = (id2label: unknown) => ({ ...parseRobertaConfig(tiny), id2label }) as RobertaConfig;
  it('reads ids 0 … n−1 in order', () => {
    expect(labelsOf(config({ 1: 'go', 0: 'c', 2: 'rust' }))).toEqual(['c', 'go', 'rust']);
    expect(labelsOf(config(undefined))).toEqual([]);
  });
  it('refuses gaps, non-integer ids, duplicates and non-string labels', () => {
    expect(() => labelsOf(config({ 0: 'a', 2: 'b' }))).toThrow('id2label must have the ids 0 … 1; it has "0", "2"');
    expect(() => labelsOf(config({ 0: 'a', x: 'b' }))).toThrow(/ids 0 … 1; it has "0", "x"/);
    expect(() => labelsOf(config({ 0: 'a', 1: 'a' }))).toThrow('id2label names "a" twice');
    expect(() => labelsOf(config({ 0: 'a', 1: 7 }))).toThrow('id2label["1"] must be a string, got 7');
    expect(() => parseRobertaConfig({ ...tiny, id2label: { 0: 'a', 1: 'a' } })).toThrow('twice');
  });
});

describe('checkConfigMatchesWeights', () => {
  const weights = readWeightsFixture('tiny-roberta', 'model.safetensors');
  it('accepts the fixture and refuses a config whose sizes its weights cannot have', () => {
    const config = parseRobertaConfig(tiny);
    expect(() => checkConfigMatchesWeights(config, weights)).not.toThrow();
    expect(() => checkConfigMatchesWeights({ ...config, num_hidden_layers: 100 }, weights)).toThrow(/num_hidden_layers 100, but the weights have \d+ encoder layers/);
    // A size no count of layers reveals, checked tensor by tensor before the model is allocated.
    expect(() => checkConfigMatchesWeights({ ...config, intermediate_size: 60000 }, weights)).toThrow(
      /implies "roberta\.encoder\.layer\.0\.intermediate\.dense\.weight" of shape \[60000,\d+\], but the weights' .* is \[\d+,\d+\]/,
    );
    expect(() => checkConfigMatchesWeights({ ...config, vocab_size: 999 }, weights)).toThrow(/vocab_size 999 × hidden_size \d+, but the weights' word embeddings are \[\d+,\d+\]/);
  });
});
