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

/**
 * UTF-16 text: a byte-order mark (FF FE / FE FF), or, without one, ASCII characters with a NUL beside every one
 * of the first few (what Windows tools write). Told apart from binary so the message says what to do.
 */
export function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const pairs = Math.min(64, Math.floor(bytes.length / 2));
  if (pairs < 2) return false;
  const nulAt = (parity: number) => {
    for (let i = 0; i < pairs; i++) {
      const nul = bytes[2 * i + parity]!;
      const char = bytes[2 * i + 1 - parity]!;
      if (nul !== 0 || char === 0 || char > 0x7e) return false;
    }
    return true;
  };
  return nulAt(1) || nulAt(0);
}

/** Turn a file's bytes into training text, or say why it is not usable. Linear in the size. */
export function decodeSourceText(bytes: Uint8Array, newlines: NewlineMode = 'keep'): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (looksLikeUtf16(bytes)) return { ok: false, reason: 'utf-16' };
  // NUL never occurs in source text but in nearly every binary format.
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
