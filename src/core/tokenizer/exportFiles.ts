/**
 * Writing a tokenizer back out as a Hugging Face folder: vocab.json + merges.txt (what the slow
 * RobertaTokenizer reads), tokenizer.json (the `tokenizers` schema, for fast tokenizers and for
 * @huggingface/tokenizers), tokenizer_config.json and special_tokens_map.json. For the tiny-roberta
 * fixture every file comes out byte-identical to the reference folder.
 */
import type { MergePair } from './bpe.ts';
import { ROLES, VERY_LARGE_INTEGER, type TokenizerSpec } from './tokenizerSpec.ts';
import type { AddedTokenSpec, TokenizerFileTexts } from './types.ts';

/** A JSON object literal of `vocab` in id order at the given indent (JSON.stringify would put "0".."9" keys first). */
function vocabJsonText(vocab: Record<string, number>, indent: string | null): string {
  const entries = Object.entries(vocab).sort((a, b) => a[1] - b[1]);
  if (indent === null) return `{${entries.map(([t, id]) => `${JSON.stringify(t)}:${id}`).join(',')}}`;
  const inner = `${indent}  `;
  return `{\n${entries.map(([t, id]) => `${inner}${JSON.stringify(t)}: ${id}`).join(',\n')}\n${indent}}`;
}

export const mergesTxtText = (merges: readonly MergePair[]): string =>
  `#version: 0.2\n${merges.map(([a, b]) => `${a} ${b}\n`).join('')}`;

const addedTokenJson = (t: AddedTokenSpec) => ({
  id: t.id,
  content: t.content,
  single_word: t.singleWord,
  lstrip: t.lstrip,
  rstrip: t.rstrip,
  normalized: t.normalized,
  special: t.special,
});

/** JSON.stringify with 2-space indent; placeholders (strings) are then replaced by pre-rendered JSON. */
function stringifyWithRawValues(value: unknown, raw: Record<string, string>): string {
  let text = JSON.stringify(value, null, 2);
  // A replacer function, not a string: "$&" inside a vocab token must stay literal.
  for (const [placeholder, json] of Object.entries(raw)) text = text.replace(JSON.stringify(placeholder), () => json);
  return text;
}

/** model_max_length as Python writes it: int(1e30) is 1000000000000000019884624838656, not 1e+30. */
const MAX_LENGTH_PLACEHOLDER = '\u0000model_max_length\u0000';
const VOCAB_PLACEHOLDER = '\u0000vocab\u0000';

/** The tokenizer.json object (RoBERTa layout: ByteLevel pre-tokenizer/decoder, RobertaProcessing). */
export function tokenizerJsonText(spec: TokenizerSpec, tokenId: (content: string) => number): string {
  const { cls, sep } = spec.roles;
  const needsPairs = spec.merges.some(([a, b]) => a.includes(' ') || b.includes(' '));
  const json = {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: spec.addedTokens.map(addedTokenJson),
    normalizer: null,
    pre_tokenizer: { type: 'ByteLevel', add_prefix_space: spec.addPrefixSpace, trim_offsets: true, use_regex: true },
    post_processor:
      cls !== null && sep !== null
        ? {
            type: 'RobertaProcessing',
            sep: [sep, tokenId(sep)],
            cls: [cls, tokenId(cls)],
            trim_offsets: true,
            add_prefix_space: spec.addPrefixSpace,
          }
        : null,
    decoder: { type: 'ByteLevel', add_prefix_space: true, trim_offsets: true, use_regex: true },
    model: {
      type: 'BPE',
      dropout: null,
      unk_token: null,
      continuing_subword_prefix: '',
      end_of_word_suffix: '',
      fuse_unk: false,
      byte_fallback: false,
      vocab: VOCAB_PLACEHOLDER,
      // "a b" strings unless a symbol contains a space; then the newer [a, b] form.
      merges: spec.merges.map(([a, b]) => (needsPairs ? [a, b] : `${a} ${b}`)),
    },
  };
  return `${stringifyWithRawValues(json, { [VOCAB_PLACEHOLDER]: vocabJsonText(spec.vocab, '    ') })}\n`;
}

/** How a special token goes into special_tokens_map.json: a string, or a dict when its flags matter. */
function specialTokenValue(token: AddedTokenSpec | undefined, content: string, isMask: boolean): unknown {
  // A plain-string mask would come back with lstrip=True (RobertaTokenizer.__init__), so masks are always dicts.
  if (!token || (!isMask && !token.lstrip && !token.rstrip && !token.singleWord)) return content;
  return { content, single_word: token.singleWord, lstrip: token.lstrip, rstrip: token.rstrip, normalized: token.normalized };
}

export function specialTokensMapText(spec: TokenizerSpec): string {
  const byContent = new Map(spec.addedTokens.map((t) => [t.content, t]));
  const map: Record<string, unknown> = {};
  for (const role of ROLES) {
    const content = spec.roles[role];
    if (content !== null) map[`${role}_token`] = specialTokenValue(byContent.get(content), content, role === 'mask');
  }
  if (spec.additionalSpecialTokens.length > 0) {
    map.additional_special_tokens = spec.additionalSpecialTokens.map((c) => specialTokenValue(byContent.get(c), c, false));
  }
  return `${JSON.stringify(map, null, 2)}\n`;
}

export function tokenizerConfigText(spec: TokenizerSpec): string {
  const config: Record<string, unknown> = {
    tokenizer_class: 'RobertaTokenizer',
    model_max_length: spec.modelMaxLength >= VERY_LARGE_INTEGER ? MAX_LENGTH_PLACEHOLDER : spec.modelMaxLength,
    add_prefix_space: spec.addPrefixSpace,
    errors: spec.errors,
  };
  for (const role of ['bos', 'eos', 'sep', 'cls', 'unk', 'pad', 'mask'] as const) {
    if (spec.roles[role] !== null) config[`${role}_token`] = spec.roles[role];
  }
  config.trim_offsets = true;
  if (!spec.cleanUpTokenizationSpaces) config.clean_up_tokenization_spaces = false;
  if (spec.additionalSpecialTokens.length > 0) config.additional_special_tokens = spec.additionalSpecialTokens;
  // Added tokens outside vocab.json would get lost (or new ids) on reload without this table.
  if (spec.addedTokens.some((t) => !Object.hasOwn(spec.vocab, t.content) || spec.vocab[t.content] !== t.id)) {
    config.added_tokens_decoder = Object.fromEntries(
      spec.addedTokens.map((t) => {
        const { id, ...flags } = addedTokenJson(t);
        return [String(id), flags];
      }),
    );
  }
  return `${stringifyWithRawValues(config, { [MAX_LENGTH_PLACEHOLDER]: '1000000000000000019884624838656' })}\n`;
}

export function exportTokenizerFiles(spec: TokenizerSpec, tokenId: (content: string) => number): TokenizerFileTexts {
  return {
    'vocab.json': vocabJsonText(spec.vocab, null),
    'merges.txt': mergesTxtText(spec.merges),
    'tokenizer.json': tokenizerJsonText(spec, tokenId),
    'tokenizer_config.json': tokenizerConfigText(spec),
    'special_tokens_map.json': specialTokensMapText(spec),
  };
}
