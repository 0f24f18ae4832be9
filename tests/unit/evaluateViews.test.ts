/**
 * Evaluation per view and whole-file scoring on a real (tiny) model: the head view is the seed's evaluation,
 * whole-file windows reduce to it for short files, views are scored on fixed cuts, and window log-probabilities
 * combine into a normalised distribution.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../src/core/backend.ts';
import { makeBatch } from '../../src/core/data/batches.ts';
import { textWindows } from '../../src/core/data/windows.ts';
import { combineWindows, inputLogProbs, rowLogProbs } from '../../src/core/inference/windowScores.ts';
import { inferenceContext } from '../../src/core/model/context.ts';
import { forward } from '../../src/core/model/sequenceClassifier.ts';
import { evaluate, viewRows } from '../../src/core/train/evaluate.ts';
import { batchTensors } from '../../src/core/train/trainStep.ts';
import { snippetDataset, tinyClassifier, tinyTokenizer } from './trainerFixtures.ts';

const tokenizer = tinyTokenizer();
const data = snippetDataset({ maxLength: 32 });
const all = data.paths.map((_, i) => i);
let model: ReturnType<typeof tinyClassifier>;

beforeAll(async () => {
  expect((await initBackend('cpu')).backend).toBe('cpu');
  model = tinyClassifier(data.labels);
});

describe('evaluate by view', () => {
  it('the head view is the seed evaluation: mean cross-entropy and argmax of the truncated files', async () => {
    const r = await evaluate(model, data, all, { views: ['head'], batchSize: 4, tokenizer, seed: 42 });
    const batch = makeBatch(data.tokenIds, data.exampleLabels, all, { padId: data.padId });
    const [loss, pred] = tf.tidy(() => {
      const out = forward(model, batchTensors(batch), inferenceContext());
      return [out.loss!.dataSync()[0]!, [...tf.argMax(out.logits, 1).dataSync()]];
    });
    expect(r.views[0]!.loss).toBeCloseTo(loss, 5);
    expect([...r.views[0]!.yPred]).toEqual(pred);
    expect(r.loss).toBe(r.views[0]!.loss);
  });

  it('scores each view; the loss is their mean; the cuts are fixed by the seed', async () => {
    const views = ['whole', 'l20', 'l5'] as const;
    const a = await evaluate(model, data, all, { views, batchSize: 4, tokenizer, seed: 42 });
    expect(a.views.map((v) => v.view)).toEqual(views);
    expect(a.loss).toBeCloseTo(a.views.reduce((s, v) => s + v.loss, 0) / 3, 10);
    for (const v of a.views) {
      const trace = v.confusionMatrix.reduce((s, row, i) => s + row[i]!, 0);
      expect(trace / all.length).toBeCloseTo(v.accuracy, 12);
      expect(v.macroF1).toBe(v.report.macro.f1);
    }
    const again = await evaluate(model, data, all, { views, batchSize: 3, tokenizer, seed: 42 });
    expect(again.views.map((v) => [...v.yPred])).toEqual(a.views.map((v) => [...v.yPred]));
    // The fixture's snippets are a few lines each: cut a 40-line file instead.
    const long = { ...data, texts: data.texts.map((_, i) => Array.from({ length: 40 }, (_, k) => `v${k} = ${i}`).join('\n')) };
    const cuts = (seed: number) => all.map((i) => [...viewRows(long, i, 'l5', tokenizer, seed)[0]!]);
    expect(cuts(42)).toEqual(cuts(42));
    expect(cuts(43)).not.toEqual(cuts(42));
  });

  it('reads a long file as its windows and combines them; a file within max_length is its head', async () => {
    const short = all.find((i) => data.tokenIds[i]!.length < data.maxLength)!;
    expect(viewRows(data, short, 'whole', tokenizer, 42)).toEqual([data.tokenIds[short]]);
    const long = all.find((i) => tokenizer.encode(data.texts[i]!, {}).inputIds.length > data.maxLength)!;
    const windows = viewRows(data, long, 'whole', tokenizer, 42);
    expect(windows.length).toBeGreaterThan(1);
    const [combined] = await inputLogProbs(model, [windows], { padId: data.padId, batchSize: 8 });
    const rows = await rowLogProbs(model, windows, { padId: data.padId, batchSize: 2 });
    expect([...combined!]).toEqual([...combineWindows(rows)]);
  });
});

describe('combineWindows', () => {
  it('is the renormalised mean of the log-probabilities, and the identity for one window', () => {
    const w1 = Float32Array.from([0.7, 0.2, 0.1], Math.log);
    const w2 = Float32Array.from([0.1, 0.6, 0.3], Math.log);
    expect(combineWindows([w1])).toBe(w1);
    const c = combineWindows([w1, w2]);
    const geo = [0.7 * 0.1, 0.2 * 0.6, 0.1 * 0.3].map(Math.sqrt);
    const z = geo.reduce((a, b) => a + b);
    [...c].forEach((v, i) => expect(Math.exp(v)).toBeCloseTo(geo[i]! / z, 6));
  });

  it('lets the body outvote a header window', () => {
    const header = Float32Array.from([0.6, 0.4], Math.log); // a licence: mildly "the wrong language"
    const body = Float32Array.from([0.05, 0.95], Math.log);
    const c = combineWindows([header, body, body]);
    expect(c[1]!).toBeGreaterThan(c[0]!);
    expect(textWindows(tokenizer, 'x', 8)).toHaveLength(1);
  });
});
