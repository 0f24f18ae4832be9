import { formatClassificationReport } from '../src/core/train/formatReport.ts';
import type { ClassificationReport } from '../src/core/train/metrics.ts';

/** The confusion matrix as an aligned table: rows are true labels, columns predicted. */
export function formatConfusionMatrix(labels: readonly string[], matrix: number[][]): string {
  const width = Math.max(...labels.map((l) => l.length), ...matrix.flat().map((n) => String(n).length), 'true\\pred'.length);
  const cell = (s: string) => s.padStart(width);
  const header = `${cell('true\\pred')} ${labels.map(cell).join(' ')}`;
  const rows = matrix.map((row, i) => `${cell(labels[i]!)} ${row.map((n) => cell(String(n))).join(' ')}`);
  return [header, ...rows].join('\n');
}

export function printEvaluation(
  title: string,
  e: { loss: number; accuracy: number; report: ClassificationReport; confusionMatrix: number[][] },
): void {
  console.log(`${title}: accuracy ${(e.accuracy * 100).toFixed(2)}%, loss ${e.loss.toFixed(4)}\n`);
  console.log(formatClassificationReport(e.report));
  console.log(`Confusion matrix (rows: true, columns: predicted)\n${formatConfusionMatrix(e.report.labels, e.confusionMatrix)}\n`);
}
