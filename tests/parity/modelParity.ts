/**
 * Numerical parity of the tfjs RobertaForSequenceClassification with Hugging Face transformers 4.40, on
 * whatever backend `tf` currently runs: the vitest suite calls it on cpu and wasm, the browser parity page on
 * WebGPU and wasm. Reference data and tolerances: ../shared/fixtures/tiny-roberta (README "Suggested
 * tolerances"; never loosen them). No node:* imports — this runs in the browser too.
 *
 * The caller initialises the backend (initBackend, which also registers tfjs's gradients) before calling.
 */
import type * as TF from '@tensorflow/tfjs-core';
import type { StateDict } from '../../src/core/checkpoint/types.ts';
import { parseRobertaConfig } from '../../src/core/model/config.ts';
import { inferenceContext } from '../../src/core/model/context.ts';
import { positionIdsFromInputIds } from '../../src/core/model/embeddings.ts';
import { initParams, loadStateDict, type RobertaModel } from '../../src/core/model/params.ts';
import { forward, forwardHidden } from '../../src/core/model/sequenceClassifier.ts';

export interface ParityCheck {
  name: string;
  maxAbsErr: number;
  relErr?: number;
  tolerance: string;
  pass: boolean;
}

export interface ParityReport {
  backend: string;
  checks: ParityCheck[];
}

type Nested = number | Nested[];
const flat = (x: Nested): number[] => (Array.isArray(x) ? x.flatMap(flat) : [Math.fround(x)]);

/** Logits and hidden states: |a − b| ≤ 1e-5 + 1e-4·|b| elementwise. */
function closeElementwise(name: string, actual: ArrayLike<number>, expected: number[]): ParityCheck {
  if (actual.length !== expected.length) {
    return { name: `${name} (size ${actual.length} ≠ ${expected.length})`, maxAbsErr: Infinity, tolerance: '|a−b| ≤ 1e-5 + 1e-4·|b|', pass: false };
  }
  let maxAbsErr = 0;
  let pass = true;
  for (let i = 0; i < expected.length; i++) {
    const err = Math.abs(actual[i]! - expected[i]!);
    maxAbsErr = Math.max(maxAbsErr, err);
    if (!(err <= 1e-5 + 1e-4 * Math.abs(expected[i]!))) pass = false; // NaN fails
  }
  return { name, maxAbsErr, tolerance: '|a−b| ≤ 1e-5 + 1e-4·|b|', pass };
}

/** Gradient arrays: |a − b| ≤ 1e-3 · max|b| of that tensor. */
function closeToScale(name: string, actual: ArrayLike<number>, expected: number[]): ParityCheck {
  const scale = Math.max(...expected.map(Math.abs));
  let maxAbsErr = actual.length === expected.length ? 0 : Infinity;
  for (let i = 0; i < Math.min(actual.length, expected.length); i++) {
    maxAbsErr = Math.max(maxAbsErr, Math.abs(actual[i]! - expected[i]!));
  }
  return { name, maxAbsErr, tolerance: `|a−b| ≤ 1e-3·max|b| = ${(1e-3 * scale).toExponential(2)}`, pass: maxAbsErr <= 1e-3 * scale };
}

/** Scalars: |a − b| / |b| ≤ rel. */
export function closeRelative(name: string, actual: number, expected: number, rel: number): ParityCheck {
  const maxAbsErr = Math.abs(actual - expected);
  const relErr = maxAbsErr / Math.abs(expected);
  return { name, maxAbsErr, relErr, tolerance: `rel ≤ ${rel.toExponential(0)}`, pass: relErr <= rel };
}

/** The fixture's 4-example batch as tensors. */
function batchTensors(tf: typeof TF, inputs: { input_ids: number[][]; attention_mask: number[][]; labels: number[] }) {
  return {
    inputIds: tf.tensor2d(inputs.input_ids, undefined, 'int32'),
    attentionMask: tf.tensor2d(inputs.attention_mask, undefined, 'int32'),
    labels: tf.tensor1d(inputs.labels, 'int32'),
  };
}

/** Every tensor of the fixture comes from the checkpoint: the init sampler is never used (asserted). */
function loadFixtureModel(fx: { weights: StateDict; config: Record<string, unknown> }): RobertaModel {
  const model = initParams(parseRobertaConfig(fx.config), () => 0);
  const report = loadStateDict(model, fx.weights);
  if (report.newlyInitialized.length > 0 || report.ignored.length > 0) {
    model.params.dispose();
    throw new Error(`fixture weights do not match the model: new ${report.newlyInitialized}, ignored ${report.ignored}`);
  }
  return model;
}

/** Eval-mode outputs: position ids, logits, every hidden state (token 0 and all unpadded positions), loss. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function evalChecks(tf: typeof TF, model: RobertaModel, reference: any): Promise<ParityCheck[]> {
  const checks: ParityCheck[] = [];
  const batch = batchTensors(tf, reference.inputs);
  const ctx = inferenceContext();
  const positionIds = positionIdsFromInputIds(batch.inputIds, model.config.pad_token_id);
  const hidden = forwardHidden(model, batch, ctx);
  const { logits: lossLogits, loss } = forward(model, batch, ctx);
  // Device → host reads: comparing against the reference is the point of this function.
  const [positions, logits, states, last, lossValue] = await Promise.all([
    positionIds.data(),
    hidden.logits.data(),
    Promise.all(hidden.hiddenStates.map((h) => h.array())),
    hidden.lastHiddenState.array(),
    loss!.data(),
  ]);
  tf.dispose([positionIds, lossLogits, hidden.logits, hidden.hiddenStates, hidden.lastHiddenState, loss!, batch.inputIds, batch.attentionMask, batch.labels]);

  const expectedPositions = flat(reference.inputs.position_ids);
  const positionErr = Math.max(...expectedPositions.map((p, i) => Math.abs(positions[i]! - p)));
  checks.push({ name: 'eval.position_ids', maxAbsErr: positionErr, tolerance: 'exact', pass: positionErr === 0 });
  checks.push(closeElementwise('eval.logits', logits, flat(reference.eval.logits)));
  checks.push(closeElementwise('eval.last_hidden_state_token0', last.map((example) => example[0]!).flat(), flat(reference.eval.last_hidden_state_token0)));
  states.forEach((state, i) => {
    const name = i === 0 ? 'embeddings' : `layer.${i - 1}`;
    checks.push(closeElementwise(`eval.hidden_states_token0[${i}] (${name})`, state.map((example) => example[0]!).flat(), flat(reference.eval.hidden_states_token0[i])));
  });
  const lengths: number[] = reference.eval.last_hidden_state_unpadded.map((rows: number[][]) => rows.length);
  const unpadded = (state: number[][][]) => state.flatMap((example, b) => example.slice(0, lengths[b]).flat());
  checks.push(closeElementwise('eval.embeddings_output_unpadded', unpadded(states[0]!), flat(reference.eval.embeddings_output_unpadded)));
  checks.push(closeElementwise('eval.last_hidden_state_unpadded', unpadded(last), flat(reference.eval.last_hidden_state_unpadded)));
  checks.push(closeRelative('loss', lossValue[0]!, reference.loss, 1e-5));
  return checks;
}

/** One backward pass in eval mode: the loss, the global gradient norm, full gradient arrays, every per-tensor norm. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function gradientChecks(tf: typeof TF, model: RobertaModel, reference: any): Promise<ParityCheck[]> {
  const checks: ParityCheck[] = [];
  const batch = batchTensors(tf, reference.inputs);
  const names = [...model.params.variables.keys()];
  const variables = names.map((name) => model.params.get(name));
  const { value, grads } = tf.variableGrads(() => forward(model, batch, inferenceContext()).loss!, variables);
  // Gradients in Hugging Face layout: linear kernels [in, out] back to weights [out, in].
  const hfGrads = names.map((name, i) => {
    const g = grads[variables[i]!.name]!;
    return model.params.specs.get(name)!.layout === 'linear-weight' ? tf.transpose(g) : g;
  });
  // Device → host reads: comparing against the reference is the point of this function.
  const [lossValue, ...gradValues] = await Promise.all([value.data(), ...hfGrads.map((g) => g.data())]);
  tf.dispose([value, Object.values(grads), hfGrads, batch.inputIds, batch.attentionMask, batch.labels]);

  const expected = reference.grads;
  checks.push(closeRelative('grads.loss', lossValue[0]!, expected.loss, 1e-5));
  const norms = gradValues.map((g) => Math.sqrt(Array.from(g as Float32Array).reduce((s, x) => s + x * x, 0)));
  const globalNorm = Math.sqrt(norms.reduce((s, n) => s + n * n, 0));
  checks.push(closeRelative('grads.grad_norm', globalNorm, expected.grad_norm, 1e-3));
  for (const name of ['classifier.out_proj.weight', 'classifier.out_proj.bias', 'classifier.dense.bias', 'roberta.encoder.layer.2.output.LayerNorm.weight']) {
    checks.push(closeToScale(`grads.${name}`, gradValues[names.indexOf(name)]!, flat(expected[name])));
  }
  for (const [name, norm] of Object.entries(expected.param_grad_norms as Record<string, number>)) {
    const actual = norms[names.indexOf(name)];
    if (actual === undefined) {
      checks.push({ name: `grads.param_grad_norms.${name} (missing)`, maxAbsErr: Infinity, tolerance: 'present', pass: false });
    } else if (name.endsWith('.attention.self.key.bias')) {
      // Mathematically zero (softmax ignores a per-query constant); the reference holds float noise.
      checks.push({ name: `grads.param_grad_norms.${name}`, maxAbsErr: actual, tolerance: '|a| ≤ 1e-6', pass: actual <= 1e-6 });
    } else {
      checks.push(closeRelative(`grads.param_grad_norms.${name}`, actual, norm, 1e-3));
    }
  }
  return checks;
}

export async function runModelParity(
  tf: typeof TF,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  fx: { reference: any; weights: StateDict; config: any },
): Promise<ParityReport> {
  const model = loadFixtureModel(fx);
  try {
    const checks = [...(await evalChecks(tf, model, fx.reference)), ...(await gradientChecks(tf, model, fx.reference))];
    return { backend: tf.getBackend(), checks };
  } finally {
    model.params.dispose();
  }
}
