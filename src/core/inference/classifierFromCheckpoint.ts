/**
 * A classifier from a training checkpoint (for detection with any saved checkpoint): the checkpoint holds the
 * model config (with id2label) and every weight, but not the tokenizer, which the caller keeps beside it.
 */
import { readTrainingCheckpoint } from '../checkpoint/trainingCheckpoint.ts';
import { labelsOf, type RobertaConfig } from '../model/config.ts';
import { initParams, loadStateDict } from '../model/params.ts';
import { CodeTokenizer } from '../tokenizer/codeTokenizer.ts';
import type { TokenizerFiles } from '../tokenizer/types.ts';
import type { LoadedClassifier } from './loadClassifier.ts';

interface CheckpointModelState {
  modelConfig: RobertaConfig;
  trainConfig: { seed: number };
}

/** Tokenizer files by file name (as `CodeTokenizer.toFiles` writes them) → the tokenizer's input. */
export function tokenizerFilesFromNames(files: Readonly<Record<string, string>>): TokenizerFiles {
  return {
    tokenizerJson: files['tokenizer.json'],
    vocabJson: files['vocab.json'],
    mergesTxt: files['merges.txt'],
    tokenizerConfig: files['tokenizer_config.json'],
    specialTokensMap: files['special_tokens_map.json'],
  };
}

export function classifierFromCheckpoint(bytes: Uint8Array, tokenizerFiles: Readonly<Record<string, string>>): LoadedClassifier {
  const { state, tensors } = readTrainingCheckpoint<CheckpointModelState>(bytes);
  const config = state.modelConfig;
  if (labelsOf(config).length === 0) throw new Error('the training checkpoint has no labels (id2label)');
  const tokenizer = CodeTokenizer.fromFiles(tokenizerFilesFromNames(tokenizerFiles));
  // Every parameter is then overwritten from the checkpoint; the seed only makes construction deterministic.
  const model = initParams(config, state.trainConfig?.seed ?? 42);
  try {
    const report = loadStateDict(model, tensors.model);
    return { config, labels: labelsOf(config), tokenizer, model, report, weightsFile: 'training checkpoint', warnings: [] };
  } catch (err) {
    model.params.dispose();
    throw err;
  }
}
