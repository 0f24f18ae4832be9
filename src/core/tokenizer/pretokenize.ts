/**
 * GPT-2 / RoBERTa pre-tokenization: the regex that cuts text into pieces before byte-level BPE.
 *
 * transformers compiles `'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+`
 * with Python's `regex` module, whose `\s` is exactly Unicode White_Space (it includes U+0085 NEL and
 * excludes U+FEFF BOM). JavaScript's `/\s/u` is the opposite on both, and @huggingface/tokenizers'
 * ByteLevel pre-tokenizer uses it verbatim, so it splits " \u0085" and " \uFEFF" differently from Python
 * (the fixture cases space_nel_word, space_bom_word, bom_then_newline). We spell `\s` as
 * `\p{White_Space}` and `\S` as `\P{White_Space}`; everything else is the same pattern.
 */
export const GPT2_PRETOKENIZE_PATTERN = String.raw`'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\p{White_Space}\p{L}\p{N}]+|\p{White_Space}+(?!\P{White_Space})|\p{White_Space}+`;

/**
 * A fresh global regex for the pattern. Global regexes carry `lastIndex` state, so each tokenizer owns
 * one (created once, reused for every call) instead of compiling per call.
 */
export const createPretokenizeRegex = (): RegExp => new RegExp(GPT2_PRETOKENIZE_PATTERN, 'gu');

const sharedRegex = createPretokenizeRegex();

/**
 * Python `regex.findall(pat, text)`. Every alternative consumes at least one character and every
 * character matches some alternative, so the pieces concatenate back to `text`.
 */
export function pretokenize(text: string): string[] {
  sharedRegex.lastIndex = 0;
  return text.match(sharedRegex) ?? [];
}
