/**
 * Evaluation over a set of files, per view (the seed's validate and _evaluate, asked the questions a detector
 * is asked): the whole file (read in windows whose log-probabilities are combined), a 20-line cut, a 5-line cut,
 * or the seed's head. For each view: mean loss, accuracy, macro F1, predictions, confusion matrix and the
 * classification report. The cuts are drawn from (seed, view, path): the same files are cut the same way every
 * epoch and in every run with that seed.
 */
import { deriveSeed, Rng } from '../random.ts';
import type { EncodedDataset } from '../data/encodedDataset.ts';
import { CUT_LINES, linesCut, type EvalView } from '../data/views.ts';
import { textWindows, type WindowTokenizer } from '../data/windows.ts';
import { inputLogProbs } from '../inference/windowScores.ts';
import type { ForwardContext } from '../model/context.ts';
import type { RobertaModel } from '../model/params.ts';
import { accuracy, classificationReport, confusionMatrix, type ClassificationReport } from './metrics.ts';

export interface ViewEvaluation {
  view: EvalView;
  /** Mean cross-entropy of the files' (combined) distributions. */
  loss: number;
  accuracy: number;
  macroF1: number;
  /** Predicted label per file, in the order of `examples`. */
  yPred: Int32Array;
  confusionMatrix: number[][];
  report: ClassificationReport;
}

export interface EvaluationResult {
  /** Mean of the views' losses: what early stopping watches. */
  loss: number;
  /** Example indices (into the dataset) in the order given, and their true labels. */
  examples: Int32Array;
  yTrue: Int32Array;
  views: ViewEvaluation[];
}

export interface EvaluateOptions {
  views: readonly EvalView[];
  batchSize: number;
  /** Needed for every view but 'head'. */
  tokenizer?: WindowTokenizer;
  /** Seed of the cuts (the run's seed). */
  seed: number;
  ctx?: ForwardContext;
  /** Token rows per (view, example), reused across calls (validation is scored every epoch on the same cuts). */
  cache?: Map<string, Int32Array[]>;
}

/** Token windows of example `i` under `view` (one row, except 'whole' on a long file). */
export function viewRows(data: EncodedDataset, i: number, view: EvalView, tokenizer: WindowTokenizer | undefined, seed: number): Int32Array[] {
  if (view === 'head') return [data.tokenIds[i]!];
  if (!tokenizer) throw new Error(`the ${view} view needs the tokenizer`);
  const text = data.texts[i]!;
  if (view === 'whole') return textWindows(tokenizer, text, data.maxLength);
  const cut = linesCut(text, CUT_LINES[view], Rng.fromSeed(deriveSeed(seed, `eval-view/${view}/${data.paths[i]}`)));
  return [Int32Array.from(tokenizer.encode(cut, { truncation: true, maxLength: data.maxLength }).inputIds)];
}

export async function evaluate(model: RobertaModel, data: EncodedDataset, indices: readonly number[], opts: EvaluateOptions): Promise<EvaluationResult> {
  const yTrue = Int32Array.from(indices, (i) => data.exampleLabels[i]!);
  const views: ViewEvaluation[] = [];
  for (const view of opts.views) {
    const windows = indices.map((i) => {
      const key = `${view}/${i}`;
      let rows = opts.cache?.get(key);
      if (!rows) {
        rows = viewRows(data, i, view, opts.tokenizer, opts.seed);
        opts.cache?.set(key, rows);
      }
      return rows;
    });
    const logProbs = await inputLogProbs(model, windows, { padId: data.padId, batchSize: opts.batchSize, ctx: opts.ctx });
    views.push(scoreView(view, logProbs, yTrue, data.labels));
  }
  return {
    loss: views.length > 0 ? views.reduce((s, v) => s + v.loss, 0) / views.length : NaN,
    examples: Int32Array.from(indices),
    yTrue,
    views,
  };
}

function scoreView(view: EvalView, logProbs: readonly Float32Array[], yTrue: Int32Array, labels: readonly string[]): ViewEvaluation {
  const n = yTrue.length;
  const yPred = new Int32Array(n);
  let lossSum = 0;
  for (let r = 0; r < n; r++) {
    const lp = logProbs[r]!;
    let best = 0;
    for (let c = 1; c < lp.length; c++) if (lp[c]! > lp[best]!) best = c;
    yPred[r] = best;
    lossSum -= lp[yTrue[r]!]!;
  }
  const report = classificationReport(yTrue, yPred, labels);
  return {
    view,
    loss: n > 0 ? lossSum / n : NaN,
    accuracy: n > 0 ? accuracy(yTrue, yPred) : NaN,
    macroF1: report.macro.f1,
    yPred,
    confusionMatrix: confusionMatrix(yTrue, yPred, labels.length),
    report,
  };
}
