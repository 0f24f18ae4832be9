/**
 * Masked-LM pretraining: the 15% / 80-10-10 corruption, token blocks, and the Pretrainer (learns, resumes exactly).
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../src/core/backend.ts';
import { parseRobertaConfig } from '../../src/core/model/config.ts';
import { exportMaskedLMStateDict, initMaskedLM } from '../../src/core/model/maskedLM.ts';
import { loadStateDict } from '../../src/core/model/params.ts';
import { tokenBlocks, viewBlocks } from '../../src/core/pretrain/blocks.ts';
import { maskTokens } from '../../src/core/pretrain/masking.ts';
import { DEFAULT_PRETRAIN_CONFIG, Pretrainer, readPretrainCheckpoint } from '../../src/core/pretrain/pretrainer.ts';
import { Rng } from '../../src/core/random.ts';
import { readJsonFixture, readWeightsFixture } from '../parity/nodeFixtures.ts';
import { tinyTokenizer } from './trainerFixtures.ts';

const specialIds = new Set([0, 1, 2, 3, 1260]);
const masking = { maskTokenId: 1260, vocabSize: 1261, specialIds };

describe('maskTokens', () => {
  it('selects 15% of ordinary tokens, never specials, and corrupts them 80/10/10', () => {
    const ids = Int32Array.from({ length: 200_000 }, (_, i) => (i % 100 === 0 ? 0 : i % 100 === 99 ? 2 : 4 + (i % 1000)));
    const { inputIds, positions, targets } = maskTokens(ids, masking, Rng.fromSeed(1));
    const eligible = ids.filter((id) => !specialIds.has(id)).length;
    expect(Math.abs(positions.length / eligible - 0.15)).toBeLessThan(0.005);
    let masked = 0;
    let kept = 0;
    positions.forEach((p, k) => {
      expect(specialIds.has(ids[p]!)).toBe(false);
      expect(targets[k]).toBe(ids[p]);
      if (inputIds[p] === 1260) masked++;
      else if (inputIds[p] === ids[p]) kept++;
    });
    const n = positions.length;
    expect(Math.abs(masked / n - 0.8)).toBeLessThan(0.01);
    expect(Math.abs(kept / n - (0.1 + 0.1 / 1261))).toBeLessThan(0.01); // a random token can equal the original
    // Outside the selected positions nothing changes.
    const selected = new Set(positions);
    for (let i = 0; i < ids.length; i += 97) if (!selected.has(i)) expect(inputIds[i]).toBe(ids[i]);
  });

  it('is a pure function of the rng state', () => {
    const ids = Int32Array.from({ length: 500 }, (_, i) => 4 + (i % 300));
    const a = maskTokens(ids, masking, Rng.fromSeed(7));
    const b = maskTokens(ids, masking, Rng.fromSeed(7));
    const c = maskTokens(ids, masking, Rng.fromSeed(8));
    expect(b).toEqual(a);
    expect(c.positions).not.toEqual(a.positions);
  });
});

describe('tokenBlocks', () => {
  it('cuts each file into <s> … </s> blocks, never across files, dropping only short tails', () => {
    const blocks = tokenBlocks([Array.from({ length: 10 }, (_, i) => 10 + i), [50, 51], Array.from({ length: 9 }, (_, i) => 70 + i)], {
      blockLength: 4,
      bosId: 0,
      eosId: 2,
    });
    expect(blocks.map((b) => [...b])).toEqual([
      [0, 10, 11, 12, 13, 2],
      [0, 14, 15, 16, 17, 2],
      [0, 18, 19, 2], // a tail of 2 ≥ 4/4 kept
      [0, 50, 51, 2], // a whole short file is kept
      [0, 70, 71, 72, 73, 2],
      [0, 74, 75, 76, 77, 2],
      [0, 78, 2],
    ]);
  });
});

describe('viewBlocks', () => {
  const tokenizer = tinyTokenizer();
  const text = Array.from({ length: 60 }, (_, i) => `def f${i}(x):\n    return x + ${i}\n`).join('\n');
  const files = [{ path: 'python/a.py', text }, { path: 'python/empty.py', text: '\n  \n' }];
  const opts = { blockLength: 30, bosId: 0, eosId: 2, viewsPerFile: 3, seed: 42 };

  it('draws runs of whole lines per file, reproducibly from (seed, view, path), each at most one block', () => {
    const views = viewBlocks(files, tokenizer, opts);
    expect(views).toHaveLength(3); // the file without code lines gives none
    const lineStarts = new Set(text.split('\n').map((l) => tokenizer.encode(l, { addSpecialTokens: false }).inputIds[0]));
    for (const v of views) {
      expect([v[0], v.at(-1)]).toEqual([0, 2]);
      expect(v.length).toBeLessThanOrEqual(32);
      expect(lineStarts.has(v[1]!)).toBe(true); // a view begins where a line does
    }
    expect(new Set(views.map((v) => v.join(','))).size).toBe(3); // three different draws
    expect(viewBlocks(files, tokenizer, opts)).toEqual(views);
    expect(viewBlocks(files, tokenizer, { ...opts, seed: 7 })).not.toEqual(views);
    expect(viewBlocks(files, tokenizer, { ...opts, viewsPerFile: 0 })).toEqual([]);
  });
});

describe('Pretrainer', () => {
  beforeAll(async () => expect((await initBackend('cpu')).backend).toBe('cpu'));
  const reference = readJsonFixture('tiny-roberta', 'reference.json');
  const tokenizer = tinyTokenizer();
  const streams = (reference.inputs.texts as string[]).map((t) => tokenizer.encode(t, { addSpecialTokens: false }).inputIds);
  const blocks = tokenBlocks(streams, { blockLength: 30, bosId: 0, eosId: 2 });
  const config = parseRobertaConfig(readJsonFixture('tiny-roberta-mlm', 'config.json'));
  const weights = readWeightsFixture('tiny-roberta-mlm', 'model.safetensors');
  const pretrainConfig = { ...DEFAULT_PRETRAIN_CONFIG, steps: 4, batch_size: 2, learning_rate: 1e-3, log_every: 1, eval_every: 2 };
  const fresh = () => {
    const model = initMaskedLM(config, 0);
    loadStateDict(model, weights);
    return model;
  };

  it('resumes exactly: 4 steps = 2 steps, checkpoint, resume, 2 steps', async () => {
    const straightModel = fresh();
    const straight = new Pretrainer(straightModel, blocks, blocks.slice(0, 2), 1, masking, pretrainConfig);
    const checkpoints: Uint8Array[] = [];
    await straight.run({ onCheckpoint: (bytes) => void checkpoints.push(bytes) });
    expect(straight.state.step).toBe(4);
    expect(checkpoints).toHaveLength(2); // steps 2 and 4

    const resumedModel = initMaskedLM(config, 99); // different init: everything must come from the checkpoint
    const resumed = Pretrainer.resume(resumedModel, blocks, blocks.slice(0, 2), 1, masking, readPretrainCheckpoint(checkpoints[0]!));
    expect(resumed.state.step).toBe(2);
    await resumed.run();
    const a = await exportMaskedLMStateDict(straightModel);
    const b = await exportMaskedLMStateDict(resumedModel);
    for (const [name, t] of a) expect(b.get(name)!.data, name).toEqual(t.data);
    expect(resumed.state.history.evals).toEqual(straight.state.history.evals);
    for (const p of [straight, resumed]) p.dispose();
    for (const m of [straightModel, resumedModel]) m.params.dispose();
  });

  it('stops between steps when asked from a timer (as a signal handler or a worker message asks), with a checkpoint', async () => {
    const model = fresh();
    const p = new Pretrainer(model, blocks, blocks.slice(0, 2), 1, masking, { ...pretrainConfig, steps: 10_000, eval_every: 10_000 });
    const checkpoints: number[] = [];
    setTimeout(() => p.stop(), 0); // runs only if the loop yields to the event loop
    await p.run({ onCheckpoint: (_, step) => void checkpoints.push(step) });
    expect(p.state.step).toBeLessThan(10_000);
    expect(checkpoints).toEqual([p.state.step]);
    p.dispose();
    model.params.dispose();
  });

  it('learns: held-out loss falls when it trains on the same text', async () => {
    const model = fresh();
    const p = new Pretrainer(model, blocks, blocks, 1, masking, { ...pretrainConfig, steps: 40, eval_every: 40, learning_rate: 3e-3, warmup_ratio: 0 });
    const before = await p.evaluate();
    const tensorsBefore = tf.memory().numTensors;
    await p.run();
    expect(tf.memory().numTensors).toBe(tensorsBefore);
    const after = p.state.history.evals.at(-1)!.loss;
    expect(after).toBeLessThan(before * 0.8);
    p.dispose();
    model.params.dispose();
  });
});
