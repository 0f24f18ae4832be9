/**
 * The parameter store: HF-style initialisation, loading (fixture classifier, masked-LM base, errors, legacy
 * names), export back to HF layout, and seeded dropout. Runs on the cpu backend.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../src/core/backend.ts';
import type { HostTensor, StateDict } from '../../src/core/checkpoint/types.ts';
import { parseRobertaConfig, withLabels, type RobertaConfig } from '../../src/core/model/config.ts';
import { inferenceContext, trainingContext } from '../../src/core/model/context.ts';
import { exportStateDict, initParams, loadStateDict, type RobertaModel } from '../../src/core/model/params.ts';
import { forward, forwardHidden } from '../../src/core/model/sequenceClassifier.ts';
import { readJsonFixture, readWeightsFixture } from '../parity/nodeFixtures.ts';

const reference = readJsonFixture('tiny-roberta', 'reference.json');
const config: RobertaConfig = parseRobertaConfig(readJsonFixture('tiny-roberta', 'config.json'));
const weights = readWeightsFixture('tiny-roberta', 'model.safetensors');

const l2 = (xs: ArrayLike<number>) => Math.sqrt(Array.from(xs).reduce((s, x) => s + x * x, 0));

/** The HF-layout host copy of a freshly initialised model's parameters (the model is disposed). */
async function initialWeights(seed: number): Promise<StateDict> {
  const model: RobertaModel = initParams(config, seed);
  const sd = await exportStateDict(model);
  model.params.dispose();
  return sd;
}

function batch() {
  return {
    inputIds: tf.tensor2d(reference.inputs.input_ids, undefined, 'int32'),
    attentionMask: tf.tensor2d(reference.inputs.attention_mask, undefined, 'int32'),
    labels: tf.tensor1d(reference.inputs.labels, 'int32'),
  };
}

beforeAll(async () => {
  await initBackend('cpu');
});

describe('initParams (HF _init_weights)', () => {
  it('draws normal(0, initializer_range) weights, zero biases, unit LayerNorm, zero padding rows; seeded', async () => {
    const [a, b, c] = [await initialWeights(42), await initialWeights(42), await initialWeights(43)];
    expect([...a.keys()]).toEqual(reference.param_names); // named_parameters() order and names
    for (const [name, t] of a) {
      expect(t.shape, name).toEqual(reference.param_shapes[name]);
      expect(t.data, name).toEqual(b.get(name)!.data); // same seed, same weights
      const data = t.data as Float32Array;
      if (name.endsWith('LayerNorm.weight')) expect(data.every((x) => x === 1), name).toBe(true);
      else if (name.endsWith('.bias')) expect(data.every((x) => x === 0), name).toBe(true);
      else {
        expect(data, name).not.toEqual(c.get(name)!.data); // another seed, other weights
        const padRow = name.includes('word_embeddings') || name.includes('position_embeddings') ? config.pad_token_id : -1;
        const width = t.shape[1]!;
        const rest = Array.from(data).filter((_, i) => Math.floor(i / width) !== padRow);
        if (padRow >= 0) expect(Array.from(data.subarray(padRow * width, (padRow + 1) * width)).every((x) => x === 0), name).toBe(true);
        const mean = rest.reduce((s, x) => s + x, 0) / rest.length;
        const std = Math.sqrt(rest.reduce((s, x) => s + (x - mean) ** 2, 0) / rest.length);
        // ≥ 64 samples: the sample std is within ~30 % of 0.1 with overwhelming probability.
        expect(std, name).toBeGreaterThan(0.07);
        expect(std, name).toBeLessThan(0.13);
        expect(Math.abs(mean), name).toBeLessThan(0.05);
      }
    }
  });
});

describe('loadStateDict / exportStateDict', () => {
  it('loads every tiny-roberta tensor (norms as the reference) and exports them back bit for bit', async () => {
    const model = initParams(config, 0);
    const report = loadStateDict(model, weights);
    expect(report).toEqual({ loaded: reference.param_names, newlyInitialized: [], ignored: [] });
    const exported = await exportStateDict(model);
    for (const [name, t] of weights) {
      const out = exported.get(name)!;
      expect(out.dtype).toBe('F32');
      expect(out.shape).toEqual(t.shape);
      expect(out.data, name).toEqual(t.data);
      expect(Math.abs(l2(out.data as Float32Array) - reference.param_norms_init[name]) / reference.param_norms_init[name], name).toBeLessThan(1e-5);
    }
    model.params.dispose();
  });

  it('builds a classifier from the masked-LM checkpoint: lm_head ignored, classifier new, encoder identical', async () => {
    const mlm = readWeightsFixture('tiny-roberta-mlm', 'model.safetensors');
    expect(mlm.size).toBe(60);
    const mlmConfig = parseRobertaConfig(readJsonFixture('tiny-roberta-mlm', 'config.json'));
    expect(() => initParams(mlmConfig, 0)).toThrow(/labels/); // a masked-LM config has no labels
    const model = initParams(withLabels(mlmConfig, ['go', 'java', 'python']), 5);
    const report = loadStateDict(model, mlm);
    const classifier = ['classifier.dense.weight', 'classifier.dense.bias', 'classifier.out_proj.weight', 'classifier.out_proj.bias'];
    expect(report.newlyInitialized).toEqual(classifier);
    expect(report.loaded).toEqual(reference.param_names.filter((n: string) => !n.startsWith('classifier.')));
    expect(report.ignored.sort()).toEqual([...mlm.keys()].filter((n) => n.startsWith('lm_head.')).sort());
    expect(report.ignored.length).toBe(7);

    const exported = await exportStateDict(model);
    expect(exported.get('classifier.out_proj.weight')!.shape).toEqual([3, 64]);
    expect(Array.from(exported.get('classifier.out_proj.bias')!.data as Float32Array)).toEqual([0, 0, 0]);
    expect(l2(exported.get('classifier.dense.weight')!.data as Float32Array) / 64).toBeGreaterThan(0.07); // ≈ 0.1·64/64

    const b = batch();
    const hidden = forwardHidden(model, b, inferenceContext());
    const token0 = (await hidden.lastHiddenState.array()).map((example) => example[0]!).flat(); // deliberate read for the check
    const expected = (reference.eval.last_hidden_state_token0 as number[][]).flat();
    const worst = Math.max(...expected.map((e, i) => Math.abs(token0[i]! - e) - (1e-5 + 1e-4 * Math.abs(e))));
    expect(worst).toBeLessThanOrEqual(0);
    expect(hidden.logits.shape).toEqual([4, 3]);
    tf.dispose([hidden.lastHiddenState, hidden.logits, hidden.hiddenStates, b.inputIds, b.attentionMask, b.labels]);
    model.params.dispose();
  });

  it('throws on a shape mismatch, naming the tensor and both shapes, and assigns nothing', async () => {
    const model = initParams(withLabels(config, ['a', 'b', 'c']), 0);
    const before = (await exportStateDict(model)).get('roberta.embeddings.word_embeddings.weight')!.data;
    expect(() => loadStateDict(model, weights)).toThrow(/classifier\.out_proj\.weight.*\[5,64\].*\[3,64\]/);
    expect((await exportStateDict(model)).get('roberta.embeddings.word_embeddings.weight')!.data).toEqual(before);
    model.params.dispose();
  });

  it('refuses NaN or infinite weights, naming the tensor, and assigns nothing', async () => {
    const model = initParams(config, 0);
    const before = (await exportStateDict(model)).get('roberta.embeddings.word_embeddings.weight')!.data;
    for (const bad of [NaN, Infinity]) {
      const name = 'roberta.encoder.layer.2.output.dense.weight';
      const data = Float32Array.from(weights.get(name)!.data as Float32Array);
      data[17] = bad;
      const poisoned: StateDict = new Map([...weights, [name, { ...weights.get(name)!, data }]]);
      expect(() => loadStateDict(model, poisoned)).toThrow(`checkpoint tensor "${name}" holds a non-finite value (${bad} at index 17)`);
    }
    expect((await exportStateDict(model)).get('roberta.embeddings.word_embeddings.weight')!.data).toEqual(before);
    model.params.dispose();
  });

  it('throws when an encoder tensor is missing, naming it', () => {
    const model = initParams(config, 0);
    const partial: StateDict = new Map([...weights].filter(([name]) => name !== 'roberta.encoder.layer.1.attention.self.key.bias'));
    expect(() => loadStateDict(model, partial)).toThrow(/roberta\.encoder\.layer\.1\.attention\.self\.key\.bias/);
    model.params.dispose();
  });

  it('accepts legacy names (LayerNorm gamma/beta, base-model keys without "roberta.")', async () => {
    const renamed: StateDict = new Map<string, HostTensor>(
      [...weights].map(([name, t]) => [name.replace(/^roberta\./, '').replace(/LayerNorm\.weight$/, 'LayerNorm.gamma').replace(/LayerNorm\.bias$/, 'LayerNorm.beta'), t]),
    );
    const model = initParams(config, 0);
    const report = loadStateDict(model, renamed);
    expect(report.loaded.length).toBe(57);
    expect(report.ignored).toEqual([]);
    const exported = await exportStateDict(model);
    expect(exported.get('roberta.encoder.layer.2.output.LayerNorm.bias')!.data).toEqual(weights.get('roberta.encoder.layer.2.output.LayerNorm.bias')!.data);
    model.params.dispose();
  });
});

describe('seeded dropout', () => {
  it('is reproducible per (seed, step), differs across steps, and is off in inference', async () => {
    const model = initParams(config, 0);
    loadStateDict(model, weights);
    const b = batch();
    const logitsOf = async (ctx: ReturnType<typeof inferenceContext>) => {
      const { logits } = forward(model, b, ctx);
      const values = Array.from(await logits.data()); // deliberate read for the comparison
      logits.dispose();
      return values;
    };
    const eval1 = await logitsOf(inferenceContext());
    const train1 = await logitsOf(trainingContext({ seed: 7, step: 3 }));
    const train1Again = await logitsOf(trainingContext({ seed: 7, step: 3 }));
    const train2 = await logitsOf(trainingContext({ seed: 7, step: 4 }));
    const expected = (reference.eval.logits as number[][]).flat();
    expect(Math.max(...eval1.map((x, i) => Math.abs(x - expected[i]!)))).toBeLessThan(1e-5);
    expect(train1Again).toEqual(train1);
    expect(train1).not.toEqual(train2);
    expect(Math.max(...train1.map((x, i) => Math.abs(x - eval1[i]!)))).toBeGreaterThan(1e-3);
    tf.dispose([b.inputIds, b.attentionMask, b.labels]);
    model.params.dispose();
  });

  it('rejects sequences longer than the position table', () => {
    const model = initParams(config, 0);
    const T = config.max_position_embeddings - config.pad_token_id; // one too many
    const ids = tf.zeros([1, T], 'int32') as tf.Tensor2D;
    expect(() => forward(model, { inputIds: ids, attentionMask: ids }, inferenceContext())).toThrow(/exceeds/);
    ids.dispose();
    model.params.dispose();
  });
});
