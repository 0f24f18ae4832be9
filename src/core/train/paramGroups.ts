/**
 * AdamW parameter groups, as the seed builds them: weight decay for every parameter except those whose
 * Hugging Face name contains 'bias' or 'LayerNorm.weight' (biases and LayerNorm gains are not decayed).
 * Names are HF state-dict names (e.g. "roberta.encoder.layer.0.attention.output.LayerNorm.weight").
 */

/** The seed's `no_decay = ['bias', 'LayerNorm.weight']`, matched as substrings (Python `nd in n`). */
export const NO_DECAY_SUBSTRINGS: readonly string[] = ['bias', 'LayerNorm.weight'];

/** True when the parameter belongs to the weight_decay = 0 group. */
export function isNoDecay(name: string): boolean {
  return NO_DECAY_SUBSTRINGS.some((nd) => name.includes(nd));
}

/** The weight decay a parameter gets: `decay` for group 0, 0 for the no-decay group. */
export function weightDecayFor(name: string, decay: number): number {
  return isNoDecay(name) ? 0 : decay;
}
