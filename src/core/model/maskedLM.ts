/**
 * RobertaForMaskedLM: the encoder plus Hugging Face's RobertaLMHead, with HF names —
 *   lm_head.dense → GELU → lm_head.layer_norm → decoder (tied to the word embeddings) + lm_head.bias.
 * CodeBERTa-small-v1 is published as this model; `codeberta pretrain` trains one.
 *
 * The decoder weight is the word-embedding table itself (tie_word_embeddings): its gradient flows into the
 * embeddings. Exported checkpoints also carry `lm_head.decoder.weight` / `.bias` (copies of the tied
 * tensors) as transformers' save_pretrained writes them.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { HostTensor, StateDict } from '../checkpoint/types.ts';
import type { RobertaConfig } from './config.ts';
import type { ForwardContext } from './context.ts';
import { embedding } from './embedding.ts';
import { encoder } from './encoder.ts';
import { gelu } from './gelu.ts';
import { layerNorm } from './layerNorm.ts';
import { linear } from './linear.ts';
import { matMul, transposeLast2 } from './matmul.ts';
import { exportStateDict, initParamStore, type NormalSampler, type RobertaModel } from './params.ts';
import { paramSpecs, type ParamSpec } from './paramSpecs.ts';

/** The encoder's parameters and the LM head's (named_parameters() order of RobertaForMaskedLM, untied). */
export function maskedLMSpecs(config: RobertaConfig): ParamSpec[] {
  const H = config.hidden_size;
  const encoderSpecs = paramSpecs(config, 1).filter((s) => s.name.startsWith('roberta.'));
  return [
    ...encoderSpecs,
    { name: 'lm_head.dense.weight', hfShape: [H, H], layout: 'linear-weight', init: 'normal' },
    { name: 'lm_head.dense.bias', hfShape: [H], layout: 'as-is', init: 'zeros' },
    { name: 'lm_head.layer_norm.weight', hfShape: [H], layout: 'as-is', init: 'ones' },
    { name: 'lm_head.layer_norm.bias', hfShape: [H], layout: 'as-is', init: 'zeros' },
    { name: 'lm_head.bias', hfShape: [config.vocab_size], layout: 'as-is', init: 'zeros' },
  ];
}

/** A freshly initialised masked-LM model (HF _init_weights), with no classifier. */
export function initMaskedLM(config: RobertaConfig, init: number | NormalSampler): RobertaModel {
  const lmConfig = { ...config, architectures: ['RobertaForMaskedLM'] };
  return { config: lmConfig, numLabels: 0, params: initParamStore(lmConfig, maskedLMSpecs(lmConfig), init) };
}

/** The LM head on hidden states [N, H] → vocabulary logits [N, V]. */
export function lmHead(model: RobertaModel, hidden: tf.Tensor2D, ctx: ForwardContext): tf.Tensor2D {
  const { params, config } = model;
  const x = gelu(linear(hidden, params.linear('lm_head.dense'), ctx)); // [N, H]
  const normed = layerNorm(x, params.layerNorm('lm_head.layer_norm'), config.layer_norm_eps); // [N, H]
  const table = params.get('roberta.embeddings.word_embeddings.weight') as tf.Variable<tf.Rank.R2>; // [V, H]
  const logits = matMul(normed, transposeLast2(table), ctx); // [N, V]: the tied decoder
  return tf.add(logits, params.get('lm_head.bias')); // [N, V]
}

export interface MaskedLMInputs {
  inputIds: tf.Tensor2D; // [B, T] int32, masked
  attentionMask: tf.Tensor2D; // [B, T]
  /** Flat positions (b·T + t) whose token is predicted, int32 [M]. */
  positions: tf.Tensor1D;
  /** The original token at each of those positions, int32 [M]. */
  targets: tf.Tensor1D;
}

/**
 * Masked-LM loss: mean cross-entropy over the masked positions only (HF: labels −100 elsewhere). Only the M
 * masked rows go through the head, not all B·T: the vocabulary projection is the head's whole cost.
 */
export function maskedLMLoss(model: RobertaModel, inputs: MaskedLMInputs, ctx: ForwardContext): tf.Scalar {
  return tf.tidy(() => {
    const { lastHiddenState } = encoder(model, inputs.inputIds, inputs.attentionMask, ctx); // [B, T, H]
    const H = model.config.hidden_size;
    // Row gather with a scatter gradient (tf.gather's gradient needs a kernel tfjs-wasm lacks).
    const rows = embedding(tf.reshape(lastHiddenState, [-1, H]) as tf.Tensor2D, inputs.positions) as tf.Tensor2D; // [M, H]
    const logits = lmHead(model, rows, ctx); // [M, V]
    const oneHot = tf.oneHot(inputs.targets, model.config.vocab_size); // [M, V]
    return tf.neg(tf.mean(tf.sum(tf.mul(oneHot, tf.logSoftmax(logits)), 1))) as tf.Scalar;
  });
}

/** Vocabulary logits at every position [B, T, V] (for inspection and the fixture checks). */
export function maskedLMLogits(model: RobertaModel, inputIds: tf.Tensor2D, attentionMask: tf.Tensor2D, ctx: ForwardContext): tf.Tensor3D {
  return tf.tidy(() => {
    const [B, T] = inputIds.shape;
    const { lastHiddenState } = encoder(model, inputIds, attentionMask, ctx); // [B, T, H]
    const logits = lmHead(model, tf.reshape(lastHiddenState, [B * T, -1]) as tf.Tensor2D, ctx); // [B·T, V]
    return tf.reshape(logits, [B, T, -1]) as tf.Tensor3D;
  });
}

/** HF state dict of a masked-LM model, with the tied decoder tensors save_pretrained writes. */
export async function exportMaskedLMStateDict(model: RobertaModel): Promise<StateDict> {
  const sd = await exportStateDict(model);
  const copy = (t: HostTensor): HostTensor => ({ ...t, shape: [...t.shape], data: (t.data as Float32Array).slice() });
  sd.set('lm_head.decoder.weight', copy(sd.get('roberta.embeddings.word_embeddings.weight')!));
  sd.set('lm_head.decoder.bias', copy(sd.get('lm_head.bias')!));
  return sd;
}
