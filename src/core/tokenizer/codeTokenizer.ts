/**
 * RoBERTa / CodeBERTa byte-level BPE tokenizer that reproduces transformers 4.40's slow `RobertaTokenizer`
 * exactly (ids, masks, truncation, padding, decode), built on @huggingface/tokenizers for the BPE merges
 * and the byte alphabet. The steps, per text:
 *   1. add_prefix_space (when configured), 2. cut at added tokens with their lstrip/rstrip
 *   (`AddedTokenSplitter`), 3. GPT-2 regex with Python's `\s` (`pretokenize.ts`), 4. per piece: UTF-8 →
 *   byte alphabet → BPE → ids (cached per piece), 5. `<s>` … `</s>`, truncation, padding.
 */
import { AddedTokenSplitter } from './addedTokenSplitter.ts';
import { applyPadding, firstEncoding, planEncoding } from './batchEncoding.ts';
import { createBpeModel, type BpeEngine, type BpeModel } from './bpe.ts';
import { toByteLevel } from './byteLevel.ts';
import { cleanUpTokenization, joinDecoded } from './decodeText.ts';
import { exportTokenizerFiles } from './exportFiles.ts';
import { createPretokenizeRegex } from './pretokenize.ts';
import { pythonStartsWithSpace } from './pythonText.ts';
import { readTokenizerSpec, type TokenizerSpec } from './tokenizerSpec.ts';
import type { BatchEncoding, DecodeOptions, EncodeOptions, Encoding, SpecialTokenRole, TokenizerFiles, TokenizerFileTexts } from './types.ts';

/** Pieces longer than this are not cached (a long run is unlikely to repeat, and would pin memory). */
const MAX_CACHED_PIECE_LENGTH = 256;
/** The piece cache is dropped when it grows past this many entries (~10-20 MB at most). */
const MAX_CACHE_ENTRIES = 100_000;

export interface TokenizerOptions {
  /** Which BPE implementation to use (default 'auto'; see bpe.ts). */
  bpe?: BpeEngine;
}

export class CodeTokenizer {
  /** Size of the base vocabulary (transformers `vocab_size`). */
  readonly vocabSize: number;
  /** Base vocabulary plus added tokens outside it (transformers `len(tokenizer)`): the embedding rows needed. */
  readonly fullVocabSize: number;
  readonly modelMaxLength: number;
  /** pad, cls (`<s>`) and sep (`</s>`) are required: without them there is no RoBERTa input. */
  readonly padTokenId: number;
  readonly clsTokenId: number;
  readonly sepTokenId: number;
  readonly unkTokenId: number | null;
  readonly maskTokenId: number | null;

  private readonly spec: TokenizerSpec;
  private readonly bpe: BpeModel;
  private readonly splitter: AddedTokenSplitter;
  private readonly pretokenizeRegex = createPretokenizeRegex();
  /** token → id; added tokens override the vocabulary, as `_convert_token_to_id_with_added_voc`. */
  private readonly tokenIds = new Map<string, number>();
  private readonly idTokens: string[] = [];
  private readonly specialIds: ReadonlySet<number>;
  /** Added tokens that `_decode` keeps apart (not special, or special but outside the base vocabulary). */
  private readonly separatelyDecoded: ReadonlySet<string>;
  private readonly pieceCache = new Map<string, number[]>();

  private constructor(spec: TokenizerSpec, options: TokenizerOptions) {
    this.spec = spec;
    for (const [token, id] of Object.entries(spec.vocab)) {
      this.tokenIds.set(token, id);
      this.idTokens[id] = token;
    }
    this.vocabSize = this.tokenIds.size;
    for (const t of spec.addedTokens) {
      this.tokenIds.set(t.content, t.id);
      this.idTokens[t.id] = t.content;
    }
    this.fullVocabSize = Math.max(this.idTokens.length, this.tokenIds.size);
    this.bpe = createBpeModel(spec.vocab, spec.merges, options.bpe);
    this.splitter = new AddedTokenSplitter(spec.addedTokens);
    this.modelMaxLength = spec.modelMaxLength;
    const roleId = (role: SpecialTokenRole) => {
      const content = spec.roles[role];
      return content === null ? null : (this.tokenIds.get(content) ?? null);
    };
    const requiredId = (role: SpecialTokenRole) => {
      const id = roleId(role);
      if (id === null) throw new Error(`the tokenizer has no ${role} token (${String(spec.roles[role])})`);
      return id;
    };
    this.padTokenId = requiredId('pad');
    this.clsTokenId = requiredId('cls');
    this.sepTokenId = requiredId('sep');
    this.unkTokenId = roleId('unk');
    this.maskTokenId = roleId('mask');
    const specialContents = new Set([...Object.values(spec.roles), ...spec.additionalSpecialTokens].filter((c) => c !== null));
    this.specialIds = new Set([...specialContents].map((c) => this.tokenIds.get(c)).filter((id) => id !== undefined));
    this.separatelyDecoded = new Set([
      ...spec.addedTokens.filter((t) => !specialContents.has(t.content)).map((t) => t.content),
      ...spec.additionalSpecialTokens.filter((c) => (this.tokenIds.get(c) ?? 0) >= this.vocabSize),
    ]);
  }

  /** From tokenizer.json, or vocab.json + merges.txt, plus tokenizer_config.json / special_tokens_map.json. */
  static fromFiles(files: TokenizerFiles, options: TokenizerOptions = {}): CodeTokenizer {
    return new CodeTokenizer(readTokenizerSpec(files), options);
  }

  tokenToId(token: string): number | undefined {
    return this.tokenIds.get(token);
  }

  idToToken(id: number): string | undefined {
    return this.idTokens[id];
  }

  /** How many distinct pre-tokens are cached (each one was BPE-merged once). */
  get cachedPieceCount(): number {
    return this.pieceCache.size;
  }

  /** Forget cached pieces (for honest cold-start measurements, or to free memory after a big job). */
  clearCache(): void {
    this.pieceCache.clear();
  }

  /** transformers `tokenize(text)`: byte-level BPE strings, added tokens as themselves. */
  tokenize(text: string): string[] {
    const tokens: string[] = [];
    this.walk(text, Infinity, (token) => tokens.push(token.content), (piece) => {
      for (const t of this.bpe.merge(toByteLevel(piece))) tokens.push(t);
      return tokens.length;
    });
    return tokens;
  }

  /** transformers `tok(text, **options)` → input_ids and attention_mask. */
  encode(text: string, options: EncodeOptions = {}): Encoding {
    return firstEncoding(this.encodeBatch([text], options));
  }

  /** transformers `tok(texts, **options)`. With truncation, each text is only tokenized as far as needed. */
  encodeBatch(texts: readonly string[], options: EncodeOptions = {}): BatchEncoding {
    const plan = planEncoding(options, this.modelMaxLength, 2);
    const sequences = texts.map((text) => {
      const ids = this.textToIds(text, plan.textTokenLimit);
      return plan.addSpecialTokens ? [this.clsTokenId, ...ids, this.sepTokenId] : ids;
    });
    return applyPadding(sequences, plan, this.padTokenId);
  }

  /** transformers `decode(ids, skip_special_tokens, clean_up_tokenization_spaces)`. */
  decode(ids: readonly number[], options: DecodeOptions = {}): string {
    const tokens: string[] = [];
    for (const id of ids) {
      if (options.skipSpecialTokens && this.specialIds.has(id)) continue;
      const token = this.idTokens[id];
      if (token === undefined) throw new RangeError(`token id ${id} is not in the vocabulary`);
      tokens.push(token);
    }
    const text = joinDecoded(tokens, this.separatelyDecoded, this.spec.errors);
    return (options.cleanUpTokenizationSpaces ?? this.spec.cleanUpTokenizationSpaces) ? cleanUpTokenization(text) : text;
  }

  /** The tokenizer as a Hugging Face folder's files (loadable by transformers, `tokenizers` and `fromFiles`). */
  toFiles(): TokenizerFileTexts {
    return exportTokenizerFiles(this.spec, (content) => this.tokenIds.get(content)!);
  }

  /** The ids of `text` without special tokens around it, stopping once `limit` ids are produced. */
  private textToIds(text: string, limit: number): number[] {
    const ids: number[] = [];
    this.walk(text, limit, (token) => ids.push(token.id), (whole) => {
      // Truncating: a huge pre-token (a megabyte without whitespace: minified code, base64) is merged only as far as
      // the tokens still wanted can reach, plus a wide margin for merges across the cut (its first tokens are the
      // same), so a hostile line costs what is kept, not what it claims.
      const budget = (limit - ids.length) * TRUNCATED_PIECE_CHARS_PER_TOKEN;
      const piece = whole.length > budget ? whole.slice(0, budget) : whole;
      const cached = this.pieceCache.get(piece);
      if (cached !== undefined) {
        for (const id of cached) ids.push(id);
      } else {
        const pieceIds = this.bpe.merge(toByteLevel(piece)).map((t) => this.idOfBpeToken(t));
        if (piece.length <= MAX_CACHED_PIECE_LENGTH) {
          if (this.pieceCache.size >= MAX_CACHE_ENTRIES) this.pieceCache.clear();
          this.pieceCache.set(piece, pieceIds);
        }
        for (const id of pieceIds) ids.push(id);
      }
      return ids.length;
    });
    // The last piece may overshoot the limit; truncation keeps the first ids (right truncation).
    if (ids.length > limit) ids.length = limit;
    return ids;
  }

  /**
   * Steps 1–3 for one text: calls `onAddedToken` / `onPiece` in text order. `onPiece` returns how many
   * tokens exist so far; the walk stops once that reaches `limit`. Stopping early gives exactly a prefix
   * of the full result: segments and regex matches are found left to right over the whole text (the
   * regex runs on the complete segment string, so its lookahead sees what follows), and every piece
   * yields at least one token, so later pieces can only append.
   */
  private walk(
    text: string,
    limit: number,
    onAddedToken: (token: { id: number; content: string }) => void,
    onPiece: (piece: string) => number,
  ): void {
    if (this.spec.addPrefixSpace && text.length > 0 && !pythonStartsWithSpace(text)) text = ` ${text}`;
    let count = 0;
    const regex = this.pretokenizeRegex;
    for (const segment of this.splitter.split(text)) {
      if (count >= limit) return;
      if (typeof segment !== 'string') {
        onAddedToken(segment);
        count++;
        continue;
      }
      regex.lastIndex = 0;
      for (let m = regex.exec(segment); m !== null; m = regex.exec(segment)) {
        count = onPiece(m[0]);
        if (count >= limit) return;
      }
    }
  }

  private idOfBpeToken(token: string): number {
    const id = this.tokenIds.get(token) ?? this.unkTokenId;
    if (id === null) throw new Error(`BPE produced ${JSON.stringify(token)}, which is not in the vocabulary, and there is no unk token`);
    return id;
  }
}

/** Characters of a pre-token kept per token still wanted when truncating (far above any BPE token's length). */
const TRUNCATED_PIECE_CHARS_PER_TOKEN = 64;

/** tokenizer.json text for a vocab.json + merges.txt folder (e.g. CodeBERTa-small-v1, which ships none). */
export const tokenizerJsonFromFiles = (files: TokenizerFiles): string => CodeTokenizer.fromFiles(files).toFiles()['tokenizer.json'];
