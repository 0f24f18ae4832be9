/**
 * BERT/RoBERTa masked-language-model corruption, as transformers' DataCollatorForLanguageModeling
 * (mlm_probability 0.15): each non-special token is selected with probability 0.15; a selected token becomes
 * <mask> 80% of the time, a random vocabulary token 10%, and stays unchanged 10%; the model predicts the
 * original token at every selected position. Seeded and pure: the same rng state masks the same way, so a
 * resumed run sees the same corruption.
 */
import type { Rng } from '../random.ts';

export interface MaskingOptions {
  maskTokenId: number;
  vocabSize: number;
  /** Ids never selected (<s>, </s>, <pad>, …). */
  specialIds: ReadonlySet<number>;
  /** Default 0.15. */
  probability?: number;
}

export interface MaskedBatch {
  /** [B * T] the corrupted ids. */
  inputIds: Int32Array;
  /** Flat positions (b·T + t) of the selected tokens. */
  positions: Int32Array;
  /** The original id at each selected position. */
  targets: Int32Array;
}

/** Corrupts `ids` ([B * T], padded) in a copy. At least one token is selected per batch when any is eligible. */
export function maskTokens(ids: Int32Array, opts: MaskingOptions, rng: Rng): MaskedBatch {
  const p = opts.probability ?? 0.15;
  const inputIds = ids.slice();
  const positions: number[] = [];
  const eligible: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    if (opts.specialIds.has(ids[i]!)) continue;
    eligible.push(i);
    if (rng.uniform() < p) positions.push(i);
  }
  // An all-unselected batch has no loss; pick one eligible token instead (only matters for tiny batches).
  if (positions.length === 0 && eligible.length > 0) positions.push(eligible[rng.int(eligible.length)]!);
  const targets = Int32Array.from(positions, (i) => ids[i]!);
  for (const i of positions) {
    const r = rng.uniform();
    if (r < 0.8) inputIds[i] = opts.maskTokenId;
    else if (r < 0.9) inputIds[i] = rng.int(opts.vocabSize);
    // else: keep the original token
  }
  return { inputIds, positions: Int32Array.from(positions), targets };
}
