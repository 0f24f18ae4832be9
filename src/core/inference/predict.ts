/**
 * predict: texts → label + confidence + the probability of every label (the seed's `predict`, batched). An input
 * longer than max_length is read whole, as windows whose log-probabilities are combined (data/windows.ts); a short
 * one is one window: the seed's truncated read.
 */
import { MAX_WINDOWS, textWindows } from '../data/windows.ts';
import { effectiveMaxLength, type LoadedClassifier } from './loadClassifier.ts';
import { inputLogProbs } from './windowScores.ts';

export interface Prediction {
  label: string;
  confidence: number;
  /** Probability of every label, in the model's label order. */
  probs: Record<string, number>;
}

export interface PredictOptions {
  /** Requested max length in tokens per window (default 512, the seed's); capped as Hugging Face caps it. */
  maxLength?: number;
  /** Windows per forward pass (default 16: the windows of one long input run as one batch). */
  batchSize?: number;
  /** Windows one input is read as, at most (default 16; 1 = the first max_length tokens only). */
  maxWindows?: number;
}

/** Probabilities [N][labels] for `texts`, each read as its windows (padded per batch, never to max length). */
export async function predictProbabilities(
  classifier: LoadedClassifier,
  texts: readonly string[],
  opts: PredictOptions = {},
): Promise<Float32Array[]> {
  const { tokenizer, config } = classifier;
  const maxLength = effectiveMaxLength(config, tokenizer, opts.maxLength);
  const batchSize = opts.batchSize ?? MAX_WINDOWS;
  const out: Float32Array[] = [];
  // Inputs in groups, so that a long list of files never holds all their windows at once.
  for (let start = 0; start < texts.length; start += batchSize) {
    const windows = texts.slice(start, start + batchSize).map((t) => textWindows(tokenizer, t, maxLength, opts.maxWindows));
    out.push(...(await windowProbabilities(classifier, windows, batchSize)));
  }
  return out;
}

/** Probabilities of each input given as its windows: the windows' combined log-probabilities, exponentiated. */
async function windowProbabilities(classifier: LoadedClassifier, windowsPerInput: readonly (readonly Int32Array[])[], batchSize: number): Promise<Float32Array[]> {
  const logProbs = await inputLogProbs(classifier.model, windowsPerInput, { padId: classifier.tokenizer.padTokenId, batchSize });
  return logProbs.map((lp) => Float32Array.from(lp, Math.exp));
}

/** Label, confidence and probabilities of each input given as its windows (textWindows). */
export async function predictWindows(classifier: LoadedClassifier, windowsPerInput: readonly (readonly Int32Array[])[]): Promise<Prediction[]> {
  return (await windowProbabilities(classifier, windowsPerInput, MAX_WINDOWS)).map((p) => toPrediction(classifier.labels, p));
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
