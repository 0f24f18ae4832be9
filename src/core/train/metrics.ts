/**
 * Evaluation metrics, numerically identical to scikit-learn 1.2.1's `accuracy_score`,
 * `confusion_matrix` and `classification_report(labels=all, zero_division=0)` — the seed's report.
 * "Identical" down to the last bit: the same division order (f1 = 2·p·r / (p + r), not 2tp / (2tp + fp
 * + fn)), and NumPy's pairwise summation for the averages. Plain TS, no tfjs: predictions arrive as
 * label indices.
 */

export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
  /** Number of true examples of the class (or of all classes, for averages). */
  support: number;
}

export interface ClassificationReport {
  labels: string[];
  /** In label order. */
  perClass: ClassScores[];
  /** Fraction of predictions that are correct. */
  accuracy: number;
  /**
   * sklearn prints the micro average as "accuracy" when every label occurs in y_true or y_pred, and
   * as "micro avg" (with precision and recall) when some label never occurs in either.
   */
  microHeading: 'accuracy' | 'micro avg';
  micro: ClassScores;
  macro: ClassScores;
  weighted: ClassScores;
}

/** Fraction of positions where prediction equals truth. */
export function accuracy(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  checkPairs(yTrue, yPred);
  let correct = 0;
  for (let i = 0; i < yTrue.length; i++) if (yTrue[i] === yPred[i]) correct++;
  return correct / yTrue.length;
}

/** counts[true][predicted], numLabels × numLabels. */
export function confusionMatrix(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, numLabels: number): number[][] {
  checkPairs(yTrue, yPred);
  const matrix = Array.from({ length: numLabels }, () => new Array<number>(numLabels).fill(0));
  for (let i = 0; i < yTrue.length; i++) {
    const t = yTrue[i]!;
    const p = yPred[i]!;
    if (!isLabel(t, numLabels) || !isLabel(p, numLabels)) {
      throw new RangeError(`label out of range at position ${i}: true ${t}, predicted ${p} (${numLabels} labels)`);
    }
    matrix[t]![p]!++;
  }
  return matrix;
}

export function classificationReport(
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
  labelNames: readonly string[],
): ClassificationReport {
  const k = labelNames.length;
  const matrix = confusionMatrix(yTrue, yPred, k);
  const tp = matrix.map((row, i) => row[i]!);
  const trueSum = matrix.map((row) => row.reduce((a, b) => a + b, 0));
  const predSum = labelNames.map((_, j) => matrix.reduce((a, row) => a + row[j]!, 0));

  const perClass = labelNames.map((_, i) => scores(tp[i]!, predSum[i]!, trueSum[i]!));
  const precisions = perClass.map((c) => c.precision);
  const recalls = perClass.map((c) => c.recall);
  const f1s = perClass.map((c) => c.f1);
  const total = trueSum.reduce((a, b) => a + b, 0);

  const micro = scores(
    tp.reduce((a, b) => a + b, 0),
    predSum.reduce((a, b) => a + b, 0),
    total,
  );
  // np.average(x) = sum(x) / n; np.average(x, weights=w) = sum(x * w) / sum(w).
  const macro: ClassScores = {
    precision: numpySum(precisions) / k,
    recall: numpySum(recalls) / k,
    f1: numpySum(f1s) / k,
    support: total,
  };
  const weighted: ClassScores = {
    precision: numpySum(precisions.map((x, i) => x * trueSum[i]!)) / total,
    recall: numpySum(recalls.map((x, i) => x * trueSum[i]!)) / total,
    f1: numpySum(f1s.map((x, i) => x * trueSum[i]!)) / total,
    support: total,
  };
  const everyLabelSeen = trueSum.every((t, i) => t + predSum[i]! > 0);
  return {
    labels: [...labelNames],
    perClass,
    accuracy: micro.precision, // sklearn's report stores the micro precision as "accuracy"
    microHeading: everyLabelSeen ? 'accuracy' : 'micro avg',
    micro,
    macro,
    weighted,
  };
}

/** The report as sklearn's `output_dict=True` gives it (keys "f1-score", "macro avg"…), e.g. for JSON export. */
export function reportToSklearnDict(report: ClassificationReport): Record<string, number | Record<string, number>> {
  const row = (s: ClassScores) => ({ precision: s.precision, recall: s.recall, 'f1-score': s.f1, support: s.support });
  // No prototype: a language named "__proto__" or "constructor" is a key like any other.
  const dict: Record<string, number | Record<string, number>> = Object.create(null);
  report.labels.forEach((name, i) => (dict[name] = row(report.perClass[i]!)));
  if (report.microHeading === 'accuracy') dict.accuracy = report.accuracy;
  else dict['micro avg'] = row(report.micro);
  dict['macro avg'] = row(report.macro);
  dict['weighted avg'] = row(report.weighted);
  return dict;
}

/** sklearn's _prf_divide with zero_division=0, then F1 exactly as sklearn 1.2.1 computes it. */
function scores(truePositives: number, predicted: number, actual: number): ClassScores {
  const precision = predicted === 0 ? 0 : truePositives / predicted;
  const recall = actual === 0 ? 0 : truePositives / actual;
  const denominator = precision + recall;
  const f1 = denominator === 0 ? 0 : (2 * precision * recall) / denominator;
  return { precision, recall, f1, support: actual };
}

/**
 * NumPy's float64 `sum`: pairwise summation (blocks of 8 partial sums, halves above 128 elements).
 * Plain left-to-right summation differs in the last bits for 8+ classes.
 */
export function numpySum(values: readonly number[], start = 0, n = values.length): number {
  if (n < 8) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += values[start + i]!;
    return sum;
  }
  if (n <= 128) {
    const r = values.slice(start, start + 8);
    let i = 8;
    for (; i < n - (n % 8); i += 8) for (let j = 0; j < 8; j++) r[j]! += values[start + i + j]!;
    let sum = r[0]! + r[1]! + (r[2]! + r[3]!) + (r[4]! + r[5]! + (r[6]! + r[7]!));
    for (; i < n; i++) sum += values[start + i]!;
    return sum;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return numpySum(values, start, half) + numpySum(values, start + half, n - half);
}

function checkPairs(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): void {
  if (yTrue.length !== yPred.length) {
    throw new Error(`y_true has ${yTrue.length} entries but y_pred has ${yPred.length}`);
  }
  if (yTrue.length === 0) throw new Error('metrics need at least one example');
}

const isLabel = (x: number, numLabels: number) => Number.isInteger(x) && x >= 0 && x < numLabels;
