import type { CodeTokenizer } from './codeTokenizer.ts';

/**
 * A short identity of a tokenizer's vocabulary and merges (FNV-1a over vocab.json + merges.txt as exported),
 * stored in training checkpoints so a run is never resumed with a different tokenizer.
 */
export function tokenizerFingerprint(tokenizer: CodeTokenizer): string {
  const files = tokenizer.toFiles();
  let h = 0x811c9dc5;
  for (const text of [files['vocab.json'], '\u0000', files['merges.txt']]) {
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  }
  return `bpe-${tokenizer.vocabSize}-${h.toString(16).padStart(8, '0')}`;
}
