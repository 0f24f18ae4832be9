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
  /** [B, T, H]; [B, 1, H] (token 0 only) with `firstTokenOnly`. */
  lastHiddenState: tf.Tensor3D;
  /** Only when requested: [embeddings output, layer 0 output, …, layer N−1 output], each [B, T, H]. */
  hiddenStates?: tf.Tensor3D[];
}

export interface EncoderOptions {
  hiddenStates?: boolean;
  /**
   * Compute only token 0 in the last layer (its keys and values still come from every token). The classifier
   * reads nothing else, so logits, loss and every gradient are unchanged, and the last layer's query, output
   * projection and feed-forward shrink from T rows to 1: about 1/7 of CodeBERTa's FLOPs, forward and backward.
   */
  firstTokenOnly?: boolean;
}

/** inputIds, attentionMask [B, T] → hidden states [B, T, H] */
export function encoder(
  model: RobertaModel,
  inputIds: tf.Tensor2D,
  attentionMask: tf.Tensor2D,
  ctx: ForwardContext,
  opts: EncoderOptions = {},
): EncoderOutput {
  const layers = model.config.num_hidden_layers;
  const bias = attentionBias(attentionMask); // [B, 1, 1, T]
  let hidden = embeddings(model, inputIds, ctx); // [B, T, H]
  const hiddenStates = opts.hiddenStates ? [hidden] : undefined;
  for (let l = 0; l < layers; l++) {
    // A scope per layer: its intermediates go as soon as it is done (under a gradient tape, tfjs keeps
    // what the backward pass saved), so peak memory is about one layer's activations, not all of them.
    const input = hidden;
    const firstTokenOnly = opts.firstTokenOnly === true && l === layers - 1;
    hidden = tf.tidy(() => encoderLayer(model, l, input, bias, ctx, { firstTokenOnly })); // [B, T, H] or [B, 1, H]
    hiddenStates?.push(hidden);
  }
  return { lastHiddenState: hidden, hiddenStates };
}
