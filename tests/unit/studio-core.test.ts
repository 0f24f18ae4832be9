/**
 * The DOM-free helpers the studio's workers use: model zips, an HF folder from a training checkpoint, and a
 * classifier rebuilt from a training checkpoint (what "Export" and "Detect with" do).
 */
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../src/core/backend.ts';
import { readStateDict } from '../../src/core/checkpoint/stateDict.ts';
import { exportFolderName, hfFolderFromCheckpoint } from '../../src/core/export/hfFromCheckpoint.ts';
import { unzipFolder, zipFolder } from '../../src/core/export/zip.ts';
import { classifierFromCheckpoint } from '../../src/core/inference/classifierFromCheckpoint.ts';
import { predictProbabilities } from '../../src/core/inference/predict.ts';
import { exportStateDict } from '../../src/core/model/params.ts';
import type { CheckpointEvent } from '../../src/core/train/events.ts';
import { makeTrainConfig } from '../../src/core/train/trainConfig.ts';
import { Trainer } from '../../src/core/train/trainer.ts';
import { snippetDataset, tinyClassifier, tinyTokenizer } from './trainerFixtures.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('model zips', () => {
  it('round-trip a folder, strip one wrapper folder, drop hidden files', () => {
    const files = new Map([
      ['config.json', utf8('{"a":1}')],
      ['model.safetensors', Uint8Array.from({ length: 4096 }, (_, i) => i % 251)],
    ]);
    expect(unzipFolder(zipFolder(files, 'codeberta-go-python'))).toEqual(files);
    const manual = zipSync({ 'my model/config.json': utf8('{}'), 'my model/.DS_Store': utf8('x'), '__MACOSX/._x': utf8('y') });
    expect([...unzipFolder(manual).keys()]).toEqual(['config.json']);
  });

  it('refuses something that is not a zip', () => {
    expect(() => unzipFolder(utf8('definitely not a zip'))).toThrow(/not a readable zip archive/);
  });

  it('names an export folder after its labels', () => {
    expect(exportFolderName(['Go', 'C#', 'python'])).toMatch(/^codeberta-go-c#-python/);
  });
});

describe('from a training checkpoint', () => {
  beforeAll(async () => expect((await initBackend('cpu')).backend).toBe('cpu'));

  it('exports the HF folder of its weights and rebuilds a classifier that predicts as the trained one', async () => {
    const data = snippetDataset();
    const model = tinyClassifier(data.labels);
    let checkpoint: CheckpointEvent | undefined;
    let trainer!: Trainer;
    trainer = new Trainer({
      model,
      data,
      config: makeTrainConfig({ batch_size: 4, epochs: 1, learning_rate: 1e-3, log_every: 1, freeze_base_model: false }),
      backend: 'cpu',
      tokenizerFingerprint: 'tiny',
      tokenizer: tinyTokenizer(),
      events: { onStep: (e) => e.step === 2 && trainer.stop(), onCheckpoint: (e) => void (checkpoint = e) },
    });
    await trainer.run();
    const tokenizerFiles = tinyTokenizer().toFiles() as unknown as Record<string, string>;

    const folder = hfFolderFromCheckpoint(checkpoint!.bytes, tokenizerFiles);
    const config = JSON.parse(new TextDecoder().decode(folder.get('config.json')!));
    const weights = readStateDict(folder.get('model.safetensors')!);
    expect(config.id2label).toEqual(Object.fromEntries(data.labels.map((l, i) => [String(i), l])));
    const trained = await exportStateDict(model);
    for (const [name, t] of trained) expect(weights.get(name)!.data, name).toEqual(t.data);
    expect(folder.get('vocab.json')).toEqual(utf8(tokenizerFiles['vocab.json']!));

    const rebuilt = classifierFromCheckpoint(checkpoint!.bytes, tokenizerFiles);
    expect(rebuilt.labels).toEqual(data.labels);
    const texts = data.paths.slice(0, 3).map((_, i) => `def f${i}(x):\n    return x * ${i}\n`);
    const fromTrainer = await predictProbabilities({ ...rebuilt, model }, texts);
    const fromCheckpoint = await predictProbabilities(rebuilt, texts);
    expect(fromCheckpoint).toEqual(fromTrainer);
    expect(() => classifierFromCheckpoint(utf8('garbage'), tokenizerFiles)).toThrow(/not a training checkpoint/);
    trainer.dispose();
    model.params.dispose();
    rebuilt.model.params.dispose();
  });
});
