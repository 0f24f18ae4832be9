import type { SkipReason } from './skipReasons.ts';

export type NewlineMode =
  /** Keep the bytes' text exactly (CRLF stays CRLF). */
  | 'keep'
  /** Python's `Path.read_text()` (universal newlines, the seed's reader): CRLF and lone CR become LF. */
  | 'universal';

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: SkipReason };

// fatal: reject invalid UTF-8 instead of inserting U+FFFD; ignoreBOM: keep a leading U+FEFF in the
// text, as Python's utf-8 codec does, because the tokenizer sees (and encodes) it.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Turn a file's bytes into training text, or say why it is not usable. Linear in the size. */
export function decodeSourceText(bytes: Uint8Array, newlines: NewlineMode = 'keep'): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  // NUL never occurs in source text but in nearly every binary format (and in UTF-16 text).
  if (bytes.indexOf(0) !== -1) return { ok: false, reason: 'binary' };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, reason: 'invalid-utf8' };
  }
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  if (newlines === 'universal') text = text.replace(/\r\n?/g, '\n');
  return { ok: true, text };
}
