/** Byte-level BPE tokenizer (RoBERTa / CodeBERTa), exact to transformers' slow RobertaTokenizer. */
export { CodeTokenizer, tokenizerJsonFromFiles, type TokenizerOptions } from './codeTokenizer.ts';
export { measureTokenizerThroughput, type ThroughputOptions, type ThroughputResult } from './throughput.ts';
export { GPT2_PRETOKENIZE_PATTERN, pretokenize } from './pretokenize.ts';
export { mergesAreRankConsistent, type BpeEngine, type MergePair } from './bpe.ts';
export { parseMergesTxt, readTokenizerSpec, VERY_LARGE_INTEGER, type TokenizerSpec } from './tokenizerSpec.ts';
export { tokenizerJsonText, mergesTxtText } from './exportFiles.ts';
export type {
  AddedTokenSpec,
  BatchEncoding,
  DecodeOptions,
  EncodeOptions,
  Encoding,
  JsonInput,
  SpecialTokenRole,
  TokenizerFiles,
  TokenizerFileTexts,
} from './types.ts';
