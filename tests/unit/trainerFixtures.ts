/**
 * A small, real multi-language dataset for trainer tests: the fixture's four code snippets (python, go, java,
 * ruby) cut into overlapping line windows, encoded with the tiny-roberta tokenizer, then split as the studio
 * splits. Plus a tiny-roberta classifier built over its labels.
 */
import { readDatasetFolder } from '../../src/core/data/datasetFolder.ts';
import { encodeDataset, type EncodedDataset } from '../../src/core/data/encodedDataset.ts';
import { parseRobertaConfig, withLabels } from '../../src/core/model/config.ts';
import { initParams, loadStateDict, type RobertaModel } from '../../src/core/model/params.ts';
import { CodeTokenizer } from '../../src/core/tokenizer/codeTokenizer.ts';
import { fixturePath, readJsonFixture, readWeightsFixture } from '../parity/nodeFixtures.ts';
import { readFileSync } from 'node:fs';

export const tinyTokenizer = () =>
  CodeTokenizer.fromFiles({
    vocabJson: readFileSync(fixturePath('tiny-roberta', 'vocab.json'), 'utf8'),
    mergesTxt: readFileSync(fixturePath('tiny-roberta', 'merges.txt'), 'utf8'),
    tokenizerConfig: readFileSync(fixturePath('tiny-roberta', 'tokenizer_config.json'), 'utf8'),
  });

export function snippetDataset(opts: { perLanguage?: number; maxLength?: number; seed?: number; validationSplit?: number } = {}): EncodedDataset {
  const reference = readJsonFixture('tiny-roberta', 'reference.json');
  const languages = ['python', 'go', 'java', 'ruby'];
  const encoder = new TextEncoder();
  const entries = reference.inputs.texts.flatMap((text: string, i: number) => {
    const lines = text.split('\n');
    return Array.from({ length: opts.perLanguage ?? 6 }, (_, j) => ({
      path: `${languages[i]}/snippet${j}.txt`,
      bytes: encoder.encode(lines.slice(j % Math.max(1, lines.length - 2)).join('\n') + `\n# ${j}`),
    }));
  });
  const folder = readDatasetFolder(entries, { root: null });
  return encodeDataset(folder, tinyTokenizer(), {
    maxLength: opts.maxLength ?? 64,
    testSize: 0.2,
    validationSplit: opts.validationSplit ?? 0.2,
    seed: opts.seed ?? 42,
  });
}

/** tiny-roberta's encoder with a fresh classifier over `labels` (as fine-tuning a base model starts). */
export function tinyClassifier(labels: readonly string[], overrides: Record<string, unknown> = {}): RobertaModel {
  const config = withLabels(parseRobertaConfig({ ...readJsonFixture('tiny-roberta', 'config.json'), ...overrides }), labels);
  const model = initParams(config, 7);
  const weights = readWeightsFixture('tiny-roberta', 'model.safetensors');
  for (const name of [...weights.keys()]) if (name.startsWith('classifier.')) weights.delete(name);
  loadStateDict(model, weights);
  return model;
}
