/**
 * RobertaForMaskedLM against Hugging Face: tiny-roberta-mlm's reference_mlm.json (logits at the <mask> position,
 * argmax at every position), the tied decoder, and a gradient check of the masked-LM loss.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../src/core/backend.ts';
import { parseRobertaConfig } from '../../src/core/model/config.ts';
import { inferenceContext } from '../../src/core/model/context.ts';
import { exportMaskedLMStateDict, initMaskedLM, maskedLMLogits, maskedLMLoss } from '../../src/core/model/maskedLM.ts';
import { loadStateDict } from '../../src/core/model/params.ts';
import { readJsonFixture, readWeightsFixture } from '../parity/nodeFixtures.ts';

const reference = readJsonFixture('tiny-roberta-mlm', 'reference_mlm.json');
const weights = readWeightsFixture('tiny-roberta-mlm', 'model.safetensors');
const config = parseRobertaConfig(readJsonFixture('tiny-roberta-mlm', 'config.json'));

describe.each(['cpu', 'wasm'] as const)('RobertaForMaskedLM on %s', (backend) => {
  beforeAll(async () => expect((await initBackend(backend)).backend).toBe(backend));

  it('reproduces the reference logits at <mask> and the argmax at every position', async () => {
    const model = initMaskedLM(config, 0);
    const report = loadStateDict(model, weights);
    expect(report.ignored.sort()).toEqual(['lm_head.decoder.bias', 'lm_head.decoder.weight']);
    expect(report.newlyInitialized).toEqual([]);
    const ids = tf.tensor2d([reference.input_ids], undefined, 'int32');
    const logits = maskedLMLogits(model, ids, tf.onesLike(ids) as tf.Tensor2D, inferenceContext()); // [1, T, V]
    const argmax = await tf.argMax(logits, 2).array();
    expect((argmax as number[][])[0]).toEqual(reference.mlm_argmax_per_position);
    const atMask = (await logits.array())[0]![reference.mask_position]!.slice(0, 10);
    atMask.forEach((x: number, i: number) => {
      const b = reference.mlm_logits_at_mask_first10[i];
      expect(Math.abs(x - b)).toBeLessThanOrEqual(1e-5 + 1e-4 * Math.abs(b)); // the fixture README's logits tolerance
    });
    tf.dispose([ids, logits]);
    model.params.dispose();
  });

  it('exports the tied decoder as save_pretrained does', async () => {
    const model = initMaskedLM(config, 0);
    loadStateDict(model, weights);
    const sd = await exportMaskedLMStateDict(model);
    expect([...sd.keys()].sort()).toEqual([...weights.keys()].sort());
    for (const [name, t] of weights) expect(sd.get(name)!.data, name).toEqual(t.data);
    model.params.dispose();
  });

  it('backpropagates the masked-LM loss into the tied embeddings and the head (vs finite differences)', async () => {
    const model = initMaskedLM(config, 0);
    loadStateDict(model, weights);
    const inputs = {
      inputIds: tf.tensor2d([[0, 100, 1260, 300, 2], [0, 1260, 200, 2, 1]], undefined, 'int32'),
      attentionMask: tf.tensor2d([[1, 1, 1, 1, 1], [1, 1, 1, 1, 0]], undefined, 'int32'),
      positions: tf.tensor1d([2, 6], 'int32'),
      targets: tf.tensor1d([250, 100], 'int32'),
    };
    const bias = model.params.get('lm_head.bias');
    const table = model.params.get('roberta.embeddings.word_embeddings.weight');
    const { grads } = tf.variableGrads(() => maskedLMLoss(model, inputs, inferenceContext()), [bias, table]);
    const gBias = (await grads[bias.name]!.data()) as Float32Array;
    const gTable = (await grads[table.name]!.data()) as Float32Array;
    // d loss / d bias[v] = mean over masked rows of (softmax − onehot): −(1 − p)/2 at each target, so < 0.
    expect(gBias[250]).toBeLessThan(0);
    expect(gBias[100]).toBeLessThan(0);
    // Central differences on a few entries (float32: step 1e-2 on O(1) logits).
    const lossAt = (v: tf.Variable, index: number, delta: number) => {
      const flat = v.dataSync().slice();
      flat[index] += delta;
      const saved = v.clone();
      v.assign(tf.tensor(flat, v.shape));
      const l = maskedLMLoss(model, inputs, inferenceContext()).dataSync()[0]!;
      v.assign(saved);
      saved.dispose();
      return l;
    };
    const H = config.hidden_size;
    for (const [v, g, index] of [
      [bias, gBias, 250],
      [table, gTable, 250 * H + 3], // the target's row: decoder side of the tie
      [table, gTable, 1260 * H + 5], // the <mask> token's row: input side of the tie
    ] as const) {
      const numeric = (lossAt(v, index, 1e-2) - lossAt(v, index, -1e-2)) / 2e-2;
      expect(Math.abs(numeric - g[index]!)).toBeLessThan(2e-3 + 2e-2 * Math.abs(numeric));
    }
    tf.dispose([...Object.values(grads), ...Object.values(inputs)]);
    model.params.dispose();
  });
});
