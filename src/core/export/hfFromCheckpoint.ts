/**
 * A Hugging Face model folder (config.json with id2label, model.safetensors, tokenizer files) from a training
 * checkpoint: what `RobertaForSequenceClassification.from_pretrained` loads. The weights are the checkpoint's
 * model weights: for the run's final checkpoint those are the best epoch's (the trainer restores them before
 * writing it); for an epoch or stop checkpoint, the weights at that point.
 */
import { writeHfFolder } from '../checkpoint/hfFolder.ts';
import { readTrainingCheckpoint } from '../checkpoint/trainingCheckpoint.ts';
import type { RobertaConfig } from '../model/config.ts';

/** The part of a checkpoint's JSON state this module reads. */
interface CheckpointModelState {
  modelConfig: RobertaConfig;
  labels: string[];
}

export function hfFolderFromCheckpoint(bytes: Uint8Array, tokenizerFiles: Readonly<Record<string, string>>): Map<string, Uint8Array> {
  const { state, tensors } = readTrainingCheckpoint<CheckpointModelState>(bytes);
  if (!state.modelConfig?.id2label) throw new Error('the training checkpoint has no model config with labels');
  return writeHfFolder({
    config: state.modelConfig as unknown as Record<string, unknown>,
    stateDict: tensors.model,
    tokenizerFiles: { ...tokenizerFiles },
  });
}

/** "codeberta-go-python-rust": a folder name for the exported model, from its labels. */
export function exportFolderName(labels: readonly string[]): string {
  const slug = labels
    .map((l) => l.toLowerCase().replace(/[^a-z0-9+#]+/g, '-').replace(/^-|-$/g, ''))
    .filter(Boolean)
    .join('-')
    .slice(0, 60)
    .replace(/-$/, '');
  return `codeberta-${slug || 'classifier'}`;
}
