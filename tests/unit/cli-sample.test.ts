/**
 * The offline default, headless: fine-tuning the bundled pretrained model on the bundled sample with its
 * recommended settings (public/models/index.json) reaches ≥ 95% test accuracy, with no network.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTrainingCheckpoint } from '../../src/core/checkpoint/trainingCheckpoint.ts';
import { codeberta, ROOT } from './cliHarness.ts';

const catalog = JSON.parse(readFileSync(join(ROOT, 'public/models/index.json'), 'utf8')).models;
const offline = catalog[0];

/** trainDefaults (TrainConfig names) → `codeberta train` flags. */
const FLAGS: Record<string, (v: unknown) => string[]> = {
  epochs: (v) => ['--epochs', String(v)],
  batch_size: (v) => ['--batch-size', String(v)],
  max_length: (v) => ['--max-length', String(v)],
  learning_rate: (v) => ['--lr', String(v)],
  warmup_ratio: (v) => ['--warmup-ratio', String(v)],
  freeze_base_model: (v) => [v ? '--freeze-base' : '--no-freeze-base'],
  early_stopping_patience: (v) => ['--patience', String(v)],
};

describe('the bundled offline model on the bundled sample', () => {
  it('is the first (default) bundled model and fine-tunes to ≥ 95% test accuracy', async () => {
    expect(offline.id).toBe('codeberta-small-offline');
    const flags = Object.entries(offline.trainDefaults ?? {}).flatMap(([k, v]) => {
      if (!FLAGS[k]) throw new Error(`no flag for trainDefaults.${k}`);
      return FLAGS[k](v);
    });
    const out = mkdtempSync(join(tmpdir(), 'offline-sample-'));
    const r = await codeberta(['train', '--data', join(ROOT, 'public/sample'), '--model', join(ROOT, 'public', offline.path), '--out', out, ...flags]);
    expect(r.code, r.stderr).toBe(0);
    const state = readTrainingCheckpoint<{ history: { test: { accuracy: number } }; labels: string[] }>(readFileSync(join(out, 'checkpoint.safetensors'))).state;
    console.log(`offline model on the sample: test accuracy ${(state.history.test.accuracy * 100).toFixed(2)}%\n${r.stdout}`);
    expect(state.labels).toHaveLength(11);
    expect(state.history.test.accuracy).toBeGreaterThanOrEqual(0.95);
  }, 900_000);
});
