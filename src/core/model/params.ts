/**
 * The parameter store: Hugging Face state-dict name → tf.Variable in the internal layout (linear weights as
 * kernels [in, out]), plus HF-compatible initialisation, loading and exporting. This file is the only place
 * that translates between Hugging Face's layout and ours.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { HostTensor, StateDict } from '../checkpoint/types.ts';
import type { RobertaConfig } from './config.ts';
import { labelsOf } from './config.ts';
import type { LinearParams } from './linear.ts';
import type { LayerNormParams } from './layerNorm.ts';
import { paramSpecs, type ParamSpec } from './paramSpecs.ts';
import { toFloat32 } from '../checkpoint/stateDict.ts';
import { Rng, deriveSeed } from '../random.ts';

export class ParamStore {
  /** Insertion order = PyTorch named_parameters() order. */
  readonly variables: ReadonlyMap<string, tf.Variable>;
  readonly specs: ReadonlyMap<string, ParamSpec>;

  constructor(specs: ParamSpec[], variables: Map<string, tf.Variable>) {
    this.specs = new Map(specs.map((s) => [s.name, s]));
    this.variables = variables;
  }

  get(name: string): tf.Variable {
    const v = this.variables.get(name);
    if (!v) throw new Error(`no parameter named "${name}"`);
    return v;
  }

  linear(prefix: string): LinearParams {
    return { kernel: this.get(`${prefix}.weight`) as tf.Variable<tf.Rank.R2>, bias: this.get(`${prefix}.bias`) as tf.Variable<tf.Rank.R1> };
  }

  layerNorm(prefix: string): LayerNormParams {
    return { weight: this.get(`${prefix}.weight`) as tf.Variable<tf.Rank.R1>, bias: this.get(`${prefix}.bias`) as tf.Variable<tf.Rank.R1> };
  }

  /** Freeze / unfreeze: `trainable(name)` decides each parameter (tf.variableGrads only sees trainable ones). */
  setTrainable(trainable: (name: string) => boolean): void {
    for (const [name, v] of this.variables) v.trainable = trainable(name);
  }

  /** Trainable parameters by HF name, named_parameters() order. */
  trainable(): Map<string, tf.Variable> {
    return new Map([...this.variables].filter(([, v]) => v.trainable));
  }

  dispose(): void {
    for (const v of this.variables.values()) v.dispose();
  }
}

export interface RobertaModel {
  readonly config: RobertaConfig;
  readonly numLabels: number;
  readonly params: ParamStore;
}

/** Number of classifier outputs: the config's id2label (set it with withLabels for a masked-LM base). */
export function numLabelsOf(config: RobertaConfig): number {
  const n = labelsOf(config).length || (typeof config.num_labels === 'number' ? config.num_labels : 0);
  if (n < 1) throw new Error('config has no labels: set id2label (withLabels) before building a classifier');
  return n;
}

/** A standard-normal sampler. */
export type NormalSampler = () => number;

/** A seed means random.ts's generator on the seed's "init" stream; a function is used as is. */
function samplerOf(init: number | NormalSampler): NormalSampler {
  if (typeof init === 'function') return init;
  const rng = Rng.fromSeed(deriveSeed(init, 'init'));
  return () => rng.normal();
}

/** HF-layout values of one parameter, drawn as `_init_weights` does. */
function initialValues(spec: ParamSpec, std: number, normal: NormalSampler): Float32Array {
  const size = spec.hfShape.reduce((a, b) => a * b, 1);
  const data = new Float32Array(size);
  if (spec.init === 'ones') data.fill(1);
  if (spec.init === 'normal') for (let i = 0; i < size; i++) data[i] = normal() * std;
  if (spec.zeroRow !== undefined) {
    const width = spec.hfShape[1];
    data.fill(0, spec.zeroRow * width, (spec.zeroRow + 1) * width);
  }
  return data;
}

/** An internal-layout tensor from HF-layout float32 values (linear weights transposed [out,in] → [in,out]). */
function toInternal(spec: ParamSpec, hfValues: Float32Array): tf.Tensor {
  return tf.tidy(() => {
    const t = tf.tensor(hfValues, spec.hfShape, 'float32');
    return spec.layout === 'linear-weight' ? tf.transpose(t) : t;
  });
}

/**
 * A freshly initialised classifier, exactly as HF `_init_weights`: Linear and Embedding weights
 * normal(0, initializer_range), biases 0, LayerNorm weight 1 / bias 0, the padding_idx row of the word and
 * position embeddings zeroed. Values are drawn in named_parameters() order, each in HF layout, row-major,
 * so a given sampler (seed) always yields the same weights.
 */
export function initParams(config: RobertaConfig, init: number | NormalSampler): RobertaModel {
  const numLabels = numLabelsOf(config);
  return { config, numLabels, params: initParamStore(config, paramSpecs(config, numLabels), init) };
}

/** Variables for `specs`, drawn in order as HF `_init_weights` does (shared by every head). */
export function initParamStore(config: RobertaConfig, specs: ParamSpec[], init: number | NormalSampler): ParamStore {
  const normal = samplerOf(init);
  const variables = new Map<string, tf.Variable>();
  for (const spec of specs) {
    const initial = toInternal(spec, initialValues(spec, config.initializer_range, normal));
    variables.set(spec.name, tf.variable(initial, true));
    initial.dispose();
  }
  return new ParamStore(specs, variables);
}

/** Re-initialise one parameter in place (used for classifier tensors a checkpoint lacks). */
export function reinitParam(model: RobertaModel, name: string, init: number | NormalSampler): void {
  const normal = samplerOf(init);
  const spec = model.params.specs.get(name);
  if (!spec) throw new Error(`no parameter named "${name}"`);
  const values = toInternal(spec, initialValues(spec, model.config.initializer_range, normal));
  model.params.get(name).assign(values);
  values.dispose();
}

export interface LoadReport {
  /** Model parameters set from the checkpoint (HF names, named_parameters() order). */
  loaded: string[];
  /** Model parameters the checkpoint lacks, kept at their HF-style initial values (only `classifier.*`). */
  newlyInitialized: string[];
  /** Checkpoint tensors the classifier has no use for (`lm_head.*`, `roberta.pooler.*`, buffers, …). */
  ignored: string[];
}

/**
 * Older checkpoints spell names differently; HF's from_pretrained accepts them, so do we:
 * LayerNorm `gamma`/`beta` (TF-era names) and a bare base-model prefix (`embeddings.*` instead of `roberta.embeddings.*`).
 */
function canonicalName(name: string): string {
  let n = name.replace(/\.gamma$/, '.weight').replace(/\.beta$/, '.bias');
  if (/^(embeddings|encoder|pooler)\./.test(n)) n = `roberta.${n}`;
  return n;
}

const sameShape = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((d, i) => d === b[i]);

/**
 * A config.json whose sizes cannot match its weights is refused before the model is allocated (a config may claim
 * any size; the weights file says what there is): vocabulary × hidden size of the word embeddings, and layers.
 */
export function checkConfigMatchesWeights(config: RobertaConfig, stateDict: ReadonlyMap<string, HostTensor>): void {
  const byName = new Map([...stateDict].map(([source, t]) => [canonicalName(source), { source, shape: t.shape }]));
  const layers = new Set([...byName.keys()].map((name) => /^roberta\.encoder\.layer\.(\d+)\./.exec(name)?.[1]).filter((l) => l !== undefined));
  const embedding = byName.get('roberta.embeddings.word_embeddings.weight');
  if (embedding && (embedding.shape[0] !== config.vocab_size || embedding.shape[1] !== config.hidden_size)) {
    throw new Error(
      `config.json says vocab_size ${config.vocab_size} × hidden_size ${config.hidden_size}, but the weights' word embeddings are [${embedding.shape}]`,
    );
  }
  if (layers.size > 0 && layers.size !== config.num_hidden_layers) {
    throw new Error(`config.json says num_hidden_layers ${config.num_hidden_layers}, but the weights have ${layers.size} encoder layers`);
  }
  // Every tensor the config implies, by HF name and shape, without allocating any (intermediate_size, heads…).
  for (const spec of paramSpecs(config, Math.max(1, labelsOf(config).length))) {
    const found = byName.get(spec.name);
    if (found && !sameShape(found.shape, spec.hfShape)) {
      throw new Error(`config.json implies "${spec.name}" of shape [${spec.hfShape}], but the weights' "${found.source}" is [${found.shape}]`);
    }
  }
}

/** Index of the first NaN or ±Infinity, or -1. */
function firstNonFinite(values: Float32Array): number {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i]!)) return i;
  return -1;
}

/**
 * Sets the model's parameters from a Hugging Face state dict (HF names and layout), like
 * RobertaForSequenceClassification.from_pretrained: `lm_head.*` and `roberta.pooler.*` are ignored, a missing
 * `classifier.*` tensor keeps its fresh HF-style initialisation (normal(0, initializer_range), zero biases) and is
 * reported; a missing `roberta.*` tensor or any shape mismatch throws before anything is assigned.
 */
export function loadStateDict(model: RobertaModel, stateDict: ReadonlyMap<string, HostTensor>): LoadReport {
  const { params } = model;
  const found = new Map<string, { source: string; tensor: HostTensor }>();
  const ignored: string[] = [];
  for (const [source, tensor] of stateDict) {
    const name = canonicalName(source);
    if (!params.specs.has(name) || found.has(name)) {
      ignored.push(source);
      continue;
    }
    found.set(name, { source, tensor });
  }

  const missing: string[] = [];
  const newlyInitialized: string[] = [];
  for (const [name, spec] of params.specs) {
    const entry = found.get(name);
    if (!entry) {
      (name.startsWith('classifier.') ? newlyInitialized : missing).push(name);
      continue;
    }
    const shape = entry.tensor.shape;
    if (!sameShape(shape, spec.hfShape)) {
      throw new Error(
        `checkpoint tensor "${entry.source}" has shape [${shape}] but the model's "${name}" is [${spec.hfShape}]` +
          (name.startsWith('classifier.out_proj') ? ' (different number of labels?)' : ''),
      );
    }
  }
  if (missing.length > 0) {
    throw new Error(`checkpoint lacks ${missing.length} encoder tensor(s): ${missing.join(', ')}`);
  }
  // Checked before anything is assigned: a NaN weight would make every prediction NaN ("NaN%") without an error.
  const values = new Map<string, Float32Array>();
  for (const [name, { source, tensor }] of found) {
    const floats = toFloat32(tensor);
    const bad = firstNonFinite(floats);
    if (bad >= 0) {
      throw new Error(`checkpoint tensor "${source}" holds a non-finite value (${floats[bad]} at index ${bad}): the weights are corrupt or training diverged`);
    }
    values.set(name, floats);
  }

  const loaded: string[] = [];
  for (const [name, spec] of params.specs) {
    const entry = found.get(name);
    if (!entry) continue;
    const value = toInternal(spec, values.get(name)!);
    params.get(name).assign(value);
    value.dispose();
    loaded.push(name);
  }
  return { loaded, newlyInitialized, ignored };
}

/**
 * The model's parameters as a Hugging Face state dict (HF names and layout, F32, named_parameters() order).
 * A deliberate device → host read of every weight: this is what saving a checkpoint means.
 */
export async function exportStateDict(model: RobertaModel): Promise<StateDict> {
  const out: StateDict = new Map();
  for (const [name, spec] of model.params.specs) {
    const v = model.params.get(name);
    const hf = spec.layout === 'linear-weight' ? tf.transpose(v) : v; // kernel [in, out] → weight [out, in]
    const data = (await hf.data()) as Float32Array; // device → host: the point of exporting
    if (hf !== v) hf.dispose();
    out.set(name, { dtype: 'F32', shape: [...spec.hfShape], data: new Float32Array(data) });
  }
  return out;
}
