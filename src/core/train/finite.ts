/**
 * On-device non-finite checks (inf / NaN) that return a scalar tensor instead of a number, so the caller
 * decides when to pay for the one GPU→CPU read (the loss scaler reads it once per optimizer step).
 */
import * as tf from '@tensorflow/tfjs-core';

/** bool scalar: true when `t` has any ±Inf or NaN element. Caller owns the result. */
export function hasNonFinite(t: tf.Tensor): tf.Scalar {
  // Reductions of empty tensors are wrong in tfjs 4.22 (cpu: all([]) = false; wasm: uninitialised memory).
  if (t.size === 0) return tf.scalar(false, 'bool');
  return tf.tidy(() => tf.logicalNot(tf.all(tf.isFinite(t))) as tf.Scalar);
}

/** bool scalar: true when any of the tensors has a ±Inf or NaN element (false for none). Caller owns it. */
export function anyNonFinite(tensors: Iterable<tf.Tensor>): tf.Scalar {
  return tf.tidy(() => {
    let found: tf.Scalar = tf.scalar(false, 'bool');
    for (const t of tensors) found = tf.logicalOr(found, hasNonFinite(t));
    return found;
  });
}
