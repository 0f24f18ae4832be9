/**
 * The trainer's resumable state and its (de)serialisation into a training checkpoint
 * (src/core/checkpoint/trainingCheckpoint.ts): host-side counters and history as JSON, device tensors
 * (weights, AdamW moments, best weights) as safetensors in Hugging Face layout.
 */
import * as tf from '@tensorflow/tfjs-core';
import {
  readTrainingCheckpoint,
  transposeHost,
  writeTrainingCheckpoint,
  type CheckpointTensors,
} from '../checkpoint/trainingCheckpoint.ts';
import type { HostTensor, StateDict } from '../checkpoint/types.ts';
import { datasetFingerprint } from '../data/encodedDataset.ts';
import type { ScheduleState } from '../data/epochPlan.ts';
import type { RobertaConfig } from '../model/config.ts';
import type { ParamSpec } from '../model/paramSpecs.ts';
import { exportStateDict, loadStateDict } from '../model/params.ts';
import type { AdamWState } from './adamw.ts';
import type { ViewScores } from './events.ts';
import type { LossScalerState } from './lossScaler.ts';
import { completeTrainConfig, type TrainConfig } from './trainConfig.ts';
import type { AdamW } from './adamw.ts';
import type { EncodedDataset } from '../data/encodedDataset.ts';
import type { RobertaModel } from '../model/params.ts';

export interface TrainerState {
  modelConfig: RobertaConfig;
  trainConfig: TrainConfig;
  labels: string[];
  tokenizerFingerprint: string;
  dataFingerprint: string;
  optimizerStep: number; // optimizer steps done = the scheduler's step count
  microStep: number; // micro-batches done (dropout seeds derive from it)
  epochsCompleted: number;
  epochLossSum: number; // Σ step losses of the current epoch reported so far
  epochSteps: number;
  skippedSteps: number;
  elapsedSeconds: number;
  bestValidationLoss: number | null;
  bestEpoch: number | null;
  epochsWithoutImprovement: number;
  earlyStopped: boolean;
  finished: boolean;
  history: {
    steps: { step: number; epoch: number; loss: number; lr: number; lossScale: number; gradNorm: number }[];
    epochs: {
      epoch: number;
      trainLoss: number;
      validationLoss: number | null;
      validationAccuracy: number | null;
      /** Per view (runs written before views existed have none). */
      validationViews?: ViewScores[];
    }[];
    test: { loss: number; accuracy: number; views?: ViewScores[] } | null;
  };
}

/** What a checkpoint's JSON holds beyond TrainerState: the positions of the data order, optimizer and scaler. */
interface SavedState extends TrainerState {
  schedule: ScheduleState;
  scaler: LossScalerState;
  adamStep: number;
}

/** Internal layout → HF layout for one host tensor (linear kernels are stored [in, out] on the device). */
const toHfLayout = (spec: ParamSpec | undefined, t: HostTensor) => (spec?.layout === 'linear-weight' ? transposeHost(t) : t);
const toInternalLayout = toHfLayout; // a transpose is its own inverse

async function hostCopies(tensors: Iterable<[string, tf.Tensor]>, specs: ReadonlyMap<string, ParamSpec>): Promise<StateDict> {
  const out: StateDict = new Map();
  for (const [name, t] of tensors) {
    const data = Float32Array.from(await t.data<'float32'>()); // device → host: checkpointing
    out.set(name, toHfLayout(specs.get(name), { dtype: 'F32', shape: [...t.shape], data }));
  }
  return out;
}

/** What a checkpoint holds of a run: the trainer hands these in (it owns them; nothing here keeps a reference). */
export interface RunParts {
  model: RobertaModel;
  optimizer: AdamW;
  state: TrainerState;
  schedule: ScheduleState;
  scaler: LossScalerState;
  /** The best epoch's trainable weights (early stopping), when kept. */
  bestWeights: Map<string, tf.Tensor> | null;
}

/** A run as checkpoint bytes (reads every weight and moment back from the device). */
export async function checkpointBytes(run: RunParts): Promise<Uint8Array> {
  const specs = run.model.params.specs;
  const adam = await run.optimizer.exportState();
  const tensors: CheckpointTensors = {
    model: await exportStateDict(run.model),
    ...momentsToCheckpoint(adam, specs),
    best: run.bestWeights ? await hostCopies(run.bestWeights, specs) : undefined,
  };
  const state: SavedState = { ...run.state, schedule: run.schedule, scaler: run.scaler, adamStep: adam.step };
  return writeTrainingCheckpoint({ state, tensors });
}

/** AdamW moments as checkpoint tensor groups, in Hugging Face layout. */
export function momentsToCheckpoint(adam: AdamWState, specs: ReadonlyMap<string, ParamSpec>): Pick<CheckpointTensors, 'expAvg' | 'expAvgSq'> {
  const moment = (which: 'm' | 'v') => {
    const dict: StateDict = new Map();
    for (const [name, mo] of adam.moments) {
      dict.set(name, toHfLayout(specs.get(name), { dtype: 'F32', shape: mo.shape, data: mo[which] }));
    }
    return dict;
  };
  return { expAvg: moment('m'), expAvgSq: moment('v') };
}

/** AdamW state back from checkpoint tensors (internal layout). */
export function momentsFromCheckpoint(tensors: CheckpointTensors, specs: ReadonlyMap<string, ParamSpec>, step: number): AdamWState {
  const adam: AdamWState = { step, moments: new Map() };
  for (const [name, m] of tensors.expAvg) {
    const v = tensors.expAvgSq.get(name);
    if (!v) throw new Error(`corrupt training checkpoint: no second moment for "${name}"`);
    const mi = toInternalLayout(specs.get(name), m);
    adam.moments.set(name, { m: mi.data as Float32Array, v: toInternalLayout(specs.get(name), v).data as Float32Array, shape: mi.shape });
  }
  return adam;
}

/** The JSON half of a checkpoint (configs, labels, counters) without touching tensors: to build its model. */
export function peekTrainingCheckpoint(bytes: Uint8Array): TrainerState {
  const { state } = readTrainingCheckpoint<SavedState>(bytes);
  return { ...state, trainConfig: completeTrainConfig(state.trainConfig) };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A saved run, read back for Trainer.resume: the model's weights are already loaded. */
export interface RestoredRun {
  state: TrainerState;
  schedule: ScheduleState;
  /** The run's own settings, with this machine's memory budget. */
  config: TrainConfig;
  adam: AdamWState;
  scaler: LossScalerState;
  bestWeights: Map<string, tf.Tensor> | null;
}

/**
 * Reads a checkpoint for a resume on `data` and loads its weights into `model`; refuses a checkpoint made for other
 * data, labels or tokenizer. The run keeps its settings except `maxTokensPerPass` (the resuming machine's memory
 * budget, which leaves the maths as is).
 */
export function restoreRun(
  bytes: Uint8Array,
  opts: { model: RobertaModel; data: EncodedDataset; tokenizerFingerprint: string; maxTokensPerPass?: number },
): RestoredRun {
  const { state: saved, tensors } = readTrainingCheckpoint<SavedState>(bytes);
  if (!same(saved.labels, opts.data.labels)) {
    throw new Error(`the checkpoint was trained on [${saved.labels.join(', ')}] but the data has [${opts.data.labels.join(', ')}]`);
  }
  if (saved.dataFingerprint !== datasetFingerprint(opts.data)) {
    throw new Error('the checkpoint was trained on different files (or another max length / split): resume it with the same dataset');
  }
  if (saved.tokenizerFingerprint !== opts.tokenizerFingerprint) {
    throw new Error('the checkpoint was trained with a different tokenizer');
  }
  const { schedule, scaler, adamStep, ...state } = saved;
  const recipe = completeTrainConfig(saved.trainConfig);
  const config: TrainConfig = { ...recipe, max_tokens_per_pass: opts.maxTokensPerPass ?? recipe.max_tokens_per_pass };
  state.trainConfig = config;
  loadStateDict(opts.model, tensors.model);
  const specs = opts.model.params.specs;
  const bestWeights = tensors.best
    ? new Map(
        [...tensors.best].map(([name, t]) => {
          const internal = toInternalLayout(specs.get(name), t);
          return [name, tf.tensor(internal.data as Float32Array, internal.shape, 'float32')] as const;
        }),
      )
    : null;
  return { state, schedule, config, adam: momentsFromCheckpoint(tensors, specs, adamStep), scaler, bestWeights };
}
