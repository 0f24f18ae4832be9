/**
 * Training a RoBERTa / CodeBERTa byte-level BPE tokenizer from source texts, offline and in plain JS.
 *
 * Vocabulary layout (CodeBERTa's and the tiny-roberta fixture's): `<s>`=0, `<pad>`=1, `</s>`=2, `<unk>`=3,
 * then the 256 byte symbols in byte order (byte b → id 4 + b), then the merge results in the order they were
 * learned, and `<mask>` last. The files come out through `CodeTokenizer.toFiles()`, so they are exactly what
 * our tokenizer, transformers' RobertaTokenizer and `tokenizers` load.
 *
 *   const counter = new PretokenCounter();
 *   for (const text of corpus) counter.add(text);
 *   const trained = trainByteLevelBpe(counter.entries(), { vocabSize: 8000 });
 *   const files = trainedTokenizerFiles(trained);   // vocab.json, merges.txt, tokenizer.json, …
 */
import type { MergePair } from './bpe.ts';
import { BYTE_SYMBOLS } from './bpeTrainerAlphabet.ts';
import { learnMerges } from './bpeTrainerMerges.ts';
import { CodeTokenizer } from './codeTokenizer.ts';
import { mergesTxtText } from './exportFiles.ts';
import type { TokenizerFileTexts } from './types.ts';

/** The special tokens before the byte symbols, in id order. */
export const LEADING_SPECIAL_TOKENS = ['<s>', '<pad>', '</s>', '<unk>'] as const;
/** The one special token after the merges: the last id. */
export const MASK_TOKEN = '<mask>';
/** Specials + byte symbols: the smallest possible vocabulary (no merges). */
export const MIN_VOCAB_SIZE = LEADING_SPECIAL_TOKENS.length + BYTE_SYMBOLS.length + 1;

export interface BpeTrainerOptions {
  /** Total vocabulary size: 4 leading specials + 256 bytes + merge results + `<mask>` (CodeBERTa: 52,000). */
  vocabSize: number;
  /** Stop early when the best pair occurs fewer times (default 2). */
  minFrequency?: number;
  /** Called about 100 times with (merge results so far, merge results wanted). */
  onProgress?: (done: number, total: number) => void;
}

export interface TrainedBpe {
  /** token → id in the layout above. */
  vocab: Record<string, number>;
  /** In rank order. Usually one per new vocabulary entry; a merge whose result already exists adds none. */
  merges: MergePair[];
  /** True when the corpus ran out of pairs (at minFrequency) and the vocabulary is smaller than asked. */
  exhausted: boolean;
}

/** Train on a pre-token frequency table (`PretokenCounter.entries()`). */
export function trainByteLevelBpe(pretokens: Iterable<[string, number]>, options: BpeTrainerOptions): TrainedBpe {
  if (!Number.isInteger(options.vocabSize) || options.vocabSize < MIN_VOCAB_SIZE) {
    throw new RangeError(`vocabSize must be an integer of at least ${MIN_VOCAB_SIZE} (specials and byte symbols), not ${options.vocabSize}`);
  }
  const learned = learnMerges(pretokens, {
    maxNewSymbols: options.vocabSize - MIN_VOCAB_SIZE,
    minFrequency: options.minFrequency,
    onProgress: options.onProgress,
  });
  const tokens = [...LEADING_SPECIAL_TOKENS, ...BYTE_SYMBOLS, ...learned.newSymbols, MASK_TOKEN];
  const vocab: Record<string, number> = {};
  tokens.forEach((token, id) => {
    // Cannot happen: the regex never keeps "<", letters and ">" in one piece, so no merge spells a special.
    if (Object.hasOwn(vocab, token)) throw new Error(`BPE training produced the special token ${token} as a merge`);
    vocab[token] = id;
  });
  return { vocab, merges: learned.merges, exhausted: learned.exhausted };
}

export interface TrainedFilesOptions {
  /** tokenizer_config.json `model_max_length` (default 512, CodeBERTa's). */
  modelMaxLength?: number;
}

/** The tokenizer folder: vocab.json, merges.txt, tokenizer.json, tokenizer_config.json, special_tokens_map.json. */
export function trainedTokenizerFiles(trained: TrainedBpe, options: TrainedFilesOptions = {}): TokenizerFileTexts {
  const tokenizer = trainedTokenizer(trained, options);
  return tokenizer.toFiles();
}

/** The trained tokenizer, ready to encode (RobertaTokenizer settings: no prefix space, `<mask>` lstrip). */
export function trainedTokenizer(trained: TrainedBpe, options: TrainedFilesOptions = {}): CodeTokenizer {
  const tokenizerConfig = {
    tokenizer_class: 'RobertaTokenizer',
    model_max_length: options.modelMaxLength ?? 512,
    add_prefix_space: false,
    errors: 'replace',
    bos_token: '<s>',
    eos_token: '</s>',
    sep_token: '</s>',
    cls_token: '<s>',
    unk_token: '<unk>',
    pad_token: '<pad>',
    mask_token: MASK_TOKEN,
    trim_offsets: true,
  };
  const specialTokensMap = {
    bos_token: '<s>',
    eos_token: '</s>',
    unk_token: '<unk>',
    sep_token: '</s>',
    pad_token: '<pad>',
    cls_token: '<s>',
    // Explicit flags, as the fixture writes it: the mask swallows the whitespace before it.
    mask_token: { content: MASK_TOKEN, single_word: false, lstrip: true, rstrip: false, normalized: false },
  };
  return CodeTokenizer.fromFiles({
    vocabJson: trained.vocab,
    mergesTxt: mergesTxtText(trained.merges),
    tokenizerConfig,
    specialTokensMap,
  });
}
