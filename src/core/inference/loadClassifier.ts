/**
 * A ready-to-use classifier from a Hugging Face folder (local, hub or in-memory): config, tokenizer and
 * weights, wired together. The CLI, the studio's worker and the tests share this one path.
 */
import type { FileSource } from '../checkpoint/fileSource.ts';
import { loadHfFolder, type FolderProgress } from '../checkpoint/hfFolder.ts';
import { labelsOf, parseRobertaConfig, withLabels, type RobertaConfig } from '../model/config.ts';
import { checkConfigMatchesWeights, initParams, loadStateDict, type LoadReport, type RobertaModel } from '../model/params.ts';
import { CodeTokenizer } from '../tokenizer/codeTokenizer.ts';

export interface LoadedClassifier {
  config: RobertaConfig;
  labels: string[];
  tokenizer: CodeTokenizer;
  model: RobertaModel;
  report: LoadReport;
  /** Which weights file was read (model.safetensors, pytorch_model.bin, …). */
  weightsFile: string;
  /** What is odd but usable (Hugging Face would load it silently): shown to the user. */
  warnings: string[];
}

export interface LoadClassifierOptions {
  /**
   * Labels for a checkpoint without id2label (e.g. CodeBERTa's masked-LM weights): its classifier is newly
   * initialised over these. When the checkpoint has labels, they must be the same (same order), or loading fails.
   */
  labels?: readonly string[];
  /** Seed of the classifier's fresh initialisation, when it has to be initialised. */
  seed?: number;
  onProgress?: (p: FolderProgress) => void;
  /** config.json fields to override before building the model (e.g. dropout probabilities for training). */
  configOverrides?: Partial<RobertaConfig>;
  /** Ignore the checkpoint's weights: the same architecture and tokenizer, freshly initialised (a baseline). */
  randomInit?: boolean;
}

export async function loadClassifier(source: FileSource, opts: LoadClassifierOptions = {}): Promise<LoadedClassifier> {
  const folder = await loadHfFolder(source, opts.onProgress);
  let config = parseRobertaConfig({ ...folder.config, ...opts.configOverrides });
  const ownLabels = labelsOf(config);
  if (opts.labels && ownLabels.length > 0 && ownLabels.join('\u0000') !== opts.labels.join('\u0000')) {
    throw new Error(
      `${source.label} was trained on [${ownLabels.join(', ')}] but the data has [${opts.labels.join(', ')}]`,
    );
  }
  if (ownLabels.length === 0) {
    if (!opts.labels) {
      throw new Error(`${source.label} has no labels (id2label): it is a base model, fine-tune it before predicting`);
    }
    config = withLabels(config, opts.labels);
  }
  const tokenizer = CodeTokenizer.fromFiles(folder.tokenizerFiles);
  if (tokenizer.vocabSize > config.vocab_size) {
    // Its highest ids would index past the embedding table (tfjs: "GatherV2 … not in [0, n]") at the first input.
    throw new Error(`${source.label}: the tokenizer has ${tokenizer.vocabSize} tokens but the model's embedding only ${config.vocab_size}: they do not belong together`);
  }
  if (!opts.randomInit) checkConfigMatchesWeights(config, folder.stateDict);
  const model = initParams(config, opts.seed ?? 42);
  let report: LoadReport;
  try {
    report = opts.randomInit
      ? { loaded: [], newlyInitialized: [...model.params.specs.keys()], ignored: [...folder.stateDict.keys()] }
      : loadStateDict(model, folder.stateDict);
  } catch (err) {
    model.params.dispose();
    throw err;
  }
  // Predicting (no labels handed in to train on) with a head that was never trained would look like a model but
  // answer at random: transformers only warns; we refuse.
  if (!opts.labels && !opts.randomInit && report.newlyInitialized.length > 0) {
    model.params.dispose();
    throw new Error(
      `${source.label} names its labels (id2label) but has no weights for ${report.newlyInitialized.join(', ')}: it would predict with a random classifier`,
    );
  }
  const warnings: string[] = [];
  if (tokenizer.vocabSize < config.vocab_size) {
    warnings.push(
      `the tokenizer has ${tokenizer.vocabSize} tokens but the embedding ${config.vocab_size} rows: ${config.vocab_size - tokenizer.vocabSize} rows are never used ` +
        '(padding to a round size is common; a tokenizer from another model is not)',
    );
  }
  return { config, labels: labelsOf(config), tokenizer, model, report, weightsFile: folder.weightsFile, warnings };
}

/**
 * The longest input the model takes: the user's setting, the tokenizer's model_max_length and the position
 * table (max_position_embeddings − 2, since RoBERTa positions start after padding_idx), whichever is least —
 * as Hugging Face truncates.
 */
export function effectiveMaxLength(config: RobertaConfig, tokenizer: CodeTokenizer, requested = 512): number {
  return Math.min(requested, tokenizer.modelMaxLength, config.max_position_embeddings - config.pad_token_id - 1);
}
