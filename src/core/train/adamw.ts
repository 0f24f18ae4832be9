/**
 * AdamW with PyTorch's exact update (torch.optim.AdamW, amsgrad=False, maximize=False, capturable=False),
 * on tfjs Variables keyed by Hugging Face parameter name.
 *
 * Per element, in torch 1.13's _single_tensor_adamw order (the fixtures were made with torch 1.13):
 *   step += 1
 *   p   = p · (1 − lr·wd)
 *   m   = m·β1 + (1 − β1)·g                      exp_avg.mul_(β1).add_(g, alpha=1−β1)
 *   v   = v·β2 + ((1 − β2)·g)·g                  exp_avg_sq.mul_(β2).addcmul_(g, g, value=1−β2)
 *   denom = sqrt(v) / sqrt(1 − β2^step) + eps
 *   p   = p + (−lr/(1 − β1^step) · m) / denom    param.addcdiv_(m, denom, value=−step_size)
 * The scalars (1 − lr·wd, bias corrections, step size) are computed in float64 on the host, as Python does,
 * and enter the float32 ops rounded to float32, as torch's CPU kernels take them. (torch ≥ 2.0 writes the
 * first moment as exp_avg.lerp_(g, 1−β1), which can differ from the above by one float32 rounding.)
 *
 * This is NOT tfjs's AdamOptimizer: that one folds sqrt(1 − β2^t) into the step size, which moves eps, and
 * it has no decoupled weight decay.
 *
 * The step counter advances on every call, also with lr = 0 (the first warmup step), exactly like torch.
 * Skipping a step (inf/NaN gradients under loss scaling) means not calling step() at all.
 */
import * as tf from '@tensorflow/tfjs-core';
import { isNoDecay } from './paramGroups.ts';

export interface AdamWOptions {
  /** (β1, β2); default (0.9, 0.999). */
  betas?: readonly [number, number];
  /** Default 1e-8. */
  eps?: number;
  /** Weight decay of the decay group; default 0.01 (the seed's). */
  weightDecay?: number;
  /** Which names get weight decay 0; default isNoDecay (names containing 'bias' or 'LayerNorm.weight'). */
  noDecay?: (name: string) => boolean;
  /**
   * Which parameters the optimizer manages; default each Variable's own `trainable` flag (how the model
   * freezes layers). Frozen parameters get no state and must not receive gradients. Decided once, here:
   * changing what is frozen means a new optimizer, as in PyTorch.
   */
  trainable?: (name: string, variable: tf.Variable) => boolean;
}

/** First and second moments of one parameter, host copies (for checkpoints). */
export interface AdamWMoments {
  m: Float32Array;
  v: Float32Array;
  shape: number[];
}

/** Everything needed to resume: the step count and every managed parameter's moments. */
export interface AdamWState {
  step: number;
  moments: Map<string, AdamWMoments>;
}

interface ParamSlot {
  param: tf.Variable;
  m: tf.Variable;
  v: tf.Variable;
  weightDecay: number;
}

/** The float64 host scalars of one optimizer step, computed in Python's order. */
interface StepScalars {
  beta1: number;
  oneMinusBeta1: number;
  beta2: number;
  oneMinusBeta2: number;
  stepSize: number;
  biasCorrection2Sqrt: number;
}

/** f(a, b), then frees `a` (when `disposeA`) and `b` (when it is a temporary, i.e. `disposeB`). */
function combine(a: tf.Tensor, b: tf.Tensor, f: (x: tf.Tensor, y: tf.Tensor) => tf.Tensor, disposeB = true, disposeA = true): tf.Tensor {
  const out = f(a, b);
  if (disposeA) a.dispose();
  if (disposeB) b.dispose();
  return out;
}

export class AdamW {
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
  private readonly slots = new Map<string, ParamSlot>();
  private steps = 0;
  private disposed = false;

  constructor(params: ReadonlyMap<string, tf.Variable>, opts: AdamWOptions = {}) {
    [this.beta1, this.beta2] = opts.betas ?? [0.9, 0.999];
    this.eps = opts.eps ?? 1e-8;
    const decay = opts.weightDecay ?? 0.01;
    const noDecay = opts.noDecay ?? isNoDecay;
    const trainable = opts.trainable ?? ((_name: string, v: tf.Variable) => v.trainable);
    for (const [name, param] of params) {
      if (!trainable(name, param)) continue;
      if (param.dtype !== 'float32') throw new Error(`AdamW: parameter "${name}" is ${param.dtype}, not float32`);
      // Moments are not trainable: they must never show up in tf.variableGrads. The tidy frees the zeros
      // the variables were initialised from (a variable keeps its own reference to the data).
      const [m, v] = tf.tidy(() => [tf.variable(tf.zerosLike(param), false), tf.variable(tf.zerosLike(param), false)]);
      this.slots.set(name, { param, m, v, weightDecay: noDecay(name) ? 0 : decay });
    }
  }

  /** Optimizer steps taken so far (torch's state['step']), lr = 0 steps included. */
  get stepCount(): number {
    return this.steps;
  }

  /** Names of the managed (trainable) parameters, in the order given. */
  get paramNames(): string[] {
    return [...this.slots.keys()];
  }

  /** The weight decay of a managed parameter (undefined for frozen / unknown names). */
  weightDecayOf(name: string): number | undefined {
    return this.slots.get(name)?.weightDecay;
  }

  /**
   * One AdamW update of every managed parameter with its gradient (grads need the parameters' shapes; any
   * layout works, the update is elementwise). The gradients stay owned by the caller.
   */
  step(grads: ReadonlyMap<string, tf.Tensor>, lr: number): void {
    this.assertUsable();
    if (!(lr >= 0) || !Number.isFinite(lr)) throw new Error(`AdamW: lr must be a finite number ≥ 0, got ${lr}`);
    this.checkGradients(grads);
    this.steps += 1;
    const s = this.scalarsFor(this.steps, lr);
    tf.tidy(() => {
      // float32 scalars shared by all parameters (tf.scalar rounds the float64 values to float32).
      const beta1 = tf.scalar(s.beta1);
      const oneMinusBeta1 = tf.scalar(s.oneMinusBeta1);
      const beta2 = tf.scalar(s.beta2);
      const oneMinusBeta2 = tf.scalar(s.oneMinusBeta2);
      const negStepSize = tf.scalar(-s.stepSize);
      const bc2Sqrt = tf.scalar(s.biasCorrection2Sqrt);
      const eps = tf.scalar(this.eps);
      for (const [name, slot] of this.slots) {
        // Temporaries are disposed as soon as they are used (not at the end of a tidy): for the word
        // embeddings (52000 × 768, 160 MB) a tidy would hold ~14 of them at once and exhaust wasm's 4 GB heap.
        const g = grads.get(name)!;
        const decayFactor = 1 - lr * slot.weightDecay;
        // m = β1·m + (1−β1)·g
        const m = combine(tf.mul(slot.m, beta1), tf.mul(g, oneMinusBeta1), tf.add);
        slot.m.assign(m);
        m.dispose();
        // v = β2·v + (1−β2)·g·g
        const v = combine(tf.mul(slot.v, beta2), combine(tf.mul(g, oneMinusBeta2), g, tf.mul, false), tf.add);
        slot.v.assign(v);
        v.dispose();
        // denom = sqrt(v) / sqrt(1 − β2^t) + eps
        const denom = combine(combine(tf.sqrt(slot.v), bc2Sqrt, tf.div, false), eps, tf.add, false);
        // p = p·(1 − lr·wd) − step_size · m / denom     (× 1 is exact: skipped when lr = 0 or no decay)
        const update = combine(tf.mul(slot.m, negStepSize), denom, tf.div);
        const decayed = decayFactor === 1 ? slot.param : tf.mul(slot.param, decayFactor);
        const updated = combine(decayed, update, tf.add, true, decayed !== slot.param);
        slot.param.assign(updated);
        updated.dispose();
      }
    });
  }

  /** Host copies of the state, for checkpoints (deliberate GPU→CPU reads of every moment). */
  async exportState(): Promise<AdamWState> {
    this.assertUsable();
    const moments = new Map<string, AdamWMoments>();
    for (const [name, slot] of this.slots) {
      const [m, v] = await Promise.all([slot.m.data<'float32'>(), slot.v.data<'float32'>()]);
      moments.set(name, { m: Float32Array.from(m), v: Float32Array.from(v), shape: [...slot.param.shape] });
    }
    return { step: this.steps, moments };
  }

  /** Restore a state from exportState (same managed parameters and shapes, or it throws and changes nothing). */
  importState(state: AdamWState): void {
    this.assertUsable();
    if (!Number.isInteger(state.step) || state.step < 0) throw new Error(`AdamW state: bad step ${state.step}`);
    const names = [...state.moments.keys()];
    const missing = this.paramNames.filter((n) => !state.moments.has(n));
    const extra = names.filter((n) => !this.slots.has(n));
    if (missing.length || extra.length) {
      throw new Error(`AdamW state does not match the trainable parameters: missing [${missing}], unexpected [${extra}]`);
    }
    for (const [name, mo] of state.moments) {
      const shape = this.slots.get(name)!.param.shape;
      const size = shape.reduce((a, b) => a * b, 1);
      if (mo.shape.join() !== shape.join() || mo.m.length !== size || mo.v.length !== size) {
        throw new Error(`AdamW state for "${name}": shape [${mo.shape}] does not match [${shape}]`);
      }
    }
    for (const [name, mo] of state.moments) {
      const slot = this.slots.get(name)!;
      tf.tidy(() => {
        slot.m.assign(tf.tensor(mo.m, slot.param.shape, 'float32'));
        slot.v.assign(tf.tensor(mo.v, slot.param.shape, 'float32'));
      });
    }
    this.steps = state.step;
  }

  /** Frees the moments (not the parameters, which the model owns). */
  dispose(): void {
    if (this.disposed) return;
    for (const slot of this.slots.values()) {
      slot.m.dispose();
      slot.v.dispose();
    }
    this.disposed = true;
  }

  private scalarsFor(step: number, lr: number): StepScalars {
    const biasCorrection1 = 1 - this.beta1 ** step;
    const biasCorrection2 = 1 - this.beta2 ** step;
    return {
      beta1: this.beta1,
      oneMinusBeta1: 1 - this.beta1,
      beta2: this.beta2,
      oneMinusBeta2: 1 - this.beta2,
      stepSize: lr / biasCorrection1,
      biasCorrection2Sqrt: Math.sqrt(biasCorrection2),
    };
  }

  /** Every managed parameter needs a gradient of its shape; a gradient for anything else is a bug upstream. */
  private checkGradients(grads: ReadonlyMap<string, tf.Tensor>): void {
    for (const [name, slot] of this.slots) {
      const g = grads.get(name);
      if (!g) throw new Error(`AdamW: no gradient for trainable parameter "${name}"`);
      if (g.shape.join() !== slot.param.shape.join()) {
        throw new Error(`AdamW: gradient of "${name}" has shape [${g.shape}], parameter has [${slot.param.shape}]`);
      }
    }
    for (const name of grads.keys()) {
      if (!this.slots.has(name)) throw new Error(`AdamW: gradient for "${name}", which is frozen or unknown`);
    }
  }

  private assertUsable(): void {
    if (this.disposed) throw new Error('AdamW: used after dispose()');
  }
}
