/**
 * Dynamic loss scaling with torch.cuda.amp.GradScaler's semantics, for (emulated) fp16 training:
 *
 * - the loss is multiplied by `scale` (initially 2^16) before the backward pass, so small fp16 gradients
 *   do not flush to zero;
 * - unscale() multiplies the gradients by 1/scale (torch: the float64 reciprocal rounded to float32; the
 *   scale is a power of two, so this is exact) and reports, on the device, whether any is inf/NaN;
 * - update() reads that flag (the one deliberate GPU→CPU read per optimizer step) and says whether to skip
 *   the optimizer step: on inf/NaN the step is skipped and the scale is multiplied by 0.5 (backoff);
 *   after 2000 consecutive clean steps it is multiplied by 2 (growth), as torch's _amp_update_scale_.
 *
 * Disabled (fp32 training, GradScaler(enabled=False)): scale 1, no check, never skips, no device read.
 *
 * The scale lives on the host as a number: it changes only in update(), which reads the flag anyway.
 */
import * as tf from '@tensorflow/tfjs-core';
import { anyNonFinite } from './finite.ts';

export interface LossScalerOptions {
  enabled?: boolean; // default true
  initScale?: number; // 2^16
  growthFactor?: number; // 2
  backoffFactor?: number; // 0.5
  growthInterval?: number; // 2000 clean steps
}

/** Serialisable state (checkpoints), as GradScaler.state_dict(). */
export interface LossScalerState {
  enabled: boolean;
  scale: number;
  growthFactor: number;
  backoffFactor: number;
  growthInterval: number;
  /** Consecutive clean steps since the last growth or backoff (torch's _growth_tracker). */
  growthTracker: number;
}

export interface UnscaledGradients {
  /** New tensors (grads × 1/scale); the caller owns them and still owns the inputs. */
  grads: Map<string, tf.Tensor>;
  /** bool scalar on the device: any inf/NaN among the gradients. Always false when disabled. */
  foundInf: tf.Scalar;
}

export class LossScaler {
  private s: LossScalerState;

  constructor(opts: LossScalerOptions = {}) {
    const enabled = opts.enabled ?? true;
    this.s = {
      enabled,
      // torch keeps the scale as a float32 tensor: round as it would.
      scale: enabled ? Math.fround(opts.initScale ?? 2 ** 16) : 1,
      growthFactor: opts.growthFactor ?? 2,
      backoffFactor: opts.backoffFactor ?? 0.5,
      growthInterval: opts.growthInterval ?? 2000,
      growthTracker: 0,
    };
    if (!(this.s.scale > 0) || !Number.isFinite(this.s.scale)) throw new Error(`bad initial loss scale ${opts.initScale}`);
    if (!Number.isInteger(this.s.growthInterval) || this.s.growthInterval < 1) {
      throw new Error(`growthInterval must be a positive integer, got ${opts.growthInterval}`);
    }
  }

  get enabled(): boolean {
    return this.s.enabled;
  }

  get scale(): number {
    return this.s.scale;
  }

  /** 1/scale as torch computes it (float64 reciprocal rounded to float32; exact for a power of two). */
  get inverseScale(): number {
    return Math.fround(1 / this.s.scale);
  }

  /** loss × scale, to differentiate instead of the loss (inside the function given to tf.variableGrads). */
  scaleLoss<T extends tf.Tensor>(loss: T): T {
    if (!this.s.enabled) return tf.clone(loss);
    return tf.mul(loss, this.s.scale) as T;
  }

  /** Gradients of the scaled loss → true gradients, plus the on-device found-inf flag. */
  unscale(grads: ReadonlyMap<string, tf.Tensor>): UnscaledGradients {
    const names = [...grads.keys()];
    const inverse = this.inverseScale;
    const enabled = this.s.enabled;
    const { unscaled, foundInf } = tf.tidy(() => {
      const unscaled = names.map((n) => (enabled ? tf.mul(grads.get(n)!, inverse) : tf.clone(grads.get(n)!)));
      const foundInf = enabled ? anyNonFinite(unscaled) : tf.scalar(false, 'bool');
      return { unscaled, foundInf };
    });
    return { grads: new Map(names.map((n, i) => [n, unscaled[i]])), foundInf };
  }

  /**
   * End of an optimizer step: returns true when the step must be skipped (found inf/NaN) and updates the
   * scale. Reads `foundInf` (the caller still owns and disposes it).
   */
  async update(foundInf: tf.Scalar): Promise<boolean> {
    if (!this.s.enabled) return false;
    // The one deliberate GPU→CPU read per optimizer step: the host must know whether to run AdamW.
    const found = (await foundInf.data())[0] !== 0;
    this.applyUpdate(found);
    return found;
  }

  /** The host half of update(), for a flag already read: torch's _amp_update_scale_. */
  applyUpdate(found: boolean): void {
    if (!this.s.enabled) return;
    const s = this.s;
    if (found) {
      s.scale = Math.fround(s.scale * s.backoffFactor);
      s.growthTracker = 0;
      return;
    }
    const successful = s.growthTracker + 1;
    if (successful === s.growthInterval) {
      const grown = Math.fround(s.scale * s.growthFactor);
      // torch keeps the old scale if growing would overflow float32, and resets the tracker either way.
      if (Number.isFinite(grown)) s.scale = grown;
      s.growthTracker = 0;
    } else {
      s.growthTracker = successful;
    }
  }

  state(): LossScalerState {
    return { ...this.s };
  }

  loadState(state: LossScalerState): void {
    if (!(state.scale > 0) || !Number.isFinite(state.scale)) throw new Error(`bad loss scale ${state.scale}`);
    if (!Number.isInteger(state.growthTracker) || state.growthTracker < 0) {
      throw new Error(`bad growth tracker ${state.growthTracker}`);
    }
    if (!state.enabled && state.scale !== 1) throw new Error('a disabled loss scaler has scale 1');
    this.s = { ...state };
  }
}
