/**
 * ids → text as transformers 4.40 `PreTrainedTokenizer._decode` + RobertaTokenizer.convert_tokens_to_string
 * do it: the tokens are joined and their byte-level characters turned back into bytes as ONE string (special
 * tokens included: "<s>" is plain ASCII in the byte alphabet), decoded as UTF-8 with errors="replace".
 * Only "legacy" added tokens (added, not special) are decoded on their own and joined with spaces.
 */
import { fromByteLevel } from './byteLevel.ts';

// ignoreBOM: keep a leading U+FEFF as Python's "utf-8" codec does. Without `fatal`, invalid bytes become
// U+FFFD per maximal invalid subsequence, the same as Python's errors="replace" (checked on 20,000 random
// byte strings against CPython 3.11).
const replacingDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function byteLevelTokensToString(tokens: readonly string[], errors: 'replace' | 'strict'): string {
  return (errors === 'strict' ? strictDecoder : replacingDecoder).decode(fromByteLevel(tokens));
}

/** transformers' `clean_up_tokenization`: removes spaces before punctuation and English contractions. */
export const cleanUpTokenization = (text: string): string =>
  text
    .replaceAll(' .', '.')
    .replaceAll(' ?', '?')
    .replaceAll(' !', '!')
    .replaceAll(' ,', ',')
    .replaceAll(" ' ", "'")
    .replaceAll(" n't", "n't")
    .replaceAll(" 'm", "'m")
    .replaceAll(" 's", "'s")
    .replaceAll(" 've", "'ve")
    .replaceAll(" 're", "'re");

/**
 * Join decoded tokens the way `_decode` does: runs of ordinary tokens are decoded together; each token in
 * `separateTokens` (legacy added tokens) stands alone; the pieces are joined with single spaces
 * (spaces_between_special_tokens=True).
 */
export function joinDecoded(tokens: readonly string[], separateTokens: ReadonlySet<string>, errors: 'replace' | 'strict'): string {
  if (separateTokens.size === 0) return byteLevelTokensToString(tokens, errors);
  const subTexts: string[] = [];
  let current: string[] = [];
  for (const token of tokens) {
    if (separateTokens.has(token)) {
      if (current.length > 0) {
        const text = byteLevelTokensToString(current, errors);
        if (text.length > 0) subTexts.push(text);
        current = [];
      }
      subTexts.push(token);
    } else {
      current.push(token);
    }
  }
  if (current.length > 0) subTexts.push(byteLevelTokensToString(current, errors));
  return subTexts.join(' ');
}
