/**
 * Step-for-step parity of the trainer with the PyTorch runs in tiny-roberta/reference.json (train_full,
 * train_unfreeze_last1, train_grad_accum2): per-step loss, pre-clip gradient norm and lr, the parameter norm
 * after each step, and the final weights, norms and logits — at the fixture README's tolerances.
 * Backend-agnostic (no node:*), like modelParity.ts.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { StateDict } from '../../src/core/checkpoint/types.ts';
import { makeBatch, type Batch } from '../../src/core/data/batches.ts';
import { parseRobertaConfig } from '../../src/core/model/config.ts';
import { inferenceContext } from '../../src/core/model/context.ts';
import { exportStateDict, initParams, loadStateDict } from '../../src/core/model/params.ts';
import { forward } from '../../src/core/model/sequenceClassifier.ts';
import { AdamW } from '../../src/core/train/adamw.ts';
import { trainablePredicate } from '../../src/core/train/freezing.ts';
import { LossScaler } from '../../src/core/train/lossScaler.ts';
import { lrForOptimizerStep } from '../../src/core/train/schedule.ts';
import { batchTensors, trainStep } from '../../src/core/train/trainStep.ts';
import { closeRelative, type ParityCheck, type ParityReport } from './modelParity.ts';

export type TrainingRun = 'train_full' | 'train_unfreeze_last1' | 'train_grad_accum2';

const rel = closeRelative;
const abs = (name: string, actual: ArrayLike<number>, expected: number[], tol: number): ParityCheck => {
  let maxAbsErr = actual.length === expected.length ? 0 : Infinity;
  for (let i = 0; i < expected.length; i++) maxAbsErr = Math.max(maxAbsErr, Math.abs(actual[i]! - Math.fround(expected[i]!)));
  return { name, maxAbsErr, tolerance: `|a−b| ≤ ${tol}`, pass: maxAbsErr <= tol };
};
const exact = (name: string, actual: unknown, expected: unknown): ParityCheck => {
  const pass = JSON.stringify(actual) === JSON.stringify(expected);
  return { name, maxAbsErr: pass ? 0 : Infinity, tolerance: 'exact', pass };
};
const l2 = (data: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < data.length; i++) s += data[i]! * data[i]!;
  return Math.sqrt(s);
};

/** A fixture batch (already padded by HF) through our own batcher: unpad by the mask, pad again. */
function fixtureBatch(b: { input_ids: number[][]; attention_mask: number[][]; labels: number[] }): Batch {
  const rows = b.input_ids.map((ids, i) => ids.filter((_, t) => b.attention_mask[i]![t] === 1));
  return makeBatch(rows, b.labels, rows.map((_, i) => i), { padId: 1 });
}

export async function runTrainingParity(
  fx: { reference: any; weights: StateDict; config: Record<string, unknown> },
  runName: TrainingRun,
): Promise<ParityReport> {
  const run = fx.reference[runName];
  const config = parseRobertaConfig(fx.config);
  const model = initParams(config, 0);
  loadStateDict(model, fx.weights);
  const checks: ParityCheck[] = [];

  // Freezing as the seed's _setup_model_parameters (unfreeze_last_n_layers=1 for the partial run).
  const trainable = trainablePredicate({
    freezeBaseModel: runName === 'train_unfreeze_last1',
    unfreezeLastNLayers: 1,
    numHiddenLayers: config.num_hidden_layers,
  });
  model.params.setTrainable(trainable);
  checks.push(exact('trainable_params', [...model.params.trainable().keys()], run.trainable_params));

  const optimizer = new AdamW(model.params.variables, { weightDecay: 0.01 });
  const names = optimizer.paramNames;
  checks.push(exact('decay_params', names.filter((n) => optimizer.weightDecayOf(n) === 0.01), run.decay_params));
  checks.push(exact('no_decay_params', names.filter((n) => optimizer.weightDecayOf(n) === 0), run.no_decay_params));
  const scaler = new LossScaler({ enabled: false });

  const accumulate = runName === 'train_grad_accum2';
  const microBatches = accumulate ? run.micro_batches.map(fixtureBatch) : [fixtureBatch(fx.reference.inputs)];
  const schedule = { lr: 1e-3, warmupSteps: 1, totalSteps: 3 };

  for (const [i, expected] of (run.steps as any[]).entries()) {
    const lr = lrForOptimizerStep(i + 1, schedule);
    checks.push(exact(`step ${i + 1} lr`, lr, expected.lr));
    const result = await trainStep({
      model,
      optimizer,
      scaler,
      microBatches,
      accumulationSteps: microBatches.length,
      lr,
      maxGradNorm: 1.0,
      contextFor: inferenceContext, // the reference runs in eval mode: no dropout
    });
    // Device → host: comparing with the reference is the point of this function.
    const [loss, gradNorm] = [(await result.loss.data())[0]!, (await result.gradNorm.data())[0]!];
    tf.dispose([result.loss, result.gradNorm]);
    checks.push(rel(`step ${i + 1} loss`, loss, expected.loss, 1e-5));
    checks.push(rel(`step ${i + 1} grad_norm_preclip`, gradNorm, expected.grad_norm_preclip, 1e-4));
    checks.push(exact(`step ${i + 1} skipped`, result.skipped, false));
    const after = await exportStateDict(model);
    const globalNorm = Math.sqrt([...after.values()].reduce((s, t) => s + l2(t.data as Float32Array) ** 2, 0));
    checks.push(rel(`step ${i + 1} param_global_norm_after`, globalNorm, expected.param_global_norm_after, 1e-5));
  }

  const final = await exportStateDict(model);
  checks.push(abs('final classifier.out_proj.weight', final.get('classifier.out_proj.weight')!.data as Float32Array, run.final['classifier.out_proj.weight'].flat(), 1e-5));
  checks.push(abs('final classifier.out_proj.bias', final.get('classifier.out_proj.bias')!.data as Float32Array, run.final['classifier.out_proj.bias'], 1e-5));
  for (const [name, expected] of Object.entries(run.final.param_norms as Record<string, number>)) {
    const tol = name.endsWith('attention.self.key.bias') ? 2e-3 : 1e-5;
    checks.push(rel(`final norm ${name}`, l2(final.get(name)!.data as Float32Array), expected, tol));
  }
  const logits = tf.tidy(() => {
    const tensors = batchTensors(fixtureBatch(fx.reference.inputs));
    return forward(model, tensors, inferenceContext()).logits;
  });
  checks.push(abs('final logits_eval', (await logits.data()) as Float32Array, run.final.logits_eval.flat(), 1e-5));
  logits.dispose();

  optimizer.dispose();
  model.params.dispose();
  return { backend: tf.getBackend(), checks };
}
