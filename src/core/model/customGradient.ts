/**
 * A typed wrapper of tf.customGrad: the forward function receives its input tensors as an array plus the
 * `save` callback (tfjs's own typing lumps them into one union-typed rest parameter). Tensors the gradient
 * needs must go through `save`: the forward scope disposes its intermediates before the backward pass runs.
 */
import * as tf from '@tensorflow/tfjs-core';

export interface CustomGradientResult {
  value: tf.Tensor;
  /** One gradient per input, same order and shapes, float32. */
  gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => tf.Tensor[];
}

export function customGradient(
  forward: (inputs: tf.Tensor[], save: tf.GradSaveFunc) => CustomGradientResult,
): (...inputs: tf.Tensor[]) => tf.Tensor {
  const f = (...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const save = args[args.length - 1] as tf.GradSaveFunc;
    return forward(args.slice(0, -1) as tf.Tensor[], save);
  };
  return tf.customGrad(f as Parameters<typeof tf.customGrad>[0]) as (...inputs: tf.Tensor[]) => tf.Tensor;
}
