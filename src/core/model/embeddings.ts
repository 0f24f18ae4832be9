/**
 * RobertaEmbeddings: word + token-type + position embeddings, LayerNorm, dropout.
 *
 * RoBERTa numbers positions from padding_idx + 1 and gives padding tokens position padding_idx, derived from the
 * input ids (not the attention mask), exactly as HF `create_position_ids_from_input_ids`:
 *   position_ids = cumsum(ids != pad) · (ids != pad) + pad
 * Token types are all 0 (RoBERTa has type_vocab_size 1 and the tokenizer emits no token_type_ids).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { ForwardContext } from './context.ts';
import { dropout } from './dropout.ts';
import { embedding } from './embedding.ts';
import { layerNorm } from './layerNorm.ts';
import type { RobertaModel } from './params.ts';

/** [B, T] int32 input ids → [B, T] int32 position ids (padding → pad, real tokens → pad+1, pad+2, …). */
export function positionIdsFromInputIds(inputIds: tf.Tensor2D, padTokenId: number): tf.Tensor2D {
  return tf.tidy(() => {
    const notPad = tf.cast(tf.notEqual(inputIds, tf.scalar(padTokenId, 'int32')), 'int32'); // [B, T]
    return tf.add(tf.mul(tf.cumsum(notPad, 1), notPad), tf.scalar(padTokenId, 'int32')) as tf.Tensor2D; // [B, T]
  });
}

/** [B, T] int32 → [B, T, H] */
export function embeddings(model: RobertaModel, inputIds: tf.Tensor2D, ctx: ForwardContext): tf.Tensor3D {
  const { config, params } = model;
  const p = 'roberta.embeddings';
  const H = config.hidden_size;
  const positionIds = positionIdsFromInputIds(inputIds, config.pad_token_id); // [B, T]

  const words = embedding(params.get(`${p}.word_embeddings.weight`) as tf.Tensor2D, inputIds); // [B, T, H]
  // token_type_ids are all 0: every position adds row 0 of the token-type table.
  const tokenTypeTable = params.get(`${p}.token_type_embeddings.weight`) as tf.Tensor2D; // [types, H]
  const tokenType = tokenTypeTable.shape[0] === 1 ? tf.reshape(tokenTypeTable, [H]) : tf.reshape(tf.slice(tokenTypeTable, [0, 0], [1, H]), [H]); // [H]
  const positions = embedding(params.get(`${p}.position_embeddings.weight`) as tf.Tensor2D, positionIds); // [B, T, H]

  // Same summation order as HF: (inputs_embeds + token_type_embeddings) + position_embeddings.
  const summed = tf.add(tf.add(words, tokenType), positions) as tf.Tensor3D; // [B, T, H]
  const normed = layerNorm(summed, params.layerNorm(`${p}.LayerNorm`), config.layer_norm_eps); // [B, T, H]
  return dropout(normed, config.hidden_dropout_prob, ctx);
}
