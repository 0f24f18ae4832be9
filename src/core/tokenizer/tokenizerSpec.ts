/**
 * Reading a tokenizer folder (tokenizer.json, or vocab.json + merges.txt, plus tokenizer_config.json and
 * special_tokens_map.json) into one plain description, following transformers 4.40's
 * `RobertaTokenizer.from_pretrained` (special_tokens_map.json overrides tokenizer_config.json;
 * `added_tokens_decoder` overrides both; a string `<mask>` gets lstrip=True as RobertaTokenizer.__init__ does).
 */
import type { MergePair } from './bpe.ts';
import { pythonSplitWhitespace } from './pythonText.ts';
import type { AddedTokenSpec, JsonInput, SpecialTokenRole, TokenizerFiles } from './types.ts';

export interface TokenizerSpec {
  /** The base vocabulary (vocab.json, or tokenizer.json's model.vocab). */
  vocab: Record<string, number>;
  /** In rank order. */
  merges: MergePair[];
  /** Special and other added tokens, in id order. */
  addedTokens: AddedTokenSpec[];
  /** Content of each special-token role; null when the tokenizer has none (e.g. no mask token). */
  roles: Record<SpecialTokenRole, string | null>;
  additionalSpecialTokens: string[];
  modelMaxLength: number;
  addPrefixSpace: boolean;
  cleanUpTokenizationSpaces: boolean;
  /** How invalid UTF-8 is decoded (transformers `errors`): 'replace' (U+FFFD) or 'strict' (throw). */
  errors: 'replace' | 'strict';
}

/** transformers' VERY_LARGE_INTEGER = int(1e30): "no limit" when a config names no model_max_length. */
export const VERY_LARGE_INTEGER = 1e30;

export const ROLES: readonly SpecialTokenRole[] = ['bos', 'eos', 'unk', 'sep', 'pad', 'cls', 'mask'];

const ROBERTA_DEFAULT_ROLES: Readonly<Record<SpecialTokenRole, string>> = {
  bos: '<s>',
  eos: '</s>',
  unk: '<unk>',
  sep: '</s>',
  pad: '<pad>',
  cls: '<s>',
  mask: '<mask>',
};

type JsonObject = Record<string, unknown>;

function parseJsonObject(input: JsonInput | undefined, file: string): JsonObject | undefined {
  if (input === undefined) return undefined;
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (e) {
      throw new Error(`${file} is not valid JSON (${(e as Error).message})`);
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${file} is not a JSON object`);
  return value as JsonObject;
}

function parseVocab(value: unknown, file: string): Record<string, number> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${file}: vocab is not an object`);
  for (const [token, id] of Object.entries(value)) {
    if (!Number.isInteger(id) || (id as number) < 0) throw new Error(`${file}: id of ${JSON.stringify(token)} is not a non-negative integer`);
  }
  return value as Record<string, number>;
}

/**
 * merges.txt exactly as the slow tokenizer reads it: `read().split("\n")[1:-1]` (the first line is skipped
 * whatever it says, and so is the last element: a file without a trailing newline loses its last merge),
 * then `line.split()`; lines that are not exactly two symbols can never match a pair and are dropped.
 */
export function parseMergesTxt(text: string): MergePair[] {
  const merges: MergePair[] = [];
  for (const line of text.split('\n').slice(1, -1)) {
    const parts = pythonSplitWhitespace(line);
    if (parts.length === 2) merges.push([parts[0]!, parts[1]!]);
  }
  return merges;
}

/**
 * Every merge must join two vocabulary tokens into a third: merges from another vocabulary (or junk) would make
 * BPE produce tokens the model has no embedding for. (Hugging Face's Rust tokenizers refuse them too.)
 */
function checkMerges(vocab: Record<string, number>, merges: readonly MergePair[], file: string): void {
  merges.forEach(([a, b], i) => {
    const missing = [a, b, a + b].find((t) => !Object.hasOwn(vocab, t));
    if (missing !== undefined) {
      throw new Error(`${file}: merge ${i + 1} ("${a} ${b}") uses "${missing}", which is not in the vocabulary: the merges do not belong to this vocab`);
    }
  });
}

/** tokenizer.json's model.merges: `"a b"` strings (split on the one space, as Rust does) or `[a, b]` pairs. */
function parseJsonMerges(value: unknown): MergePair[] {
  if (!Array.isArray(value)) throw new Error('tokenizer.json: model.merges is not an array');
  return value.map((m, i): MergePair => {
    const parts = typeof m === 'string' ? m.split(' ') : m;
    if (!Array.isArray(parts) || parts.length !== 2 || parts.some((p) => typeof p !== 'string')) {
      throw new Error(`tokenizer.json: merge ${i} (${JSON.stringify(m)}) is not a pair`);
    }
    return [parts[0] as string, parts[1] as string];
  });
}

/** A special token as configs write it: a string, or an AddedToken dict (`{content, lstrip, …}`). */
function tokenContent(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && typeof (value as JsonObject).content === 'string') {
    return (value as JsonObject).content as string;
  }
  return null;
}

function addedTokenFromJson(value: unknown, fallbackId: number, special: boolean): AddedTokenSpec | null {
  const content = tokenContent(value);
  if (content === null) return null;
  const o = (typeof value === 'object' && value !== null ? value : {}) as JsonObject;
  const flag = (key: string, dflt: boolean) => (typeof o[key] === 'boolean' ? (o[key] as boolean) : dflt);
  return {
    id: typeof o.id === 'number' ? o.id : fallbackId,
    content,
    singleWord: flag('single_word', false),
    lstrip: flag('lstrip', false),
    rstrip: flag('rstrip', false),
    normalized: flag('normalized', !special),
    special: flag('special', special),
  };
}

/** Parse the files of a tokenizer folder. */
export function readTokenizerSpec(files: TokenizerFiles): TokenizerSpec {
  const tokenizerJson = parseJsonObject(files.tokenizerJson, 'tokenizer.json');
  const config = parseJsonObject(files.tokenizerConfig, 'tokenizer_config.json') ?? {};
  const specialMap = parseJsonObject(files.specialTokensMap, 'special_tokens_map.json') ?? {};

  let vocab: Record<string, number>;
  let merges: MergePair[];
  const addedTokens = new Map<string, AddedTokenSpec>(); // content → token
  if (files.vocabJson !== undefined && files.mergesTxt !== undefined) {
    vocab = parseVocab(parseJsonObject(files.vocabJson, 'vocab.json'), 'vocab.json');
    if (files.mergesTxt.includes('\u0000')) throw new Error('merges.txt is binary, not a list of BPE merges');
    merges = parseMergesTxt(files.mergesTxt);
  } else if (tokenizerJson) {
    const model = tokenizerJson.model as JsonObject | undefined;
    if (!model || model.type !== 'BPE') throw new Error(`tokenizer.json: model type ${String(model?.type)} is not BPE`);
    vocab = parseVocab(model.vocab, 'tokenizer.json');
    merges = parseJsonMerges(model.merges);
    for (const t of (tokenizerJson.added_tokens as unknown[] | undefined) ?? []) {
      const token = addedTokenFromJson(t, -1, false);
      if (!token || token.id < 0) throw new Error(`tokenizer.json: invalid added token ${JSON.stringify(t)}`);
      addedTokens.set(token.content, token);
    }
  } else {
    throw new Error('a tokenizer needs tokenizer.json or vocab.json + merges.txt');
  }

  checkMerges(vocab, merges, files.mergesTxt !== undefined && files.vocabJson !== undefined ? 'merges.txt' : 'tokenizer.json');

  // tokenizer_config.json's added_tokens_decoder ({"id": AddedToken dict}) is authoritative for ids and flags.
  const decoderEntries = config.added_tokens_decoder;
  if (typeof decoderEntries === 'object' && decoderEntries !== null) {
    for (const [id, t] of Object.entries(decoderEntries)) {
      const token = addedTokenFromJson(t, Number(id), false);
      if (token && Number.isInteger(Number(id))) addedTokens.set(token.content, { ...token, id: Number(id) });
    }
  }

  const roleValue = (role: SpecialTokenRole): unknown => {
    const key = `${role}_token`;
    return key in specialMap ? specialMap[key] : key in config ? config[key] : ROBERTA_DEFAULT_ROLES[role];
  };
  const roles = Object.fromEntries(ROLES.map((r) => [r, tokenContent(roleValue(r))])) as TokenizerSpec['roles'];
  const additionalValues = (specialMap.additional_special_tokens ?? config.additional_special_tokens ?? []) as unknown[];
  const additionalSpecialTokens = additionalValues.map(tokenContent).filter((t): t is string => t !== null);

  // Special tokens not yet known become added tokens: the vocab id when the vocab has them, else the next id
  // (transformers' `_add_tokens`: len(vocab + added)), in SPECIAL_TOKENS_ATTRIBUTES order.
  let nextId = Object.keys(vocab).length + [...addedTokens.values()].filter((t) => !(t.content in vocab)).length;
  const specialValues = [...ROLES.map((r) => [r, roleValue(r)] as const), ...additionalValues.map((v) => ['additional', v] as const)];
  for (const [role, value] of specialValues) {
    const content = tokenContent(value);
    if (content === null) continue;
    const known = addedTokens.get(content);
    if (known) {
      known.special = true;
      continue;
    }
    const id = Object.hasOwn(vocab, content) ? vocab[content]! : nextId++;
    const token = addedTokenFromJson(value, id, true)!;
    // RobertaTokenizer.__init__ wraps plain strings as AddedToken(s, lstrip=False, rstrip=False), created
    // non-special and hence normalized=True, except the mask: AddedToken(s, lstrip=True, normalized=False).
    // (normalized changes nothing here, there is no normalizer; it is kept so exports match transformers'.)
    if (typeof value === 'string' && role !== 'additional') Object.assign(token, role === 'mask' ? { lstrip: true, normalized: false } : { normalized: true });
    addedTokens.set(content, { ...token, id, special: true });
  }

  const maxLength = config.model_max_length ?? config.max_len; // `max_len`: older configs (CodeBERTa-small-v1)
  const preTokenizer = tokenizerJson?.pre_tokenizer as JsonObject | null | undefined;
  return {
    vocab,
    merges,
    addedTokens: [...addedTokens.values()].sort((a, b) => a.id - b.id),
    roles,
    additionalSpecialTokens,
    modelMaxLength: typeof maxLength === 'number' ? maxLength : VERY_LARGE_INTEGER,
    addPrefixSpace: Boolean(config.add_prefix_space ?? preTokenizer?.add_prefix_space ?? false),
    cleanUpTokenizationSpaces: Boolean(config.clean_up_tokenization_spaces ?? true),
    errors: config.errors === 'strict' ? 'strict' : 'replace',
  };
}
