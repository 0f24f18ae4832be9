/**
 * GPT-2's byte-level alphabet: every UTF-8 byte is shown as one printable character (space → "Ġ",
 * "\n" → "Ċ"), so BPE works on strings without ever seeing whitespace or control characters.
 * The table comes from @huggingface/tokenizers (its ByteLevel pre-tokenizer/decoder hold it); the
 * hot-path conversion is ours because the library's per-token `Array.from(...).map().join()` is
 * several times slower and we call this for every uncached pre-token.
 */
import { ByteLevelDecoder, ByteLevelPreTokenizer } from '@huggingface/tokenizers';

/** byte → its GPT-2 character. */
const BYTE_TO_CHAR: readonly string[] = (() => {
  const encoder = new ByteLevelPreTokenizer({ type: 'ByteLevel' }).byte_encoder;
  const table = Array.from({ length: 256 }, (_, b) => encoder[b]);
  if (table.some((c) => typeof c !== 'string' || c.length !== 1)) throw new Error('byte-level table is incomplete');
  return table as string[];
})();

/** GPT-2 character (as a UTF-16 code unit) → byte; -1 for characters outside the alphabet. */
const CHAR_TO_BYTE: Int16Array = (() => {
  const decoder = new ByteLevelDecoder({ type: 'ByteLevel' }).byte_decoder;
  const table = new Int16Array(0x200).fill(-1); // every alphabet character is below U+0200
  for (const [char, byte] of Object.entries(decoder)) table[char.charCodeAt(0)] = Number(byte);
  return table;
})();

const utf8Encoder = new TextEncoder();
let scratch = new Uint8Array(1024);

/** The byte-level string of `text`'s UTF-8 bytes (Python `"".join(byte_encoder[b] for b in text.encode())`). */
export function toByteLevel(text: string): string {
  let out = '';
  let i = 0;
  // ASCII fast path: a byte per character, no encoder call.
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) break;
    out += BYTE_TO_CHAR[c];
  }
  if (i === text.length) return out;
  const rest = text.slice(i);
  // A UTF-16 unit becomes at most 3 UTF-8 bytes (a surrogate pair, 2 units, becomes 4).
  if (scratch.length < rest.length * 3) scratch = new Uint8Array(rest.length * 3);
  const { written } = utf8Encoder.encodeInto(rest, scratch);
  for (let j = 0; j < written; j++) out += BYTE_TO_CHAR[scratch[j]!];
  return out;
}

/**
 * Bytes of byte-level `tokens`, joined. Characters outside the alphabet (only possible in hand-made
 * added tokens; transformers raises KeyError there) are kept as their own UTF-8 bytes.
 */
export function fromByteLevel(tokens: readonly string[]): Uint8Array {
  const bytes: number[] = [];
  for (const token of tokens) {
    for (let i = 0; i < token.length; i++) {
      const c = token.charCodeAt(i);
      const b = c < CHAR_TO_BYTE.length ? CHAR_TO_BYTE[c]! : -1;
      if (b >= 0) {
        bytes.push(b);
      } else {
        const cp = token.codePointAt(i)!;
        const char = String.fromCodePoint(cp);
        i += char.length - 1;
        for (const x of utf8Encoder.encode(char)) bytes.push(x);
      }
    }
  }
  return Uint8Array.from(bytes);
}
