/**
 * The training loop on a tiny real model: exact resume, flat memory, early stopping with best weights
 * restored, pause/stop between steps, mixed precision, and the final test evaluation.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../src/core/backend.ts';
import { readTrainingCheckpoint } from '../../src/core/checkpoint/trainingCheckpoint.ts';
import type { StateDict } from '../../src/core/checkpoint/types.ts';
import { exportStateDict } from '../../src/core/model/params.ts';
import type { CheckpointEvent, EpochEvent, StepEvent } from '../../src/core/train/events.ts';
import { makeTrainConfig, type TrainConfig } from '../../src/core/train/trainConfig.ts';
import { MAX_CONSECUTIVE_SKIPPED_STEPS, Trainer } from '../../src/core/train/trainer.ts';
import { snippetDataset, tinyClassifier, tinyTokenizer } from './trainerFixtures.ts';

const tokenizer = tinyTokenizer();

const data = snippetDataset();

function trainer(config: Partial<TrainConfig>, events: ConstructorParameters<typeof Trainer>[0]['events'] = {}) {
  const model = tinyClassifier(data.labels);
  const t = new Trainer({
    model,
    data,
    config: makeTrainConfig({ batch_size: 2, epochs: 2, learning_rate: 1e-3, log_every: 1, freeze_base_model: false, ...config }),
    backend: tf.getBackend(),
    tokenizerFingerprint: 'tiny-roberta', tokenizer,
    events,
  });
  return { model, t };
}

const stopAt = (n: number, t: () => Trainer) => (e: StepEvent) => {
  if (e.step === n) t().stop();
};

function expectSameWeights(a: StateDict, b: StateDict) {
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  for (const [name, t] of a) expect(b.get(name)!.data, name).toEqual(t.data);
}

beforeAll(async () => {
  expect((await initBackend('cpu')).backend).toBe('cpu');
});

describe('Trainer', () => {
  it('resumes exactly: 4 steps straight = 2 steps, checkpoint, load, 2 steps (dropout on, accumulation 2)', async () => {
    const config = { gradient_accumulation_steps: 2, dropout: 0.1 };
    let straight!: Trainer;
    ({ t: straight } = trainer(config, { onStep: stopAt(4, () => straight) }));
    await straight.run();
    expect(straight.state.optimizerStep).toBe(4);
    const expected = await exportStateDict(straight.model);

    let first!: Trainer;
    let saved: CheckpointEvent | undefined;
    ({ t: first } = trainer(config, { onStep: stopAt(2, () => first), onCheckpoint: (e) => void (saved = e) }));
    expect((await first.run()).status).toBe('stopped');
    expect(saved?.reason).toBe('stop');
    expect(saved?.step).toBe(2);
    first.dispose();
    first.model.params.dispose();

    const model = tinyClassifier(data.labels); // fresh classifier init: everything must come from the checkpoint
    let resumed!: Trainer;
    resumed = await Trainer.resume(
      { model, data, config: makeTrainConfig(), backend: 'cpu', tokenizerFingerprint: 'tiny-roberta', tokenizer, events: { onStep: stopAt(4, () => resumed) } },
      saved!.bytes,
    );
    expect(resumed.state.optimizerStep).toBe(2);
    await resumed.run();
    expect(resumed.state.optimizerStep).toBe(4);
    expectSameWeights(expected, await exportStateDict(model));
    expect(await resumed.optimizer.exportState()).toEqual(await straight.optimizer.exportState());
    for (const t of [straight, resumed]) {
      t.dispose();
      t.model.params.dispose();
    }
  });

  it.each([false, true])('resumes random-lines views exactly across an epoch boundary, two views per file (balanced languages: %s)', async (balance) => {
    const config = { train_views: 'random-lines' as const, views_per_file: 2, dropout: 0.1, balance_languages: balance };
    const n = data.split.train.length;
    const examples = balance ? Math.ceil(n / data.labels.length) * data.labels.length * 2 : 2 * n;
    const stepsPerEpoch = Math.ceil(examples / 2);
    const stopStep = stepsPerEpoch + 1; // one step into the second epoch: its views were drawn
    const endStep = stopStep + 3;
    let straight!: Trainer;
    ({ t: straight } = trainer(config, { onStep: stopAt(endStep, () => straight) }));
    expect(straight.stepsPerEpoch).toBe(stepsPerEpoch);
    await straight.run();
    expect(straight.state.optimizerStep).toBe(endStep);
    const expected = await exportStateDict(straight.model);

    let first!: Trainer;
    let saved: CheckpointEvent | undefined;
    ({ t: first } = trainer(config, { onStep: stopAt(stopStep, () => first), onCheckpoint: (e) => void (saved = e.reason === 'stop' ? e : saved) }));
    await first.run();
    const model = tinyClassifier(data.labels);
    let resumed!: Trainer;
    resumed = await Trainer.resume(
      { model, data, config: makeTrainConfig(), backend: 'cpu', tokenizerFingerprint: 'tiny-roberta', tokenizer, events: { onStep: stopAt(endStep, () => resumed) } },
      saved!.bytes,
    );
    expect(resumed.config.train_views).toBe('random-lines');
    expect(resumed.config.balance_languages).toBe(balance);
    expect(resumed.state.optimizerStep).toBe(stopStep);
    await resumed.run();
    expectSameWeights(expected, await exportStateDict(model));
    for (const t of [straight, first, resumed]) {
      t.dispose();
      t.model.params.dispose();
    }
  });

  it('scores validation and test per view; early stopping watches the mean loss; history keeps each view', async () => {
    const epochs: EpochEvent[] = [];
    const { t, model } = trainer({ epochs: 2, eval_views: ['whole', 'l20', 'l5'] }, { onEpoch: (e) => void epochs.push(e) });
    const result = await t.run();
    for (const e of epochs) {
      expect(e.validation!.views.map((v) => v.view)).toEqual(['whole', 'l20', 'l5']);
      expect(e.validation!.loss).toBeCloseTo(e.validation!.views.reduce((s, v) => s + v.loss, 0) / 3, 10);
      expect(e.validation!.accuracy).toBe(e.validation!.views[0]!.accuracy);
    }
    const history = t.state.history;
    expect(history.epochs.map((e) => e.validationViews!.map((v) => v.view))).toEqual([['whole', 'l20', 'l5'], ['whole', 'l20', 'l5']]);
    expect(history.test!.views!.map((v) => v.accuracy)).toEqual(result.test!.views.map((v) => v.accuracy));
    expect(history.epochs[1]!.validationLoss).toBe(epochs[1]!.validation!.loss);
    t.dispose();
    model.params.dispose();
  });

  it('keeps tensor count and bytes flat over 60 steps', async () => {
    const samples: { step: number; epoch: number; tensors: number; bytes: number }[] = [];
    let t!: Trainer;
    ({ t } = trainer(
      { epochs: 100, early_stopping_patience: 100, gradient_accumulation_steps: 1 },
      {
        onStep: (e) => {
          const m = tf.memory();
          samples.push({ step: e.step, epoch: e.epoch, tensors: m.numTensors, bytes: m.numBytes });
          if (e.step === 70) t.stop();
        },
      },
    ));
    await t.run();
    // From the second epoch on, the best-weights copy exists; nothing else may accumulate.
    const steady = samples.filter((s) => s.epoch >= 1);
    expect(steady.length).toBeGreaterThanOrEqual(50);
    expect(new Set(steady.map((s) => s.tensors)).size).toBe(1);
    expect(new Set(steady.map((s) => s.bytes)).size).toBe(1);
    t.dispose();
    t.model.params.dispose();
  });

  it('stops early when validation loss stops improving and restores the best weights', async () => {
    const checkpoints: CheckpointEvent[] = [];
    const epochs: number[] = [];
    // A learning rate far too high makes validation loss get worse after the first epoch.
    const { t, model } = trainer(
      { epochs: 20, early_stopping_patience: 2, learning_rate: 0.5, warmup_ratio: 0 },
      { onCheckpoint: (e) => void checkpoints.push(e), onEpoch: (e) => void epochs.push(e.validation!.loss) },
    );
    const result = await t.run();
    expect(result.status).toBe('early-stopped');
    expect(epochs.length).toBeLessThan(20);
    const best = epochs.indexOf(Math.min(...epochs));
    expect(result.bestEpoch).toBe(best);
    expect(epochs.length).toBe(best + 1 + 2); // patience 2 epochs without improvement
    // The final weights are those saved at the end of the best epoch.
    const atBest = checkpoints.find((c) => c.reason === 'epoch' && c.epoch === best + 1)!;
    expectSameWeights(readTrainingCheckpoint(atBest.bytes).tensors.model, await exportStateDict(model));
    expect(result.test!.confusionMatrix.flat().reduce((a, b) => a + b, 0)).toBe(data.split.test.length);
    t.dispose();
    model.params.dispose();
  });

  it('pauses and resumes between steps, and reports its status', async () => {
    const statuses: string[] = [];
    let t!: Trainer;
    let stepsWhilePaused = 0;
    let paused = false;
    ({ t } = trainer(
      { epochs: 1 },
      {
        onStatus: (s) => statuses.push(s),
        onStep: (e) => {
          if (paused) stepsWhilePaused++;
          if (e.step === 2) {
            t.pause();
            paused = true;
            setTimeout(() => {
              paused = false;
              t.resume();
            }, 200);
          }
        },
      },
    ));
    const result = await t.run();
    expect(stepsWhilePaused).toBe(0);
    expect(statuses).toEqual(['running', 'paused', 'running', 'finished']);
    expect(result.test).not.toBeNull();
    t.dispose();
    t.model.params.dispose();
  });

  it('stops a diverged run (loss not finite) without saving over the last checkpoint', async () => {
    const checkpoints: CheckpointEvent[] = [];
    const warnings: string[] = [];
    const { t, model } = trainer({ epochs: 3 }, { onCheckpoint: (e) => void checkpoints.push(e), onWarning: (w) => void warnings.push(w) });
    // Weights near float32's limit: the logits overflow, as in a run whose learning rate blew it up.
    const head = model.params.get('classifier.out_proj.weight');
    head.assign(tf.fill(head.shape, 3e38));
    const result = await t.run();
    expect(result.status).toBe('diverged');
    expect(result.test).toBeNull();
    expect(checkpoints.filter((c) => c.reason !== 'epoch')).toEqual([]);
    expect(warnings.join('\n')).toMatch(/training diverged at step \d+: the loss is not finite/);
    t.dispose();
    model.params.dispose();
  });

  it('with mixed precision, gives up once the loss scaler has skipped 24 steps in a row', async () => {
    const warnings: string[] = [];
    const { t, model } = trainer({ epochs: 10, mixed_precision: true }, { onWarning: (w) => void warnings.push(w) });
    const head = model.params.get('classifier.out_proj.weight');
    head.assign(tf.fill(head.shape, 3e38));
    const result = await t.run();
    expect(result.status).toBe('diverged');
    expect(t.state.skippedSteps).toBe(MAX_CONSECUTIVE_SKIPPED_STEPS);
    expect(t.scaler.scale).toBe(2 ** 16 / 2 ** MAX_CONSECUTIVE_SKIPPED_STEPS);
    expect(warnings.join('\n')).toContain(`(${MAX_CONSECUTIVE_SKIPPED_STEPS} steps in a row skipped by the loss scaler)`);
    t.dispose();
    model.params.dispose();
  });

  it('trains in emulated fp16 with loss scaling close to fp32', async () => {
    const losses = async (mixed: boolean) => {
      const seen: number[] = [];
      const scales: number[] = [];
      let t!: Trainer;
      ({ t } = trainer(
        { mixed_precision: mixed, epochs: 1, dropout: 0 },
        { onStep: (e) => (seen.push(e.loss), scales.push(e.lossScale), e.step === 4 && t.stop()) },
      ));
      await t.run();
      t.dispose();
      t.model.params.dispose();
      return { seen, scales };
    };
    const fp32 = await losses(false);
    const fp16 = await losses(true);
    expect(fp16.scales.every((s) => s === 65536)).toBe(true);
    expect(fp32.scales.every((s) => s === 1)).toBe(true);
    fp16.seen.forEach((l, i) => {
      expect(Number.isFinite(l)).toBe(true);
      expect(Math.abs(l - fp32.seen[i]!) / fp32.seen[i]!).toBeLessThan(1e-2);
      expect(l).not.toBe(fp32.seen[i]); // the fp16 rounding really happened
    });
  });
});
