/**
 * Training checkpoints: everything needed to continue a run exactly — weights, AdamW moments and step count,
 * scheduler position, loss-scaler state, epoch/batch position and RNG state, configs, labels, tokenizer and data
 * fingerprints, the best weights so far (early stopping) and the metrics history — as ONE safetensors file:
 * tensors under HF names with a prefix, the rest as JSON in the `__metadata__` (string → string, as safetensors
 * allows). Bytes only: where they are kept (IndexedDB, a download, a file) is the caller's business.
 *
 * Tensors are stored in Hugging Face layout ([out, in] linear weights), like every other file we write.
 */
import { readSafetensors, writeSafetensors } from './safetensors.ts';
import type { HostTensor, StateDict } from './types.ts';

export const TRAINING_CHECKPOINT_FORMAT = 'codeberta-studio/training-checkpoint';
export const TRAINING_CHECKPOINT_VERSION = 1;
const STATE_KEY = 'codeberta.training_state';

/** Tensor groups of a checkpoint, each keyed by HF parameter name. */
export interface CheckpointTensors {
  model: StateDict; // every parameter
  expAvg: StateDict; // AdamW first moments (trainable parameters only)
  expAvgSq: StateDict; // AdamW second moments
  best?: StateDict; // trainable parameters at the best validation loss (frozen ones never change)
}

const PREFIXES: Record<keyof CheckpointTensors, string> = {
  model: 'model.',
  expAvg: 'optimizer.exp_avg.',
  expAvgSq: 'optimizer.exp_avg_sq.',
  best: 'best.',
};

/** The JSON half. `S` is the trainer's state type; this module only checks the envelope. */
export interface TrainingCheckpoint<S> {
  state: S;
  tensors: CheckpointTensors;
}

export function writeTrainingCheckpoint<S>(checkpoint: TrainingCheckpoint<S>): Uint8Array {
  const all: StateDict = new Map();
  for (const group of Object.keys(PREFIXES) as (keyof CheckpointTensors)[]) {
    for (const [name, t] of checkpoint.tensors[group] ?? []) all.set(PREFIXES[group] + name, t);
  }
  const envelope = { format: TRAINING_CHECKPOINT_FORMAT, version: TRAINING_CHECKPOINT_VERSION, state: checkpoint.state };
  return writeSafetensors(all, { format: 'pt', [STATE_KEY]: JSON.stringify(envelope) });
}

/** Parses and checks a checkpoint; a corrupt or foreign file is refused with a clear message. */
export function readTrainingCheckpoint<S>(bytes: Uint8Array): TrainingCheckpoint<S> {
  let file;
  try {
    file = readSafetensors(bytes);
  } catch (err) {
    throw new Error(`not a training checkpoint: ${(err as Error).message}`);
  }
  const raw = file.metadata[STATE_KEY];
  if (raw === undefined) {
    throw new Error('not a training checkpoint: the safetensors file has no training state (is it an exported model?)');
  }
  let envelope: { format?: string; version?: number; state?: S };
  try {
    envelope = JSON.parse(raw);
  } catch {
    throw new Error('corrupt training checkpoint: its training state is not valid JSON');
  }
  if (envelope.format !== TRAINING_CHECKPOINT_FORMAT || envelope.state === undefined) {
    throw new Error('not a training checkpoint of CodeBERTa Studio');
  }
  if (envelope.version !== TRAINING_CHECKPOINT_VERSION) {
    throw new Error(`training checkpoint version ${envelope.version} is not supported (expected ${TRAINING_CHECKPOINT_VERSION})`);
  }
  const tensors: CheckpointTensors = { model: new Map(), expAvg: new Map(), expAvgSq: new Map() };
  for (const [key, t] of file.stateDict) {
    const group = (Object.keys(PREFIXES) as (keyof CheckpointTensors)[]).find((g) => key.startsWith(PREFIXES[g]));
    if (!group) throw new Error(`corrupt training checkpoint: unexpected tensor "${key}"`);
    (tensors[group] ??= new Map()).set(key.slice(PREFIXES[group].length), t);
  }
  if (tensors.model.size === 0) throw new Error('corrupt training checkpoint: it holds no model weights');
  return { state: envelope.state, tensors };
}

/** Row-major transpose of a 2-D float32 host tensor ([in, out] kernels ↔ HF [out, in] weights). */
export function transposeHost(t: HostTensor): HostTensor {
  const [rows, cols] = t.shape as [number, number];
  const src = t.data as Float32Array;
  const out = new Float32Array(src.length);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = src[r * cols + c]!;
  return { dtype: 'F32', shape: [cols, rows], data: out };
}
