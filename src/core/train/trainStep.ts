/**
 * One optimizer step of the seed's train_epoch, over `gradient_accumulation_steps` micro-batches:
 *
 *   for each micro-batch: loss = model(batch).loss / accumulation; scaler.scale(loss).backward()
 *   scaler.unscale_(opt); clip_grad_norm_(trainable, max_grad_norm); scaler.step(opt); scaler.update()
 *
 * A micro-batch larger than `maxTokensPerPass` runs as several passes over chunks of its rows, each chunk's
 * mean loss weighted by its share of the rows, which leaves every number above unchanged (microBatching.ts).
 * Gradients are taken for the trainable parameters only (frozen ones cost no gradient work) and summed across
 * passes on the device. Nothing is read back here except the loss scaler's found-inf flag when mixed
 * precision is on; the loss and gradient norm stay on the device until the caller decides to read them.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Batch } from '../data/batches.ts';
import type { ForwardContext } from '../model/context.ts';
import type { RobertaModel } from '../model/params.ts';
import { forward } from '../model/sequenceClassifier.ts';
import type { AdamW } from './adamw.ts';
import { applyGradients } from './applyGradients.ts';
import type { LossScaler } from './lossScaler.ts';
import { splitForMemory } from './microBatching.ts';
import { disposeTensorMap } from './tensorMaps.ts';

export interface TrainStepInput {
  model: RobertaModel;
  optimizer: AdamW;
  scaler: LossScaler;
  /** The micro-batches of this optimizer step (length = gradient accumulation steps, fewer at an epoch's end). */
  microBatches: readonly Batch[];
  /** Divisor of each micro-batch loss: the configured accumulation steps (as the seed divides). */
  accumulationSteps: number;
  lr: number;
  maxGradNorm: number | null;
  /** Forward context of micro-batch i (dropout seeds, fp16 cast); evaluation-mode contexts give no dropout. */
  contextFor: (microBatchIndex: number) => ForwardContext;
  /** Largest B·T one forward/backward pass may hold (resolveMaxTokensPerPass); default Infinity: never split. */
  maxTokensPerPass?: number;
}

export interface TrainStepResult {
  /** Σ micro losses / accumulation steps (the step's mean loss, unscaled) — on the device, caller owns it. */
  loss: tf.Scalar;
  /** Global gradient norm before clipping — on the device, caller owns it. */
  gradNorm: tf.Scalar;
  /** The loss scaler found inf/NaN gradients and the optimizer step was skipped. */
  skipped: boolean;
  /** Forward/backward passes run: one per micro-batch, more where one was split for memory. */
  passes: number;
}

/** int32 tensors of a host batch: ids [B, T], mask [B, T], labels [B]. */
export function batchTensors(batch: Batch): { inputIds: tf.Tensor2D; attentionMask: tf.Tensor2D; labels: tf.Tensor1D } {
  const shape: [number, number] = [batch.batchSize, batch.seqLen];
  return {
    inputIds: tf.tensor2d(batch.inputIds, shape, 'int32'),
    attentionMask: tf.tensor2d(batch.attentionMask, shape, 'int32'),
    labels: tf.tensor1d(batch.labels, 'int32'),
  };
}

export async function trainStep(input: TrainStepInput): Promise<TrainStepResult> {
  const { model, scaler } = input;
  const trainable = model.params.trainable(); // HF name → variable
  const nameOf = new Map([...trainable].map(([name, v]) => [v.name, name]));
  const varList = [...trainable.values()];

  // One context per micro-batch: its passes draw successive dropout seeds from it, reproducibly.
  const passes = input.microBatches.flatMap((microBatch, i) => {
    const ctx = input.contextFor(i);
    return splitForMemory(microBatch, input.maxTokensPerPass ?? Infinity).map((pass) => ({ ...pass, ctx }));
  });

  let summed: Map<string, tf.Tensor> | undefined;
  let lossSum: tf.Scalar = tf.scalar(0);
  for (const { batch, weight, ctx } of passes) {
    // weight · mean / accumulation as one division: unsplit (weight 1) it is exactly the seed's loss / accumulation.
    const divisor = input.accumulationSteps / weight;
    const tensors = batchTensors(batch);
    const { value, grads } = tf.variableGrads(() => {
      const { loss } = forward(model, tensors, ctx);
      return scaler.scaleLoss(tf.div(loss!, divisor)) as tf.Scalar;
    }, varList);
    tf.dispose(tensors);

    const unscaledLoss = tf.div(value, scaler.scale) as tf.Scalar;
    const nextLossSum = tf.add(lossSum, unscaledLoss) as tf.Scalar;
    tf.dispose([value, unscaledLoss, lossSum]);
    lossSum = nextLossSum;

    const named = new Map(Object.entries(grads).map(([varName, g]) => [nameOf.get(varName)!, g]));
    if (!summed) {
      summed = named;
    } else {
      for (const [name, g] of named) {
        const acc = summed.get(name)!;
        summed.set(name, tf.add(acc, g));
        acc.dispose();
        g.dispose();
      }
    }
  }
  if (!summed) throw new Error('trainStep needs at least one micro-batch');

  try {
    const { skipped, gradNorm } = await applyGradients({
      grads: summed,
      optimizer: input.optimizer,
      scaler,
      lr: input.lr,
      maxGradNorm: input.maxGradNorm,
    });
    return { loss: lossSum, gradNorm, skipped, passes: passes.length };
  } catch (err) {
    lossSum.dispose();
    throw err;
  } finally {
    disposeTensorMap(summed);
  }
}
