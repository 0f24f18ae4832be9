/**
 * Scores of token rows, and of inputs read as several rows (windows): the shared numeric path of predict and
 * evaluation. An input's log-probabilities are the mean of its windows' log-probabilities, renormalised (a
 * geometric mean of the windows' distributions): every window votes, a confident window counts more, and an
 * input read as one window gets exactly its softmax.
 */
import * as tf from '@tensorflow/tfjs-core';
import { makeBatch } from '../data/batches.ts';
import { planEvaluation } from '../data/epochPlan.ts';
import { inferenceContext, type ForwardContext } from '../model/context.ts';
import type { RobertaModel } from '../model/params.ts';
import { forward } from '../model/sequenceClassifier.ts';

/** Log-softmax [rows][labels] of each row of token ids (<s> … </s>), batched by length, padded per batch. */
export async function rowLogProbs(
  model: RobertaModel,
  rows: readonly Int32Array[],
  opts: { padId: number; batchSize: number; ctx?: ForwardContext },
): Promise<Float32Array[]> {
  const out = new Array<Float32Array>(rows.length);
  const ctx = opts.ctx ?? inferenceContext();
  const noLabels = new Int32Array(rows.length); // makeBatch pads rows; the scores need no labels
  for (const indices of planEvaluation(rows.map((r) => r.length), opts.batchSize)) {
    const batch = makeBatch(rows, noLabels, indices, { padId: opts.padId });
    const logProbs = tf.tidy(() => {
      const shape: [number, number] = [batch.batchSize, batch.seqLen];
      const inputIds = tf.tensor2d(batch.inputIds, shape, 'int32'); // [B, T]
      const attentionMask = tf.tensor2d(batch.attentionMask, shape, 'int32'); // [B, T]
      return tf.logSoftmax(forward(model, { inputIds, attentionMask }, ctx).logits); // [B, C]
    });
    const values = (await logProbs.data()) as Float32Array; // device → host once per batch: the scores are the result
    const numLabels = logProbs.shape[1]!;
    logProbs.dispose();
    indices.forEach((rowIndex, r) => (out[rowIndex] = values.slice(r * numLabels, (r + 1) * numLabels)));
  }
  return out;
}

/** log-softmax of the mean of the windows' log-probabilities: the input's log-probabilities. */
export function combineWindows(windows: readonly Float32Array[]): Float32Array {
  if (windows.length === 1) return windows[0]!;
  const numLabels = windows[0]!.length;
  const mean = new Float64Array(numLabels);
  for (const w of windows) for (let c = 0; c < numLabels; c++) mean[c]! += w[c]! / windows.length;
  let max = -Infinity;
  for (const v of mean) max = Math.max(max, v);
  let sum = 0;
  for (const v of mean) sum += Math.exp(v - max);
  const logZ = max + Math.log(sum);
  return Float32Array.from(mean, (v) => v - logZ);
}

/**
 * Log-probabilities of each input given as its windows: all windows of all inputs are scored together (batched
 * by length), then combined per input.
 */
export async function inputLogProbs(
  model: RobertaModel,
  windowsPerInput: readonly (readonly Int32Array[])[],
  opts: { padId: number; batchSize: number; ctx?: ForwardContext },
): Promise<Float32Array[]> {
  const rows = windowsPerInput.flat();
  const scores = await rowLogProbs(model, rows, opts);
  const out: Float32Array[] = [];
  let next = 0;
  for (const windows of windowsPerInput) {
    out.push(combineWindows(scores.slice(next, next + windows.length)));
    next += windows.length;
  }
  return out;
}
