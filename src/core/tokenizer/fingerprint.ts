import { fnv1a32 } from '../hash.ts';
import type { CodeTokenizer } from './codeTokenizer.ts';

/**
 * A short identity of a tokenizer's vocabulary and merges (FNV-1a over vocab.json + merges.txt as exported),
 * stored in training checkpoints so a run is never resumed with a different tokenizer.
 */
export function tokenizerFingerprint(tokenizer: CodeTokenizer): string {
  const files = tokenizer.toFiles();
  const h = fnv1a32([files['vocab.json'], '\u0000', files['merges.txt']]);
  return `bpe-${tokenizer.vocabSize}-${h.toString(16).padStart(8, '0')}`;
}
