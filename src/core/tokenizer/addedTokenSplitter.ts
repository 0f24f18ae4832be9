/**
 * First step of the slow tokenizer's `tokenize`: cut the text at added tokens (`<s>`, `</s>`, `<mask>`, …
 * typed in the text become those tokens), then let each token eat the whitespace its flags say
 * (`<mask>` has lstrip: "x =   <mask>" → "x =", "<mask>"). A port of transformers 4.40
 * `PreTrainedTokenizer.tokenize` up to `_tokenize`, with Python's `str.rstrip()`/`lstrip()` whitespace
 * (@huggingface/tokenizers uses JS `trimEnd()`, which strips U+FEFF and keeps U+0085 and U+001C..U+001F).
 */
import { pythonLstrip, pythonRstrip } from './pythonText.ts';
import type { AddedTokenSpec } from './types.ts';

/** A piece of text for the regex + BPE, or an added token. */
export type Segment = string | AddedTokenSpec;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class AddedTokenSplitter {
  private readonly byContent: Map<string, AddedTokenSpec>;
  /** Leftmost-longest match of any added token (alternatives longest first), like transformers' Trie. */
  private readonly pattern: RegExp | null;

  constructor(tokens: readonly AddedTokenSpec[]) {
    this.byContent = new Map(tokens.filter((t) => t.content.length > 0).map((t) => [t.content, t]));
    const contents = [...this.byContent.keys()].sort((a, b) => b.length - a.length);
    this.pattern = contents.length > 0 ? new RegExp(contents.map(escapeRegExp).join('|'), 'g') : null;
  }

  /** `tokens_trie.split(text)`: the text cut before and after every added-token occurrence, no empty parts. */
  private cut(text: string): string[] {
    if (!this.pattern) return text.length > 0 ? [text] : [];
    const parts: string[] = [];
    let start = 0;
    this.pattern.lastIndex = 0;
    for (let m = this.pattern.exec(text); m !== null; m = this.pattern.exec(text)) {
      if (m.index > start) parts.push(text.slice(start, m.index));
      parts.push(m[0]);
      start = m.index + m[0].length;
    }
    if (start < text.length) parts.push(start === 0 ? text : text.slice(start));
    return parts;
  }

  /** The segments of `text`, in order, with the added tokens' whitespace stripping applied. */
  split(text: string): Segment[] {
    const parts = this.cut(text);
    if (parts.length === 1 && !this.byContent.has(parts[0]!)) return parts; // the common case: no added tokens
    // Mirrors the Python loop, which reads the already-updated neighbours as it goes.
    for (let i = 0; i < parts.length; i++) {
      const token = this.byContent.get(parts[i]!);
      if (!token) continue;
      const left = i > 0 ? parts[i - 1]! : '';
      const right = i < parts.length - 1 ? parts[i + 1]! : '';
      if (token.rstrip && right) parts[i + 1] = pythonLstrip(right);
      if (token.lstrip && left) parts[i - 1] = pythonRstrip(left);
      if (token.singleWord && left && !left.endsWith(' ')) {
        parts[i - 1] += parts[i]!;
        parts[i] = '';
      } else if (token.singleWord && right && !right.startsWith(' ')) {
        parts[i + 1] = parts[i]! + parts[i + 1]!;
        parts[i] = '';
      }
    }
    const segments: Segment[] = [];
    for (const part of parts) {
      if (part.length > 0) segments.push(this.byContent.get(part) ?? part);
    }
    return segments;
  }
}
