/**
 * RobertaForSequenceClassification: encoder → classification head → (optional) mean cross-entropy loss,
 * as Hugging Face transformers 4.40 computes it for single-label classification.
 *
 * All intermediates are owned by a tf.tidy: callers get back only what they asked for. Inside
 * tf.variableGrads / tf.grads the tape keeps what the backward pass needs.
 */
import * as tf from '@tensorflow/tfjs-core';
import { classificationHead } from './classificationHead.ts';
import type { ForwardContext } from './context.ts';
import { encoder } from './encoder.ts';
import type { RobertaModel } from './params.ts';

export interface ClassifierInputs {
  inputIds: tf.Tensor2D; // [B, T] int32
  attentionMask: tf.Tensor2D; // [B, T] int32 or float32, 1 = token, 0 = padding
  labels?: tf.Tensor1D; // [B] int32 class ids
}

export interface ClassifierOutput {
  logits: tf.Tensor2D; // [B, labels]
  loss?: tf.Scalar; // mean cross-entropy, only when labels were given
}

/** Mean cross-entropy of logits [B, C] against int32 labels [B] (torch CrossEntropyLoss, reduction "mean"). */
export function crossEntropy(logits: tf.Tensor2D, labels: tf.Tensor1D): tf.Scalar {
  return tf.tidy(() => {
    // One-hot product instead of a gather: gather's gradient needs UnsortedSegmentSum, absent on wasm.
    const oneHot = tf.oneHot(tf.cast(labels, 'int32'), logits.shape[1]); // [B, C]
    const logProbs = tf.logSoftmax(logits); // [B, C]
    return tf.neg(tf.mean(tf.sum(tf.mul(oneHot, logProbs), 1))) as tf.Scalar;
  });
}

function checkInputs(model: RobertaModel, inputs: ClassifierInputs): void {
  const { inputIds, attentionMask, labels } = inputs;
  if (inputIds.dtype !== 'int32') throw new Error(`inputIds must be int32, got ${inputIds.dtype}`);
  if (inputIds.rank !== 2 || attentionMask.shape.join() !== inputIds.shape.join()) {
    throw new Error(`inputIds [${inputIds.shape}] and attentionMask [${attentionMask.shape}] must be the same [B, T]`);
  }
  const T = inputIds.shape[1];
  // Positions run up to T + pad, and must exist in the position table (514 = 512 tokens for CodeBERTa).
  const maxT = model.config.max_position_embeddings - model.config.pad_token_id - 1;
  if (T > maxT) throw new Error(`sequence length ${T} exceeds the model's ${maxT} positions`);
  if (labels && (labels.rank !== 1 || labels.shape[0] !== inputIds.shape[0])) {
    throw new Error(`labels [${labels.shape}] must be [B] = [${inputIds.shape[0]}]`);
  }
}

/** Logits (and loss when labels are given). */
export function forward(model: RobertaModel, inputs: ClassifierInputs, ctx: ForwardContext): ClassifierOutput {
  checkInputs(model, inputs);
  return tf.tidy(() => {
    // The head reads token 0 only, so the last layer computes only that row (see EncoderOptions.firstTokenOnly).
    const { lastHiddenState } = encoder(model, inputs.inputIds, inputs.attentionMask, ctx, { firstTokenOnly: true }); // [B, 1, H]
    const logits = classificationHead(model, lastHiddenState, ctx); // [B, labels]
    if (!inputs.labels) return { logits };
    return { logits, loss: crossEntropy(logits, inputs.labels) };
  });
}

export interface HiddenOutput {
  lastHiddenState: tf.Tensor3D; // [B, T, H]
  /** [embeddings output, layer 0, …, layer N−1], each [B, T, H] (HF output_hidden_states). */
  hiddenStates: tf.Tensor3D[];
  logits: tf.Tensor2D; // [B, labels]
}

/** Everything the parity checks compare: every hidden state and the logits. */
export function forwardHidden(model: RobertaModel, inputs: ClassifierInputs, ctx: ForwardContext): HiddenOutput {
  checkInputs(model, inputs);
  return tf.tidy(() => {
    const { lastHiddenState, hiddenStates } = encoder(model, inputs.inputIds, inputs.attentionMask, ctx, { hiddenStates: true });
    return { lastHiddenState, hiddenStates: hiddenStates!, logits: classificationHead(model, lastHiddenState, ctx) };
  });
}
