/**
 * The trainer with a memory budget: the same run as without one (steps, counters, losses, tokens/s, weights;
 * no dropout, so exact up to float rounding), and checkpoints written before max_tokens_per_pass existed still
 * load and resume.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initBackend } from '../../src/core/backend.ts';
import { readTrainingCheckpoint, writeTrainingCheckpoint } from '../../src/core/checkpoint/trainingCheckpoint.ts';
import { exportStateDict } from '../../src/core/model/params.ts';
import type { CheckpointEvent, StepEvent } from '../../src/core/train/events.ts';
import { makeTrainConfig, type TrainConfig } from '../../src/core/train/trainConfig.ts';
import { Trainer } from '../../src/core/train/trainer.ts';
import { peekTrainingCheckpoint } from '../../src/core/train/trainerState.ts';
import { snippetDataset, tinyClassifier, tinyTokenizer } from './trainerFixtures.ts';

const tokenizer = tinyTokenizer();

/** Forward/backward passes of every trainStep the trainer makes: proof that the budget reaches the step. */
const passes = vi.hoisted(() => [] as number[]);
vi.mock('../../src/core/train/trainStep.ts', async (original) => {
  const m = await original<typeof import('../../src/core/train/trainStep.ts')>();
  return { ...m, trainStep: async (input: Parameters<typeof m.trainStep>[0]) => {
    const r = await m.trainStep(input);
    passes.push(r.passes);
    return r;
  } };
});

const data = snippetDataset();
// Heads: every row is longer than 12 tokens, so the pass counts below are known.
const base: Partial<TrainConfig> = { batch_size: 4, epochs: 1, learning_rate: 1e-3, log_every: 1, freeze_base_model: false, dropout: 0, train_views: 'head' };

/** No dropout anywhere (the model's rates come from its config.json, as the CLI's configOverrides set them). */
const model = () => tinyClassifier(data.labels, { hidden_dropout_prob: 0, attention_probs_dropout_prob: 0 });

function trainer(config: Partial<TrainConfig>, events: ConstructorParameters<typeof Trainer>[0]['events'] = {}) {
  return new Trainer({ model: model(), data, config: makeTrainConfig({ ...base, ...config }), backend: 'cpu', tokenizerFingerprint: 'tiny-roberta', tokenizer, events });
}

function release(t: Trainer) {
  t.dispose();
  t.model.params.dispose();
}

beforeAll(async () => {
  expect((await initBackend('cpu')).backend).toBe('cpu');
});
afterEach(() => vi.restoreAllMocks());

describe('Trainer with max_tokens_per_pass', () => {
  it('runs the same optimizer steps, losses, tokens/s and weights as without a budget', async () => {
    // A clock that advances 1 s per read: each window (log_every 1) lasts exactly 1 s, so tokens/s = its tokens.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1000));
    const run = async (maxTokensPerPass: number) => {
      passes.length = 0;
      const events: StepEvent[] = [];
      const t = trainer({ gradient_accumulation_steps: 2, max_tokens_per_pass: maxTokensPerPass }, { onStep: (e) => void events.push(e) });
      await t.run();
      const weights = await exportStateDict(t.model);
      const counters = { optimizerStep: t.state.optimizerStep, microStep: t.state.microStep, totalSteps: t.totalSteps, budget: t.maxTokensPerPass };
      release(t);
      return { events, weights, counters, passes: [...passes] };
    };
    const whole = await run(0); // auto on cpu: no budget
    const split = await run(24); // one row per pass (rows are longer than 12 tokens)
    expect(whole.counters.budget).toBe(Infinity);
    // 2 micro-batches a step, one pass each; one pass per row (4 a micro-batch) with the budget, fewer at the end.
    expect(whole.passes.slice(0, -1).every((p) => p === 2)).toBe(true);
    expect(split.passes.slice(0, -1).every((p) => p === 8)).toBe(true);
    expect(split.passes.length).toBe(whole.passes.length);
    expect(split.counters).toEqual({ ...whole.counters, budget: 24 });
    expect(split.events.map((e) => e.step)).toEqual(whole.events.map((e) => e.step));
    expect(split.events.map((e) => e.tokensPerSecond)).toEqual(whole.events.map((e) => e.tokensPerSecond));
    expect(whole.events.every((e) => e.tokensPerSecond > 0)).toBe(true);
    split.events.forEach((e, i) => {
      expect(Math.abs(e.loss - whole.events[i]!.loss) / whole.events[i]!.loss, `loss of step ${e.step}`).toBeLessThanOrEqual(1e-5);
      expect(Math.abs(e.gradNorm - whole.events[i]!.gradNorm) / whole.events[i]!.gradNorm, `grad norm of step ${e.step}`).toBeLessThanOrEqual(1e-4);
    });
    for (const name of ['classifier.out_proj.weight', 'classifier.out_proj.bias']) {
      const a = split.weights.get(name)!.data as Float32Array;
      const b = whole.weights.get(name)!.data as Float32Array;
      for (let i = 0; i < b.length; i++) expect(Math.abs(a[i]! - b[i]!), name).toBeLessThanOrEqual(1e-5);
    }
  });

  it('resumes a checkpoint written before the field existed, with the resuming side’s budget', async () => {
    let saved: CheckpointEvent | undefined;
    const first = trainer({}, { onStep: (e) => e.step === 2 && first.stop(), onCheckpoint: (e) => void (saved = e) });
    await first.run();
    release(first);
    const { state, tensors } = readTrainingCheckpoint<{ trainConfig: Partial<TrainConfig> }>(saved!.bytes);
    delete state.trainConfig.max_tokens_per_pass;
    const old = writeTrainingCheckpoint({ state, tensors });

    expect(peekTrainingCheckpoint(old).trainConfig.max_tokens_per_pass).toBe(0);
    for (const budget of [0, 24]) {
      let written: CheckpointEvent | undefined;
      const resumed = await Trainer.resume(
        {
          model: model(),
          data,
          config: makeTrainConfig({ max_tokens_per_pass: budget }),
          backend: 'cpu',
          tokenizerFingerprint: 'tiny-roberta', tokenizer,
          events: { onCheckpoint: (e) => void (written = e) },
        },
        old,
      );
      expect(resumed.state.optimizerStep).toBe(2);
      expect(resumed.maxTokensPerPass).toBe(budget || Infinity);
      expect((await resumed.run()).status).toBe('finished');
      expect(peekTrainingCheckpoint(written!.bytes).trainConfig.max_tokens_per_pass).toBe(budget);
      release(resumed);
    }
  });
});
