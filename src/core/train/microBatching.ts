/**
 * Micro-batching for memory: a (logical) micro-batch of B rows padded to T tokens whose B·T exceeds a token
 * budget runs as several forward/backward passes over chunks of its rows, their gradients summed. Chunk c's
 * mean loss is weighted by rows_c / B, so Σ_c (rows_c / B) · mean_c = the mean over all B rows: the loss, the
 * gradients and therefore clipping, the optimizer step and the schedule are those of the unsplit micro-batch,
 * up to float rounding (dropout draws other masks: each pass is a forward of its own). Splitting happens inside
 * one micro-batch, so what the schedule counts (optimizer steps), what the trainer counts (micro-batches, tokens)
 * and the seed's division by gradient_accumulation_steps are untouched.
 *
 * Each chunk is re-padded to its own longest row (sliceRows) rather than keeping the batch's T: a real token
 * never sees padding (attention adds float32_min to padded keys, so exp gives exactly 0; pad positions get
 * position id 1; the head reads token 0), so the result is the same up to summation order — the seed's own
 * gradient accumulation pads each micro-batch to its own longest too — while a chunk of short rows no longer
 * pays compute and memory for another chunk's long row.
 */
import { sliceRows, type Batch } from '../data/batches.ts';
import { CODEBERTA_SMALL_V1, type RobertaConfig } from '../model/config.ts';

/**
 * The tfjs-wasm budget (4 GB heap). First chosen from two measurements of a CodeBERTa-small full fine-tuning pass
 * with tfjs's kernels (8×128 peaked ≈ 3.4 GB, 4×512 ≈ 4.2 GB: out of memory) and a model of a pass's peak as
 * fixed + a·B·T + b·B·T² (weights, AdamW moments and gradients; activations; attention scores [B, heads, T, T]):
 * over every fit the two points allow, 768 tokens at T = 512 stay under 3.9 GB with the running gradient sum of a
 * split pass. With the studio's kernels (no materialised transposes in the backward pass) the heap's high-water mark
 * at 16×512 is 2.6 GB (16 passes of 1×512); 2×512 in one pass reaches 2.8 GB and 4×512 the 4 GB limit. 768 keeps
 * the margin on every T: the activation term barely shrinks with a frozen base (tfjs keeps every forward activation of
 * a pass until its backward ends), so one budget serves both.
 */
export const WASM_MAX_TOKENS_PER_PASS = 768;

/**
 * Floats a training pass keeps per token, up to a constant factor (only ratios are used): per encoder layer its saved
 * activations (≈ 10·hidden + 2·intermediate: inputs of the linears and LayerNorms, the FFN's pre- and post-GELU) and
 * its attention probabilities with their dropout multiplier and gradient (≈ 3·heads·T) at the model's longest T.
 */
function activationFloatsPerToken(c: RobertaConfig): number {
  const T = Math.min(512, c.max_position_embeddings - 2);
  return c.num_hidden_layers * (10 * c.hidden_size + 2 * c.intermediate_size + 3 * c.num_attention_heads * T);
}

/**
 * max_tokens_per_pass (0 or absent = auto) → the budget on `backend` for `model`, Infinity = never split. Auto is a
 * budget on wasm only: its heap is a hard 4 GB wall. WebGPU memory is the GPU's (and tfjs asks for the adapter's
 * largest buffers), and the cpu backend's tensors are ordinary JS memory: neither has that wall, and extra passes
 * there would only cost speed. On wasm, WASM_MAX_TOKENS_PER_PASS is CodeBERTa-small's budget; another model's is
 * scaled by how much less (or more) it keeps per token, so the bundled 4-layer model (hidden 256, 128 positions)
 * trains the seed's batch of 16 × 128 in one pass, where splitting would only make smaller, slower products.
 * A set value applies on every backend.
 */
export function resolveMaxTokensPerPass(setting: number | undefined, backend: string, model: RobertaConfig = CODEBERTA_SMALL_V1): number {
  if (setting) return setting;
  if (backend !== 'wasm') return Infinity;
  return Math.floor((WASM_MAX_TOKENS_PER_PASS * activationFloatsPerToken(CODEBERTA_SMALL_V1)) / activationFloatsPerToken(model));
}

/**
 * Rows per pass for B = `rows` rows padded to `seqLen` tokens: as few passes as the budget allows (never
 * fewer than one row per pass, even when a row alone is over it), rows spread as evenly as possible over them
 * (5 rows, 2 per pass → [2, 2, 1]; 16 rows, 3 per pass → [3, 3, 3, 3, 2, 2]), largest first.
 */
export function chunkRowCounts(rows: number, seqLen: number, maxTokensPerPass: number): number[] {
  const rowsPerPass = Math.min(rows, Math.max(1, Math.floor(maxTokensPerPass / seqLen))); // Infinity → rows
  const passes = Math.ceil(rows / rowsPerPass);
  const base = Math.floor(rows / passes);
  const larger = rows % passes; // this many passes take one row more
  return Array.from({ length: passes }, (_, i) => base + (i < larger ? 1 : 0));
}

/** One forward/backward pass of a micro-batch: its rows, and its share of the micro-batch mean loss. */
export interface Pass {
  batch: Batch;
  /** rows in this pass / rows in the micro-batch; the weights of a micro-batch's passes sum to 1. */
  weight: number;
}

/** The passes of a micro-batch under the budget: the batch itself (weight 1) when it fits. */
export function splitForMemory(batch: Batch, maxTokensPerPass: number): Pass[] {
  if (batch.batchSize * batch.seqLen <= maxTokensPerPass) return [{ batch, weight: 1 }];
  const passes: Pass[] = [];
  let start = 0;
  for (const rows of chunkRowCounts(batch.batchSize, batch.seqLen, maxTokensPerPass)) {
    passes.push({ batch: sliceRows(batch, start, start + rows), weight: rows / batch.batchSize });
    start += rows;
  }
  return passes;
}
