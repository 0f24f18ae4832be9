/**
 * Embedding lookup: rows of a table gathered by integer ids, with a hand-written gradient.
 *
 * tfjs's own GatherV2 gradient needs the UnsortedSegmentSum kernel, which tfjs-wasm lacks. The gradient of a
 * gather is a scatter-add of the output gradient back into the table's rows, so we use tf.scatterND, whose
 * kernels SUM duplicate indices on every backend we run: cpu (ScatterNd.js: `sumDupeIndices = true`), wasm
 * (scatter_impl.cc: `*out_buf_ptr += *updates_ptr`), webgpu (scatter_webgpu.js: atomicAdd when
 * sumDupeIndices, the default). A token that occurs twice thus receives both gradients (tested).
 */
import * as tf from '@tensorflow/tfjs-core';
import { customGradient } from './customGradient.ts';

/** table[ids]: table [V, H], ids int32 [...] → [..., H]. */
export function embedding(table: tf.Tensor2D, ids: tf.Tensor): tf.Tensor {
  if (ids.dtype !== 'int32') throw new Error(`embedding: ids must be int32, got ${ids.dtype}`);
  const [vocab, hidden] = table.shape;
  const flatIds = tf.reshape(ids, [-1]) as tf.Tensor1D; // [N]

  const op = customGradient(([tableIn], save) => {
    // Saved, not captured: the ids may be an intermediate (position ids) that the forward scope disposes.
    save([flatIds]);
    return {
      value: tf.gather(tableIn, flatIds), // [N, H]
      gradFunc: (dy, saved) =>
        tf.tidy(() => {
          const rows = tf.reshape(saved[0]!, [-1, 1]); // [N, 1]: one index per update row
          return [tf.scatterND(rows, tf.reshape(dy, [-1, hidden]), [vocab, hidden])]; // [V, H], duplicates summed
        }),
    };
  });
  return tf.reshape(op(table), [...ids.shape, hidden]);
}
