/**
 * What the page shows about a base model: its shape and the load report (which tensors were read, which classifier
 * tensors are newly initialised, which checkpoint tensors are ignored), from one real load of the classifier.
 */
import { effectiveMaxLength, loadClassifier } from '../core/inference/loadClassifier.ts';
import { labelsOf, parseRobertaConfig } from '../core/model/config.ts';
import type { OpenedSource } from './modelSources.ts';
import type { ModelProgress, ModelSpec, ModelSummary } from './protocol.ts';
import { throttled } from './throttle.ts';

/**
 * Loads the model once and describes it. A base model's classification head is built for `datasetLabels` when a
 * dataset is loaded, else for two placeholder labels: the head's tensor names do not depend on the label count.
 * The weights are freed again (training builds its own model, for the dataset's labels and seed).
 */
export async function describeModel(
  spec: ModelSpec,
  opened: OpenedSource,
  datasetLabels: readonly string[] | undefined,
  onProgress: (p: ModelProgress) => void,
): Promise<ModelSummary> {
  const configBytes = await opened.source.read('config.json');
  if (!configBytes) throw new Error(`${opened.source.label} has no config.json: not a Hugging Face model folder`);
  const ownLabels = labelsOf(parseRobertaConfig(JSON.parse(new TextDecoder().decode(configBytes))));
  const classifier = await loadClassifier(opened.source, {
    labels: ownLabels.length > 0 ? undefined : (datasetLabels ?? ['label_0', 'label_1']),
    onProgress: throttled(
      (p) => onProgress({ ...p, cached: opened.cachedFiles.has(p.file) }),
      (p) => p.total !== undefined && p.loaded === p.total,
    ),
  });
  let parameters = 0;
  for (const v of classifier.model.params.variables.values()) parameters += v.size;
  classifier.model.params.dispose();
  const { config, report, tokenizer } = classifier;
  return {
    label: opened.source.label,
    kind: spec.kind,
    weightsFile: classifier.weightsFile,
    layers: config.num_hidden_layers,
    hiddenSize: config.hidden_size,
    heads: config.num_attention_heads,
    vocabSize: tokenizer.vocabSize,
    parameters,
    maxLength: effectiveMaxLength(config, tokenizer, Number.MAX_SAFE_INTEGER),
    ownLabels,
    loadedCount: report.loaded.length,
    newlyInitialized: report.newlyInitialized,
    ignored: report.ignored,
    fromCache: opened.readFiles.size > 0 && [...opened.readFiles].every((f) => opened.cachedFiles.has(f)),
  };
}
