import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatClassificationReport, formatFixed } from '../../src/core/train/formatReport.ts';
import {
  accuracy,
  classificationReport,
  confusionMatrix,
  numpySum,
  reportToSklearnDict,
} from '../../src/core/train/metrics.ts';

interface MetricsCase {
  y_true: number[];
  y_pred: number[];
  labels: string[];
  accuracy: number;
  confusion_matrix: number[][];
  report: Record<string, unknown>;
  report_text: string;
}

// The shared fixtures sit beside the checkout (../shared/fixtures, see DEVELOPERS.md).
const fixtureUrl = new URL('../../../shared/fixtures/metrics_cases.json', import.meta.url);
const fixture = JSON.parse(readFileSync(fixtureUrl, 'utf8')) as { cases: MetricsCase[] };

describe('metrics vs scikit-learn 1.2.1 (fixtures/metrics_cases.json)', () => {
  it('has cases to check', () => {
    expect(fixture.cases.length).toBeGreaterThanOrEqual(4);
  });

  fixture.cases.forEach((c, index) => {
    describe(`case ${index} (${c.y_true.length} examples)`, () => {
      it('accuracy is exactly sklearn accuracy_score', () => {
        expect(accuracy(c.y_true, c.y_pred)).toBe(c.accuracy);
      });

      it('confusion matrix (rows true, columns predicted) is exactly sklearn confusion_matrix', () => {
        expect(confusionMatrix(c.y_true, c.y_pred, c.labels.length)).toEqual(c.confusion_matrix);
      });

      it('report numbers are bit-identical to classification_report(output_dict=True)', () => {
        const report = classificationReport(c.y_true, c.y_pred, c.labels);
        // toEqual on numbers is exact (Object.is): this asserts the last bit, not a tolerance.
        expect(reportToSklearnDict(report)).toEqual(c.report);
        expect(report.accuracy).toBe(c.accuracy);
      });

      it('report text is character-for-character sklearn digits=4', () => {
        const text = formatClassificationReport(classificationReport(c.y_true, c.y_pred, c.labels), 4);
        expect(text).toBe(c.report_text);
      });
    });
  });
});

describe('classificationReport edge cases', () => {
  it('uses sklearn\'s "micro avg" heading when a label never occurs in y_true or y_pred', () => {
    const c = fixture.cases[0]!;
    const labels = [...c.labels, 'zig']; // a 7th label that nothing is or predicts
    const report = classificationReport(c.y_true, c.y_pred, labels);
    expect(report.microHeading).toBe('micro avg');
    expect(report.perClass[6]).toEqual({ precision: 0, recall: 0, f1: 0, support: 0 });
    // The six real classes are unchanged, and micro precision is still the accuracy.
    const dict = reportToSklearnDict(report);
    for (const name of c.labels) expect(dict[name]).toEqual(c.report[name]);
    expect(report.micro.precision).toBe(c.accuracy);
    expect(dict.accuracy).toBeUndefined();
    expect(dict['micro avg']).toMatchObject({ precision: c.accuracy, recall: c.accuracy, support: c.y_true.length });

    const lines = formatClassificationReport(report).split('\n');
    expect(lines.some((l) => l.trimStart().startsWith('accuracy'))).toBe(false);
    const micro = lines.find((l) => l.trimStart().startsWith('micro avg'))!;
    expect(micro.trim().split(/\s+/)).toEqual(['micro', 'avg', '0.8500', '0.8500', '0.8500', '40']);
  });

  it('widens the name column for long labels, counting code points as Python does', () => {
    const report = classificationReport([0, 1, 1], [0, 1, 0], ['objective-c++-long-name', 'é']);
    const lines = formatClassificationReport(report).split('\n');
    expect(lines[0]).toBe(' '.repeat('objective-c++-long-name'.length + 1) + ' precision    recall  f1-score   support');
    // 'é' has p = 1/1, r = 1/2: right-aligned to the 23-character name column.
    expect(lines[3]).toBe(' '.repeat(22) + 'é     1.0000    0.5000    0.6667         2');
  });

  it('rejects mismatched lengths, empty input and out-of-range labels', () => {
    expect(() => accuracy([0, 1], [0])).toThrow(/2 entries/);
    expect(() => accuracy([], [])).toThrow(/at least one/);
    expect(() => confusionMatrix([0, 3], [0, 1], 3)).toThrow(RangeError);
    expect(() => classificationReport([0, 1], [0, -1], ['a', 'b'])).toThrow(RangeError);
  });
});

describe('formatFixed (Python format(x, ".Nf"))', () => {
  it('rounds exact binary ties half to even, like Python (values checked with CPython 3)', () => {
    // python3 -c "print(format(0.03125,'.4f'), format(0.09375,'.4f'), format(0.15625,'.4f'), format(2.5,'.0f'))"
    // → 0.0312 0.0938 0.1562 2
    expect(formatFixed(0.03125, 4)).toBe('0.0312');
    expect(formatFixed(0.09375, 4)).toBe('0.0938');
    expect(formatFixed(0.15625, 4)).toBe('0.1562');
    expect(formatFixed(2.5, 0)).toBe('2');
  });

  it('agrees with toFixed away from ties', () => {
    for (const x of [0, 1, 0.85, 2 / 3, 0.8137210012210012, 0.33333333333333337, 0.99995, 1e-9]) {
      expect(formatFixed(x, 4)).toBe(x.toFixed(4));
    }
  });
});

describe('numpySum (NumPy pairwise summation)', () => {
  it('adds fewer than 8 values left to right', () => {
    const xs = [0.1, 0.2, 0.3, 1e16, -1e16, 0.4];
    expect(numpySum(xs)).toBe(((((0.1 + 0.2) + 0.3) + 1e16) + -1e16) + 0.4);
  });

  it('uses 8 interleaved partial sums combined as a tree from 8 values on', () => {
    const xs = Array.from({ length: 19 }, (_, i) => 1 / (i + 3));
    const r = xs.slice(0, 8);
    for (let j = 0; j < 8; j++) r[j] = r[j]! + xs[8 + j]!;
    const tree = ((r[0]! + r[1]!) + (r[2]! + r[3]!)) + ((r[4]! + r[5]!) + (r[6]! + r[7]!));
    expect(numpySum(xs)).toBe(tree + xs[16]! + xs[17]! + xs[18]!);
    // Order matters in floating point: the sequential sum of these values is different.
    expect(xs.reduce((a, b) => a + b, 0)).not.toBe(numpySum(xs));
  });

  it('is exact on integers for long arrays (the >128 halving path)', () => {
    const xs = Array.from({ length: 1000 }, (_, i) => i);
    expect(numpySum(xs)).toBe((999 * 1000) / 2);
  });
});
