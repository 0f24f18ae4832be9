/**
 * Seeded dropout (torch semantics: zero with probability `rate`, scale the survivors by 1 / (1 - rate)).
 * Identity when the context is not training or the rate is 0, so evaluation never draws random numbers.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { ForwardContext } from './context.ts';

export function dropout<T extends tf.Tensor>(x: T, rate: number, ctx: ForwardContext): T {
  if (!ctx.training || rate === 0) return x;
  if (!ctx.nextDropoutSeed) throw new Error('dropout: a training ForwardContext needs nextDropoutSeed (see trainingContext)');
  return tf.dropout(x, rate, undefined, ctx.nextDropoutSeed()) as T;
}

/**
 * The multiplier tf.dropout applies (0 or 1 / (1 − rate) per element, same formula and seeding), for ops that
 * apply dropout inside a hand-written gradient; null when dropout is off.
 */
export function dropoutMultiplier(shape: number[], rate: number, ctx: ForwardContext): tf.Tensor | null {
  if (!ctx.training || rate === 0) return null;
  if (!ctx.nextDropoutSeed) throw new Error('dropout: a training ForwardContext needs nextDropoutSeed (see trainingContext)');
  const seed = ctx.nextDropoutSeed();
  const keep = 1 - rate;
  return tf.tidy(() => tf.div(tf.floor(tf.add(tf.randomUniform(shape, 0, 1, 'float32', seed), keep)), keep));
}
