/**
 * The classification report as the text table scikit-learn 1.2.1 prints, character for character, so a
 * report from this app can be diffed against the seed's log.
 */
import type { ClassificationReport, ClassScores } from './metrics.ts';

const HEADERS = ['precision', 'recall', 'f1-score', 'support'];
const LONGEST_AVERAGE_HEADING = 'weighted avg';

export function formatClassificationReport(report: ClassificationReport, digits = 4): string {
  // Python's len() and str.rjust count code points, not UTF-16 units.
  const width = Math.max(...report.labels.map(codePointLength), LONGEST_AVERAGE_HEADING.length, digits);
  const heading = (name: string) => padStart(name, width) + ' ';
  const number = (x: number) => ' ' + padStart(formatFixed(x, digits), 9);
  const count = (n: number) => ' ' + padStart(String(n), 9);
  const row = (name: string, s: ClassScores) =>
    heading(name) + number(s.precision) + number(s.recall) + number(s.f1) + count(s.support) + '\n';

  let text = heading('') + HEADERS.map((h) => ' ' + padStart(h, 9)).join('') + '\n\n';
  report.labels.forEach((name, i) => (text += row(name, report.perClass[i]!)));
  text += '\n';
  if (report.microHeading === 'accuracy') {
    // sklearn formats two empty strings in the precision and recall columns.
    text += heading('accuracy') + ' '.repeat(20) + number(report.micro.f1) + count(report.micro.support) + '\n';
  } else {
    text += row('micro avg', report.micro);
  }
  text += row('macro avg', report.macro);
  text += row('weighted avg', report.weighted);
  return text;
}

/**
 * Python's `format(x, '.{digits}f')`. `Number.prototype.toFixed` is also exactly rounded except on exact
 * ties, where it rounds up and Python rounds half to even (0.03125 → "0.0313" vs "0.0312"). A double is
 * an exact tie at `digits` decimals only if x · 2^(digits+1) is an odd integer, so that case is fixed up.
 */
export function formatFixed(x: number, digits: number): string {
  const text = x.toFixed(digits);
  const scaled = Math.abs(x) * 2 ** (digits + 1); // exact: scaling by a power of two
  const isTie = Number.isInteger(scaled) && scaled % 2 === 1 && Math.abs(x) < 2 ** 52;
  if (!isTie) return text;
  const lastDigit = text.charCodeAt(text.length - 1) - 48;
  if (lastDigit % 2 === 0) return text;
  // toFixed rounded the magnitude up to an odd last digit; the even neighbour is one unit lower. The
  // last digit is odd, so it is at least 1 and no borrow is needed.
  return text.slice(0, -1) + String(lastDigit - 1);
}

const codePointLength = (s: string) => [...s].length;
const padStart = (s: string, width: number) => ' '.repeat(Math.max(0, width - codePointLength(s))) + s;
