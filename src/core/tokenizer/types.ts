/** Public types of the tokenizer module. */

/** JSON files may be given as their text or already parsed. */
export type JsonInput = string | object;

/**
 * The files of a Hugging Face tokenizer folder. Either `tokenizerJson` or `vocabJson` + `mergesTxt` is
 * required (CodeBERTa-small-v1 ships only the latter); when both are present, vocab.json + merges.txt win,
 * as they are what the slow RobertaTokenizer reads.
 */
export interface TokenizerFiles {
  tokenizerJson?: JsonInput;
  vocabJson?: JsonInput;
  mergesTxt?: string;
  tokenizerConfig?: JsonInput;
  specialTokensMap?: JsonInput;
}

/** The files `toFiles()` writes, keyed by file name (what `writeHfFolder` takes). */
export interface TokenizerFileTexts {
  'vocab.json': string;
  'merges.txt': string;
  'tokenizer.json': string;
  'tokenizer_config.json': string;
  'special_tokens_map.json': string;
}

/** An added token (special or not) with transformers' `AddedToken` flags. */
export interface AddedTokenSpec {
  id: number;
  content: string;
  singleWord: boolean;
  /** Swallow whitespace to the token's left (RoBERTa's `<mask>`). */
  lstrip: boolean;
  /** Swallow whitespace to the token's right. */
  rstrip: boolean;
  normalized: boolean;
  special: boolean;
}

export type SpecialTokenRole = 'bos' | 'eos' | 'unk' | 'sep' | 'pad' | 'cls' | 'mask';

/** Options of one encode call; the defaults are transformers' `tok(text)`. */
export interface EncodeOptions {
  /** Add `<s>` … `</s>` (default true). */
  addSpecialTokens?: boolean;
  /** Cut to `maxLength` (default false), keeping the first tokens and the special tokens. */
  truncation?: boolean;
  /** Default: the tokenizer's `modelMaxLength`, when truncation or 'max_length' padding needs one. */
  maxLength?: number;
  /** Right padding with the pad id and mask 0; `true` means 'longest' (default false). */
  padding?: boolean | 'longest' | 'max_length';
}

export interface Encoding {
  inputIds: number[];
  attentionMask: number[];
}

export interface BatchEncoding {
  inputIds: number[][];
  attentionMask: number[][];
}

export interface DecodeOptions {
  /** Drop the ids of special tokens (default false). */
  skipSpecialTokens?: boolean;
  /**
   * transformers' `clean_up_tokenization` (" ." → ".", " 's" → "'s", …). Default: the config's
   * `clean_up_tokenization_spaces`, else true as in transformers 4.40. Pass false to get the exact text back.
   */
  cleanUpTokenizationSpaces?: boolean;
}
