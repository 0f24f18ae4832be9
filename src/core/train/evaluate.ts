/**
 * Evaluation over a set of examples: mean loss, accuracy, predictions, confusion matrix and the
 * classification report (the seed's validate and _evaluate). Batches are sorted by length (least padding).
 */
import * as tf from '@tensorflow/tfjs-core';
import { makeBatch } from '../data/batches.ts';
import type { EncodedDataset } from '../data/encodedDataset.ts';
import { planEvaluation } from '../data/epochPlan.ts';
import { inferenceContext, type ForwardContext } from '../model/context.ts';
import type { RobertaModel } from '../model/params.ts';
import { forward } from '../model/sequenceClassifier.ts';
import { accuracy, classificationReport, confusionMatrix, type ClassificationReport } from './metrics.ts';
import { batchTensors } from './trainStep.ts';

export interface EvaluationResult {
  /** Example-weighted mean cross-entropy. */
  loss: number;
  accuracy: number;
  /** Example indices (into the dataset), their true labels and predicted labels, same order. */
  examples: Int32Array;
  yTrue: Int32Array;
  yPred: Int32Array;
  confusionMatrix: number[][];
  report: ClassificationReport;
}

export async function evaluate(
  model: RobertaModel,
  data: EncodedDataset,
  indices: readonly number[],
  opts: { batchSize: number; ctx?: ForwardContext },
): Promise<EvaluationResult> {
  const lengths = indices.map((i) => data.tokenIds[i]!.length);
  const plan = planEvaluation(lengths, opts.batchSize).map((b) => b.map((j) => indices[j]!));
  const ctx = opts.ctx ?? inferenceContext();
  const examples: number[] = [];
  const yTrue: number[] = [];
  const yPred: number[] = [];
  let lossSum = 0;
  for (const batchIndices of plan) {
    const batch = makeBatch(data.tokenIds, data.exampleLabels, batchIndices, { padId: data.padId });
    const [predicted, loss] = tf.tidy(() => {
      const tensors = batchTensors(batch);
      const out = forward(model, tensors, ctx);
      return [tf.argMax(out.logits, 1), out.loss!] as const; // [B], scalar
    });
    // Device → host once per evaluation batch: predictions are the point of evaluating.
    const [pred, l] = await Promise.all([predicted.data(), loss.data()]);
    tf.dispose([predicted, loss]);
    lossSum += l[0]! * batch.batchSize;
    for (let r = 0; r < batch.batchSize; r++) {
      examples.push(batchIndices[r]!);
      yTrue.push(batch.labels[r]!);
      yPred.push(pred[r]!);
    }
  }
  const n = examples.length;
  return {
    loss: n > 0 ? lossSum / n : NaN,
    accuracy: n > 0 ? accuracy(yTrue, yPred) : NaN,
    examples: Int32Array.from(examples),
    yTrue: Int32Array.from(yTrue),
    yPred: Int32Array.from(yPred),
    confusionMatrix: confusionMatrix(yTrue, yPred, data.labels.length),
    report: classificationReport(yTrue, yPred, data.labels),
  };
}
