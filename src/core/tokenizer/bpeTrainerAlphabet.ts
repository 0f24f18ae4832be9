/**
 * GPT-2's 256 byte symbols in byte order (byte 0x20 → "Ġ", 0x0A → "Ċ"): the trainer's initial alphabet
 * and ids 4..259 of the vocabulary. byteLevel.ts keeps its copy private, so this reads the same source
 * (@huggingface/tokenizers' ByteLevel pre-tokenizer); the tests check both agree.
 */
import { ByteLevelPreTokenizer } from '@huggingface/tokenizers';

export const BYTE_SYMBOLS: readonly string[] = (() => {
  const encoder = new ByteLevelPreTokenizer({ type: 'ByteLevel' }).byte_encoder;
  const symbols = Array.from({ length: 256 }, (_, b) => encoder[b]);
  if (symbols.some((s) => typeof s !== 'string' || s.length !== 1) || new Set(symbols).size !== 256) {
    throw new Error('the byte-level alphabet is not 256 distinct characters');
  }
  return symbols as string[];
})();
