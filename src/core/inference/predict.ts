/**
 * predict: texts → label + confidence + the probability of every label (the seed's `predict`, batched).
 */
import * as tf from '@tensorflow/tfjs-core';
import { inferenceContext } from '../model/context.ts';
import { forward } from '../model/sequenceClassifier.ts';
import { effectiveMaxLength, type LoadedClassifier } from './loadClassifier.ts';

export interface Prediction {
  label: string;
  confidence: number;
  /** Probability of every label, in the model's label order. */
  probs: Record<string, number>;
}

export interface PredictOptions {
  /** Requested max length in tokens (default 512, the seed's); capped as Hugging Face caps it. */
  maxLength?: number;
  /** Texts per forward pass (default 8). */
  batchSize?: number;
}

/** Softmax probabilities [N][labels] for `texts`, padded per batch to its longest (never to max length). */
export async function predictProbabilities(
  classifier: LoadedClassifier,
  texts: readonly string[],
  opts: PredictOptions = {},
): Promise<Float32Array[]> {
  const { tokenizer, model, config } = classifier;
  const maxLength = effectiveMaxLength(config, tokenizer, opts.maxLength);
  const batchSize = opts.batchSize ?? 8;
  const out: Float32Array[] = [];
  for (let start = 0; start < texts.length; start += batchSize) {
    const batch = tokenizer.encodeBatch(texts.slice(start, start + batchSize), {
      truncation: true,
      maxLength,
      padding: 'longest',
    });
    const probs = tf.tidy(() => {
      const inputIds = tf.tensor2d(batch.inputIds, undefined, 'int32'); // [B, T]
      const attentionMask = tf.tensor2d(batch.attentionMask, undefined, 'int32'); // [B, T]
      const { logits } = forward(model, { inputIds, attentionMask }, inferenceContext()); // [B, C]
      return tf.softmax(logits); // [B, C]
    });
    const values = (await probs.data()) as Float32Array; // device → host: the answer, once per batch
    probs.dispose();
    const numLabels = probs.shape[1]!;
    for (let i = 0; i < probs.shape[0]; i++) out.push(values.slice(i * numLabels, (i + 1) * numLabels));
  }
  return out;
}

/** Label, confidence and per-label probabilities for each text. */
export async function predict(
  classifier: LoadedClassifier,
  texts: readonly string[],
  opts: PredictOptions = {},
): Promise<Prediction[]> {
  const probs = await predictProbabilities(classifier, texts, opts);
  return probs.map((p) => toPrediction(classifier.labels, p));
}

export function toPrediction(labels: readonly string[], probs: Float32Array): Prediction {
  let best = 0;
  for (let i = 1; i < probs.length; i++) if (probs[i] > probs[best]) best = i;
  return {
    label: labels[best],
    confidence: probs[best],
    probs: Object.fromEntries(labels.map((label, i) => [label, probs[i]])),
  };
}

/** The k most probable labels, most probable first. */
export function topK(prediction: Prediction, k: number): { label: string; p: number }[] {
  return Object.entries(prediction.probs)
    .map(([label, p]) => ({ label, p }))
    .sort((a, b) => b.p - a.p)
    .slice(0, k);
}
