/**
 * The model's hand-written gradients (matMul, linear, embedding, layerNorm, attentionCore, GELU) equal tfjs's own autodiff gradients of the
 * same maths on the cpu backend (where every built-in gradient kernel exists), on random inputs; the
 * embedding's scatter-add sums repeated ids on cpu and wasm; and a training step leaks no tensors.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../src/core/backend.ts';
import { attentionBias } from '../../src/core/model/attention.ts';
import { attentionCore } from '../../src/core/model/attentionCore.ts';
import { inferenceContext, trainingContext } from '../../src/core/model/context.ts';
import { dropoutMultiplier } from '../../src/core/model/dropout.ts';
import { embedding } from '../../src/core/model/embedding.ts';
import { gelu } from '../../src/core/model/gelu.ts';
import { layerNorm } from '../../src/core/model/layerNorm.ts';
import { linear } from '../../src/core/model/linear.ts';
import { matMul } from '../../src/core/model/matmul.ts';
import { initParams, loadStateDict } from '../../src/core/model/params.ts';
import { parseRobertaConfig } from '../../src/core/model/config.ts';
import { forward } from '../../src/core/model/sequenceClassifier.ts';
import { readJsonFixture, readWeightsFixture } from '../parity/nodeFixtures.ts';

/** max |a − b| over all elements, read back to the host for the assertion. */
async function maxAbsDiff(a: tf.Tensor, b: tf.Tensor): Promise<number> {
  expect(a.shape).toEqual(b.shape);
  const d = tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))));
  const value = (await d.data())[0]!;
  d.dispose();
  return value;
}

/** Gradients of sum(f(xs) · w) for a fixed random w, so every output element gets a different dy. */
function gradsOf(f: (...xs: tf.Tensor[]) => tf.Tensor, xs: tf.Tensor[], seed: number): tf.Tensor[] {
  return tf.tidy(() => {
    const probe = (...inputs: tf.Tensor[]) => {
      const y = f(...inputs);
      return tf.sum(tf.mul(y, tf.randomNormal(y.shape, 0, 1, 'float32', seed)));
    };
    return tf.grads(probe)(xs);
  });
}

async function expectSameGrads(custom: (...xs: tf.Tensor[]) => tf.Tensor, reference: (...xs: tf.Tensor[]) => tf.Tensor, xs: tf.Tensor[], tol: number) {
  const [ours, theirs] = [gradsOf(custom, xs, 7), gradsOf(reference, xs, 7)];
  const forward = [custom(...xs), reference(...xs)];
  expect(await maxAbsDiff(forward[0]!, forward[1]!)).toBeLessThan(tol);
  for (let i = 0; i < xs.length; i++) {
    const diff = await maxAbsDiff(ours[i]!, theirs[i]!);
    expect(diff, `gradient of input ${i}`).toBeLessThan(tol);
  }
  // The check can fail: the gradients are not all zero.
  expect((await tf.max(tf.abs(ours[0]!)).data())[0]).toBeGreaterThan(1e-3);
  tf.dispose([...ours, ...theirs, ...forward]);
}

describe('custom gradients equal tfjs autodiff (cpu)', () => {
  beforeAll(async () => {
    await initBackend('cpu');
  });

  it('matMul 2-D', async () => {
    const a = tf.randomNormal([7, 5], 0, 1, 'float32', 1);
    const b = tf.randomNormal([5, 3], 0, 1, 'float32', 2);
    await expectSameGrads((x, y) => matMul(x as tf.Tensor2D, y as tf.Tensor2D), (x, y) => tf.matMul(x!, y!), [a, b], 1e-5);
    tf.dispose([a, b]);
  });

  it('matMul batched 3-D', async () => {
    const a = tf.randomNormal([4, 6, 8], 0, 1, 'float32', 3);
    const b = tf.randomNormal([4, 8, 5], 0, 1, 'float32', 4);
    await expectSameGrads((x, y) => matMul(x as tf.Tensor3D, y as tf.Tensor3D), (x, y) => tf.matMul(x!, y!), [a, b], 1e-5);
    tf.dispose([a, b]);
  });

  it('linear on [B, T, in] with kernel [in, out]', async () => {
    const x = tf.randomNormal([2, 5, 6], 0, 1, 'float32', 5);
    const w = tf.randomNormal([6, 4], 0, 1, 'float32', 6);
    const b = tf.randomNormal([4], 0, 1, 'float32', 7);
    await expectSameGrads(
      (xi, wi, bi) => linear(xi!, { kernel: wi as tf.Tensor2D, bias: bi as tf.Tensor1D }),
      (xi, wi, bi) => tf.add(tf.reshape(tf.matMul(tf.reshape(xi!, [-1, 6]), wi!), [2, 5, 4]), bi!),
      [x, w, b],
      1e-5,
    );
    tf.dispose([x, w, b]);
  });

  it('embedding with repeated ids (scatter-add sums duplicates)', async () => {
    const table = tf.randomNormal([10, 4], 0, 1, 'float32', 8);
    const ids = tf.tensor2d([[3, 1, 3, 3], [0, 1, 9, 3]], [2, 4], 'int32'); // id 3 four times, id 1 twice
    await expectSameGrads((t) => embedding(t as tf.Tensor2D, ids), (t) => tf.reshape(tf.gather(t!, tf.reshape(ids, [-1])), [2, 4, 4]), [table], 1e-6);
    tf.dispose([table, ids]);
  });

  it('layerNorm (hand-written gradient, torch formula)', async () => {
    const x = tf.add(tf.mul(tf.randomNormal([2, 5, 16], 0, 1, 'float32', 10), 3), 1);
    const w = tf.randomNormal([16], 1, 0.3, 'float32', 11);
    const b = tf.randomNormal([16], 0, 1, 'float32', 12);
    const eps = 1e-5;
    const autodiffLayerNorm = (xi: tf.Tensor, wi: tf.Tensor, bi: tf.Tensor) => {
      const mean = tf.mean(xi, -1, true);
      const centered = tf.sub(xi, mean);
      const variance = tf.mean(tf.square(centered), -1, true);
      return tf.add(tf.mul(tf.div(centered, tf.sqrt(tf.add(variance, eps))), wi), bi);
    };
    await expectSameGrads(
      (xi, wi, bi) => layerNorm(xi!, { weight: wi as tf.Tensor1D, bias: bi as tf.Tensor1D }, eps),
      (xi, wi, bi) => autodiffLayerNorm(xi!, wi!, bi!),
      [x, w, b],
      1e-5,
    );
    tf.dispose([x, w, b]);
  });

  it.each([
    ['eval, scores divided by √d', false, 4],
    ['training dropout, Q pre-scaled', true, undefined],
  ] as const)('attentionCore (%s)', async (_, training, divisor) => {
    const [B, heads, Tq, T, d] = [2, 3, 4, 5, 4];
    const q = tf.randomNormal([B * heads, Tq, d], 0, 1, 'float32', 13);
    const kT = tf.randomNormal([B * heads, d, T], 0, 1, 'float32', 14);
    const v = tf.randomNormal([B * heads, T, d], 0, 1, 'float32', 15);
    const bias = attentionBias(tf.tensor2d([[1, 1, 1, 0, 0], [1, 1, 1, 1, 1]], undefined, 'int32'));
    // Same seed and step: both sides draw the same dropout multiplier.
    const ctxOf = () => (training ? trainingContext({ seed: 3, step: 1 }) : inferenceContext());
    const reference = (qi: tf.Tensor, ki: tf.Tensor, vi: tf.Tensor) => {
      const raw = tf.reshape(tf.matMul(qi, ki), [B, heads, Tq, T]);
      const probs = tf.reshape(tf.softmax(tf.add(divisor ? tf.div(raw, divisor) : raw, bias)), [B * heads, Tq, T]);
      const multiplier = dropoutMultiplier([B * heads, Tq, T], 0.3, ctxOf());
      return tf.matMul(multiplier ? tf.mul(probs, multiplier) : probs, vi);
    };
    const custom = (qi: tf.Tensor, ki: tf.Tensor, vi: tf.Tensor) =>
      attentionCore(qi as tf.Tensor3D, ki as tf.Tensor3D, vi as tf.Tensor3D, bias, ctxOf(), { scoreDivisor: divisor, dropoutRate: 0.3 });
    await expectSameGrads((a, b, c) => custom(a!, b!, c!), (a, b, c) => reference(a!, b!, c!), [q, kT, v], 1e-5);
    tf.dispose([q, kT, v, bias]);
  });

  it('exact GELU (hand-written derivative Φ(x) + x·φ(x))', async () => {
    const x = tf.mul(tf.randomNormal([3, 50], 0, 1, 'float32', 9), 3);
    await expectSameGrads((t) => gelu(t!), (t) => tf.mul(tf.mul(t!, 0.5), tf.add(1, tf.erf(tf.div(t!, Math.SQRT2)))), [x], 1e-5);
    tf.dispose(x);
  });

  it('castMatmul is applied to matmul inputs and outputs, forward and backward', async () => {
    // A visible "precision": round to integers. x·W + b with everything rounded first, and the result rounded.
    const x = tf.tensor2d([[0.4, 1.6], [2.2, -0.7]]);
    const w = tf.tensor2d([[1.4, -2.6], [0.3, 0.8]]);
    const b = tf.tensor1d([0.6, 0.2]);
    const ctx = { castMatmul: (t: tf.Tensor) => tf.round(t) };
    const y = linear(x, { kernel: w, bias: b }, ctx);
    // round(x) = [[0,2],[2,-1]], round(W) = [[1,-3],[0,1]], round(b) = [1,0]
    expect(await y.array()).toEqual([[1, 2], [3, -7]]);
    const [dx] = tf.grads((xi: tf.Tensor) => tf.sum(tf.mul(linear(xi, { kernel: w, bias: b }, ctx), tf.tensor2d([[0.6, 1.4], [1, 1]]))))([x]);
    // dy rounded = [[1,1],[1,1]], dx = round(dy)·round(Wᵀ) = [[1·1+1·-3, 0+1], …]
    expect(await dx!.array()).toEqual([[-2, 1], [-2, 1]]);
    tf.dispose([x, w, b, y, dx!]);
  });
});

describe('wasm paths (per-slice batched matmul, 1ᵀ·x row sums) agree with cpu', () => {
  it('matMul 3-D, linear and layerNorm values and gradients', async () => {
    const run = async (backend: 'cpu' | 'wasm') => {
      await initBackend(backend);
      const a = tf.randomNormal([6, 9, 5], 0, 1, 'float32', 21) as tf.Tensor3D;
      const b = tf.randomNormal([6, 5, 7], 0, 1, 'float32', 22) as tf.Tensor3D;
      const x = tf.randomNormal([3, 4, 7], 0, 1, 'float32', 23);
      const w = tf.randomNormal([7, 7], 0, 1, 'float32', 24) as tf.Tensor2D;
      const bias = tf.randomNormal([7], 0, 1, 'float32', 25) as tf.Tensor1D;
      const f = (ai: tf.Tensor, bi: tf.Tensor, xi: tf.Tensor, wi: tf.Tensor, bb: tf.Tensor) => {
        const y = linear(xi, { kernel: wi as tf.Tensor2D, bias: bb as tf.Tensor1D }); // [3, 4, 7]
        const normed = layerNorm(y, { weight: bb as tf.Tensor1D, bias: bb as tf.Tensor1D }, 1e-5);
        return tf.add(tf.sum(tf.square(matMul(ai as tf.Tensor3D, bi as tf.Tensor3D))), tf.sum(tf.mul(normed, normed)));
      };
      const values = tf.tidy(() => [f(a, b, x, w, bias), ...tf.grads(f)([a, b, x, w, bias])]);
      const out = await Promise.all(values.map((t) => t.data())); // read back for the cross-backend comparison
      tf.dispose([...values, a, b, x, w, bias]);
      return out.map((d) => Array.from(d));
    };
    const [cpu, wasm] = [await run('cpu'), await run('wasm')];
    cpu.forEach((expected, i) => {
      const err = Math.max(...expected.map((e, j) => Math.abs(wasm[i]![j]! - e) / (1 + Math.abs(e))));
      expect(err, `output ${i}`).toBeLessThan(1e-5);
    });
  });
});

describe.each(['cpu', 'wasm'] as const)('embedding gradient on %s', (backend) => {
  it('sums the gradients of repeated ids', async () => {
    await initBackend(backend);
    const table = tf.zeros([6, 2]) as tf.Tensor2D;
    const ids = tf.tensor1d([4, 2, 4, 4, 0], 'int32');
    const dy = tf.tensor2d([[1, 10], [2, 20], [3, 30], [4, 40], [5, 50]]);
    const [grad] = tf.grads((t: tf.Tensor) => tf.sum(tf.mul(embedding(t as tf.Tensor2D, ids), dy)))([table]);
    expect(await grad!.array()).toEqual([[5, 50], [0, 0], [2, 20], [0, 0], [8, 80], [0, 0]]);
    tf.dispose([table, ids, dy, grad!]);
  });
});

describe.each(['cpu', 'wasm'] as const)('memory on %s', (backend) => {
  it('numTensors and numBytes stay flat over 20 training forward+backward rounds', async () => {
    await initBackend(backend);
    const reference = readJsonFixture('tiny-roberta', 'reference.json');
    const model = initParams(parseRobertaConfig(readJsonFixture('tiny-roberta', 'config.json')), 0);
    loadStateDict(model, readWeightsFixture('tiny-roberta', 'model.safetensors'));
    const inputIds = tf.tensor2d(reference.inputs.input_ids, undefined, 'int32');
    const attentionMask = tf.tensor2d(reference.inputs.attention_mask, undefined, 'int32');
    const labels = tf.tensor1d(reference.inputs.labels, 'int32');
    const variables = [...model.params.variables.values()];
    const step = (i: number) => {
      const ctx = trainingContext({ seed: 1, step: i });
      const { value, grads } = tf.variableGrads(() => forward(model, { inputIds, attentionMask, labels }, ctx).loss!, variables);
      tf.dispose([value, Object.values(grads)]);
    };
    step(0); // warm-up: backends allocate lazily on first use
    const before = tf.memory();
    for (let i = 1; i <= 20; i++) step(i);
    const after = tf.memory();
    expect(after.numTensors).toBe(before.numTensors);
    expect(after.numBytes).toBe(before.numBytes);
    tf.dispose([inputIds, attentionMask, labels]);
    model.params.dispose();
  });
});
