/**
 * RobertaClassificationHead: the hidden state of token 0 (<s>) → dropout → dense → tanh → dropout → out_proj.
 * (RoBERTa's classifier has its own dense layer; the pooler is not used.)
 */
import * as tf from '@tensorflow/tfjs-core';
import type { ForwardContext } from './context.ts';
import { dropout } from './dropout.ts';
import { linear } from './linear.ts';
import type { RobertaModel } from './params.ts';

/** [B, T, H] (or [B, 1, H]: token 0 only) → logits [B, labels] */
export function classificationHead(model: RobertaModel, hidden: tf.Tensor3D, ctx: ForwardContext): tf.Tensor2D {
  const { config, params } = model;
  const [B, , H] = hidden.shape;
  const rate = config.classifier_dropout ?? config.hidden_dropout_prob;
  const first = tf.reshape(tf.slice(hidden, [0, 0, 0], [B, 1, H]), [B, H]) as tf.Tensor2D; // [B, H]
  const dense = tf.tanh(linear(dropout(first, rate, ctx), params.linear('classifier.dense'), ctx)); // [B, H]
  return linear(dropout(dense, rate, ctx), params.linear('classifier.out_proj'), ctx); // [B, labels]
}
