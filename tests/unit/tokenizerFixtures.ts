/** Shared loading of the tiny-roberta tokenizer fixtures for the tokenizer tests. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TokenizerFiles } from '../../src/core/tokenizer/index.ts';

export const FIXTURE_DIR = '/work/shared/fixtures/tiny-roberta';
export const TOKENIZER_FILE_NAMES = ['vocab.json', 'merges.txt', 'tokenizer.json', 'tokenizer_config.json', 'special_tokens_map.json'] as const;

export const fixtureText = (name: string): string => readFileSync(join(FIXTURE_DIR, name), 'utf8');

export interface IdsAndMask {
  input_ids: number[];
  attention_mask: number[];
}

export interface TokenizerCase {
  name: string;
  text: string;
  pretokens: string[];
  tokens: string[];
  plain: IdsAndMask;
  pad32: IdsAndMask;
  trunc_pad32: IdsAndMask;
  decoded: string;
}

export interface TokenizerCases {
  meta: { vocab_size: number; model_max_length: number };
  cases: TokenizerCase[];
  batch_padding_longest: { names: string[]; input_ids: number[][]; attention_mask: number[][] };
}

export const tokenizerCases = (): TokenizerCases => JSON.parse(fixtureText('tokenizer_cases.json')) as TokenizerCases;

/** The construction paths the tokenizer supports, each from the fixture folder's files. */
export const CONSTRUCTION_PATHS: Record<string, () => TokenizerFiles> = {
  'tokenizer.json + configs': () => ({
    tokenizerJson: fixtureText('tokenizer.json'),
    tokenizerConfig: fixtureText('tokenizer_config.json'),
    specialTokensMap: fixtureText('special_tokens_map.json'),
  }),
  'vocab.json + merges.txt + configs': () => ({
    vocabJson: fixtureText('vocab.json'),
    mergesTxt: fixtureText('merges.txt'),
    tokenizerConfig: fixtureText('tokenizer_config.json'),
    specialTokensMap: fixtureText('special_tokens_map.json'),
  }),
  // CodeBERTa-small-v1's situation: no tokenizer.json, RoBERTa defaults for the special tokens.
  'vocab.json + merges.txt only (parsed objects)': () => ({
    vocabJson: JSON.parse(fixtureText('vocab.json')) as object,
    mergesTxt: fixtureText('merges.txt'),
  }),
};

/**
 * Real source code, present on every machine after `npm ci`: tfjs-core's compiled JS files of 300 B–60 KB
 * (the size range of the tokenizer's training corpus), in path order, until `minBytes` UTF-8 bytes.
 */
export function realCodeTexts(minBytes: number): string[] {
  const root = 'node_modules/@tensorflow/tfjs-core/dist';
  const paths: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.js')) paths.push(path);
    }
  };
  walk(root);
  const texts: string[] = [];
  let bytes = 0;
  for (const path of paths) {
    const size = statSync(path).size;
    if (size < 300 || size > 60_000) continue;
    texts.push(readFileSync(path, 'utf8'));
    bytes += size;
    if (bytes >= minBytes) return texts;
  }
  throw new Error(`only ${bytes} bytes of real code under ${root}`);
}
