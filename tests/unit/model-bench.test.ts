/**
 * CodeBERTa-small-size timing on wasm in Node (random init): one training step (forward + backward over every
 * parameter) at 8×128 and a forward pass at 32×128, plus a per-kernel profile of the training step. Reports only;
 * it asserts nothing about speed. Minutes long and 3+ GB of wasm heap, so it runs only with MODEL_BENCH=1:
 *   MODEL_BENCH=1 npx vitest run tests/unit/model-bench.test.ts
 * Reference (PyTorch, 2 threads, same machine class): ~8.0 s per training step at 8×128, 6.4 seq/s forward at 32×128.
 */
import * as tf from '@tensorflow/tfjs-core';
import { describe, it } from 'vitest';
import { initBackend } from '../../src/core/backend.ts';
import { CODEBERTA_SMALL_V1, withLabels } from '../../src/core/model/config.ts';
import { inferenceContext, trainingContext } from '../../src/core/model/context.ts';
import { initParams } from '../../src/core/model/params.ts';
import { forward } from '../../src/core/model/sequenceClassifier.ts';

const enabled = process.env.MODEL_BENCH === '1';

function batch(B: number, T: number, labels: number) {
  return {
    inputIds: tf.randomUniform([B, T], 3, CODEBERTA_SMALL_V1.vocab_size, 'int32', 1) as tf.Tensor2D,
    attentionMask: tf.ones([B, T], 'int32') as tf.Tensor2D,
    labels: tf.randomUniform([B], 0, labels, 'int32', 2) as tf.Tensor1D,
  };
}

/** Kernel time by kernel name (nested scopes excluded), largest first. */
function kernelTable(kernels: { name: string; kernelTimeMs: unknown }[]): string {
  const byName = new Map<string, number>();
  for (const k of kernels) {
    if (k.name.endsWith('__op') || k.name === 'unnamed scope') continue; // wrappers around the kernels below
    byName.set(k.name, (byName.get(k.name) ?? 0) + (typeof k.kernelTimeMs === 'number' ? k.kernelTimeMs : 0));
  }
  const total = [...byName.values()].reduce((a, b) => a + b, 0);
  return [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([name, ms]) => `  ${name.padEnd(14)} ${ms.toFixed(0).padStart(6)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)} %`)
    .join('\n');
}

describe.skipIf(!enabled)('CodeBERTa-small on wasm (benchmark, MODEL_BENCH=1)', () => {
  it('times a training step at 8×128 and a forward pass at 32×128', { timeout: 900_000 }, async () => {
    await initBackend('wasm');
    const labels = ['a', 'b', 'c', 'd', 'e', 'f'];
    const model = initParams(withLabels(CODEBERTA_SMALL_V1, labels), 1);
    const variables = [...model.params.variables.values()];

    // Inference first, on a fresh heap.
    const infer = batch(32, 128, labels.length);
    const once = async () => {
      const { logits } = forward(model, infer, inferenceContext());
      await logits.data(); // wait for the pass to finish
      logits.dispose();
    };
    await once();
    const t = performance.now();
    await once();
    const forwardMs = performance.now() - t;

    const train = batch(8, 128, labels.length);
    const step = async (i: number) => {
      const ctx = trainingContext({ seed: 1, step: i });
      const { value, grads } = tf.variableGrads(() => forward(model, train, ctx).loss!, variables);
      await value.data(); // wait for the step to finish before stopping the clock
      tf.dispose([value, Object.values(grads)]);
    };
    await step(0); // warm-up: heap growth, XNNPACK operator creation
    const stepMs: number[] = [];
    for (let i = 1; i <= 2; i++) {
      const t = performance.now();
      await step(i);
      stepMs.push(performance.now() - t);
    }
    const profile = await tf.profile(() => step(3));

    console.log(
      `CodeBERTa-small wasm: train 8×128 ${stepMs.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s/step ` +
        `(peak ${(profile.peakBytes / 2 ** 30).toFixed(2)} GiB); forward 32×128 ${(forwardMs / 1000).toFixed(2)} s = ` +
        `${((32 * 1000) / forwardMs).toFixed(2)} seq/s\ntraining step by kernel:\n${kernelTable(profile.kernels)}`,
    );
    tf.dispose([train.inputIds, train.attentionMask, train.labels, infer.inputIds, infer.attentionMask, infer.labels]);
    model.params.dispose();
  });
});
