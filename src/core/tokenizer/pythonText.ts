/**
 * Python string semantics that the slow tokenizer depends on and JavaScript spells differently.
 *
 * Two different whitespace sets are involved, and neither is JavaScript's:
 * - `str.isspace()` / `str.strip()` (used around lstrip/rstrip added tokens and for `add_prefix_space`):
 *   Unicode White_Space plus U+001C..U+001F (Python counts bidi classes B/S as space).
 * - the `regex` module's `\s` (used by the GPT-2 pattern): exactly Unicode White_Space.
 * JavaScript's `\s` and `trim()` are White_Space plus U+FEFF (BOM): wrong for both.
 */

/** Code points for which Python 3.11's `str.isspace()` is true (stable across Unicode 6.3..17). */
function isPythonSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  if (c < 0x85) return false;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Python `s[0].isspace()` for a non-empty string (every space character is a single UTF-16 unit). */
export const pythonStartsWithSpace = (s: string): boolean => s.length > 0 && isPythonSpaceCode(s.charCodeAt(0));

/** Python `s.rstrip()`. */
export function pythonRstrip(s: string): string {
  let end = s.length;
  while (end > 0 && isPythonSpaceCode(s.charCodeAt(end - 1))) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Python `s.lstrip()`. */
export function pythonLstrip(s: string): string {
  let start = 0;
  while (start < s.length && isPythonSpaceCode(s.charCodeAt(start))) start++;
  return start === 0 ? s : s.slice(start);
}

/** Python `s.split()` (no separator): split on runs of `str.isspace()` characters, no empty parts. */
export function pythonSplitWhitespace(s: string): string[] {
  const parts: string[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const space = i === s.length || isPythonSpaceCode(s.charCodeAt(i));
    if (space && start >= 0) {
      parts.push(s.slice(start, i));
      start = -1;
    } else if (!space && start < 0) {
      start = i;
    }
  }
  return parts;
}
