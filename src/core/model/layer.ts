/**
 * RobertaLayer: attention block, then the feed-forward block
 *   intermediate = GELU(x·W1 + b1)   [B, T, I]
 *   output       = LayerNorm(dropout(intermediate·W2 + b2) + x)   [B, T, H]
 */
import * as tf from '@tensorflow/tfjs-core';
import { attention } from './attention.ts';
import type { ForwardContext } from './context.ts';
import { dropout } from './dropout.ts';
import { gelu } from './gelu.ts';
import { layerNorm } from './layerNorm.ts';
import { linear } from './linear.ts';
import type { RobertaModel } from './params.ts';

/**
 * hidden [B, T, H], bias [B, 1, 1, T] → [B, T, H], or [B, 1, H] with `firstTokenOnly` (token 0 attends to all
 * tokens; the other rows are not computed: attention output, LayerNorm and feed-forward are all per token).
 */
export function encoderLayer(
  model: RobertaModel,
  layerIndex: number,
  hidden: tf.Tensor3D,
  bias: tf.Tensor4D,
  ctx: ForwardContext,
  opts: { firstTokenOnly?: boolean } = {},
): tf.Tensor3D {
  const { config, params } = model;
  const p = `roberta.encoder.layer.${layerIndex}`;
  const attended = attention(model, layerIndex, hidden, bias, ctx, opts); // [B, Tq, H]
  const intermediate = gelu(linear(attended, params.linear(`${p}.intermediate.dense`), ctx)); // [B, Tq, I]
  const out = dropout(linear(intermediate, params.linear(`${p}.output.dense`), ctx), config.hidden_dropout_prob, ctx); // [B, Tq, H]
  return layerNorm(tf.add(out, attended) as tf.Tensor3D, params.layerNorm(`${p}.output.LayerNorm`), config.layer_norm_eps);
}
