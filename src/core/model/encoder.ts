/**
 * RobertaModel without pooler: embeddings → N encoder layers. Optionally keeps every hidden state
 * (HF `output_hidden_states`: the embeddings output, then the output of each layer).
 */
import * as tf from '@tensorflow/tfjs-core';
import { attentionBias } from './attention.ts';
import type { ForwardContext } from './context.ts';
import { embeddings } from './embeddings.ts';
import { encoderLayer } from './layer.ts';
import type { RobertaModel } from './params.ts';

export interface EncoderOutput {
  lastHiddenState: tf.Tensor3D; // [B, T, H]
  /** Only when requested: [embeddings output, layer 0 output, …, layer N−1 output], each [B, T, H]. */
  hiddenStates?: tf.Tensor3D[];
}

/** inputIds, attentionMask [B, T] → hidden states [B, T, H] */
export function encoder(
  model: RobertaModel,
  inputIds: tf.Tensor2D,
  attentionMask: tf.Tensor2D,
  ctx: ForwardContext,
  opts: { hiddenStates?: boolean } = {},
): EncoderOutput {
  const bias = attentionBias(attentionMask); // [B, 1, 1, T]
  let hidden = embeddings(model, inputIds, ctx); // [B, T, H]
  const hiddenStates = opts.hiddenStates ? [hidden] : undefined;
  for (let l = 0; l < model.config.num_hidden_layers; l++) {
    // A scope per layer: its intermediates go as soon as it is done (under a gradient tape, tfjs keeps
    // what the backward pass saved), so peak memory is about one layer's activations, not all of them.
    const input = hidden;
    hidden = tf.tidy(() => encoderLayer(model, l, input, bias, ctx)); // [B, T, H]
    hiddenStates?.push(hidden);
  }
  return { lastHiddenState: hidden, hiddenStates };
}
