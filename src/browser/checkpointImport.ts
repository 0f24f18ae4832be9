/**
 * Importing a training checkpoint file (one the studio or `codeberta train` wrote) into the browser's checkpoint
 * store. The file holds weights, optimizer state and history but not the tokenizer: that is found by fingerprint
 * among the stored runs or in the loaded base model.
 */
import type { FileSource } from '../core/checkpoint/fileSource.ts';
import { TOKENIZER_FILE_NAMES } from '../core/checkpoint/hfFolder.ts';
import { CodeTokenizer } from '../core/tokenizer/codeTokenizer.ts';
import { tokenizerFingerprint } from '../core/tokenizer/fingerprint.ts';
import { peekTrainingCheckpoint, type TrainerState } from '../core/train/trainerState.ts';
import type { CheckpointMeta } from './protocol.ts';
import { listRuns, newId, saveCheckpoint, saveRun, type RunRecord } from './studioDb.ts';

export async function importTrainingCheckpoint(file: File, baseModel: FileSource | undefined): Promise<CheckpointMeta> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let state: TrainerState;
  try {
    state = peekTrainingCheckpoint(bytes);
  } catch (err) {
    throw new Error(`${file.name}: ${(err as Error).message}`);
  }
  const tokenizerFiles = await findTokenizer(state.tokenizerFingerprint, baseModel);
  const run: RunRecord = {
    runId: newId('run'),
    createdAt: Date.now(),
    title: `${state.labels.length} languages · imported ${file.name}`,
    labels: state.labels,
    tokenizerFiles,
    tokenizerFingerprint: state.tokenizerFingerprint,
  };
  const last = state.history.epochs.at(-1);
  const meta: CheckpointMeta = {
    id: newId('ckpt'),
    runId: run.runId,
    createdAt: Date.now(),
    reason: 'imported',
    epoch: state.epochsCompleted,
    step: state.optimizerStep,
    totalSteps: state.optimizerStep,
    epochs: state.trainConfig.epochs,
    validationLoss: last?.validationLoss ?? null,
    validationAccuracy: last?.validationAccuracy ?? null,
    testAccuracy: state.history.test?.accuracy ?? null,
    labels: state.labels,
    sizeBytes: bytes.byteLength,
    title: run.title,
    finished: state.finished,
    hasTokenizer: tokenizerFiles !== undefined,
    hasDataset: false,
  };
  await saveRun(run);
  await saveCheckpoint(meta, bytes);
  return meta;
}

async function findTokenizer(fingerprint: string, baseModel: FileSource | undefined): Promise<Record<string, string> | undefined> {
  for (const run of await listRuns()) if (run.tokenizerFingerprint === fingerprint && run.tokenizerFiles) return run.tokenizerFiles;
  if (!baseModel) return undefined;
  const names = TOKENIZER_FILE_NAMES;
  const text = async (name: string) => {
    const bytes = await baseModel.read(name);
    return bytes ? new TextDecoder().decode(bytes) : undefined;
  };
  const tokenizer = CodeTokenizer.fromFiles({
    tokenizerJson: await text(names.tokenizerJson),
    vocabJson: await text(names.vocabJson),
    mergesTxt: await text(names.mergesTxt),
    tokenizerConfig: await text(names.tokenizerConfig),
    specialTokensMap: await text(names.specialTokensMap),
  });
  return tokenizerFingerprint(tokenizer) === fingerprint ? ({ ...tokenizer.toFiles() } as Record<string, string>) : undefined;
}
