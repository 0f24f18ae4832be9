/**
 * Views of a file: which part of it the model reads. A detector is asked about whole files and about snippets
 * of a few lines, so it is trained on runs of lines of every length taken anywhere in a file ('random-lines'),
 * not only on each file's first max_length tokens ('head', the seed's recipe), which teaches it licence
 * headers, shebangs and `<?php` instead of the language.
 *
 * Lines are counted without blank lines: a "5-line view" holds five lines with code on them (and the blank
 * lines between them), so that a short view is never only whitespace. Every draw comes from an Rng the caller
 * derives from (seed, epoch or view name, path): views are reproducible and a resumed run sees the same ones.
 */
import type { Rng } from '../random.ts';

export const TRAIN_VIEWS = ['head', 'random-lines'] as const;
export type TrainViews = (typeof TRAIN_VIEWS)[number];

/** How evaluation reads a file: all of it (in windows), a 20- or 5-line cut, or its head (the seed's). */
export const EVAL_VIEWS = ['whole', 'l20', 'l5', 'head'] as const;
export type EvalView = (typeof EVAL_VIEWS)[number];

/** The lines of an `lN` view. */
export const CUT_LINES: Readonly<Record<'l20' | 'l5', number>> = { l20: 20, l5: 5 };

export const EVAL_VIEW_TEXT: Readonly<Record<EvalView, string>> = {
  whole: 'whole file',
  l20: '20 lines',
  l5: '5 lines',
  head: 'head (first max_length tokens)',
};

/** Parses "whole,l20,l5" (the CLI's and the config's spelling); throws naming the unknown view. */
export function parseEvalViews(list: string): EvalView[] {
  const views = list.split(',').map((v) => v.trim()).filter((v) => v !== '');
  if (views.length === 0) throw new RangeError('give at least one view (whole, l20, l5, head)');
  for (const v of views) {
    if (!(EVAL_VIEWS as readonly string[]).includes(v)) throw new RangeError(`unknown view "${v}" (known: ${EVAL_VIEWS.join(', ')})`);
  }
  return [...new Set(views)] as EvalView[];
}

export interface CodeLines {
  starts: number[];
  ends: number[];
}

/** Start and end offsets of every line with code on it (end excludes the newline). */
export function codeLines(text: string): CodeLines {
  const starts: number[] = [];
  const ends: number[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (/\S/.test(text.slice(start, end))) {
      starts.push(start);
      ends.push(end);
    }
    start = end + 1;
  }
  return { starts, ends };
}

/** The text of code lines [first, first + count) with the blank lines between them. */
function lineRun(text: string, lines: CodeLines, first: number, count: number): string {
  return text.slice(lines.starts[first]!, lines.ends[first + count - 1]!);
}

/**
 * A run of whole lines of log-uniform length (1 … all of them: short snippets as likely as long ones on a log
 * scale) starting anywhere. A file without code lines is returned as it is.
 */
export function randomLinesView(text: string, rng: Rng, lines: CodeLines = codeLines(text)): string {
  const n = lines.starts.length;
  if (n === 0) return text;
  const count = Math.min(n, Math.max(1, Math.floor(Math.exp(rng.uniform() * Math.log(n + 1)))));
  const first = rng.int(n - count + 1);
  return lineRun(text, lines, first, count);
}

/** `count` consecutive code lines starting at a random one; the whole file when it has no more than that. */
export function linesCut(text: string, count: number, rng: Rng): string {
  const lines = codeLines(text);
  const n = lines.starts.length;
  if (n <= count) return text;
  return lineRun(text, lines, rng.int(n - count + 1), count);
}
