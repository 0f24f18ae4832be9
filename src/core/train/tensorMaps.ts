/** Name → tensor maps (gradients, parameters): the small ownership helpers the trainer needs. */
import type * as tf from '@tensorflow/tfjs-core';

/** Disposes every tensor of the map (the map itself is left as is). */
export function disposeTensorMap(tensors: ReadonlyMap<string, tf.Tensor>): void {
  for (const t of tensors.values()) t.dispose();
}
