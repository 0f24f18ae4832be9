/**
 * The detect worker: everything done with a finished model, never queued behind a training step. It runs tfjs on
 * WebAssembly (small batches of one text: the fastest path, and it leaves the GPU to training), predicts the
 * language of a snippet with any stored checkpoint or an imported model folder, and builds the Hugging Face
 * export (a zip) of a checkpoint. One instance per page, behind one typed Comlink proxy (src/state/workers.ts).
 */
import * as Comlink from 'comlink';
import { initBackend } from '../core/backend.ts';
import { spawnBrowserKernelWorker } from '../browser/kernelWorkers.ts';
import { localFolderSource } from '../browser/modelSources.ts';
import { exportFolderName, hfFolderFromCheckpoint } from '../core/export/hfFromCheckpoint.ts';
import { zipFolder } from '../core/export/zip.ts';
import { classifierFromCheckpoint } from '../core/inference/classifierFromCheckpoint.ts';
import { effectiveMaxLength, loadClassifier, type LoadedClassifier } from '../core/inference/loadClassifier.ts';
import { predictWindows, topK } from '../core/inference/predict.ts';
import { textWindows } from '../core/data/windows.ts';
import type { DatasetFileRef } from '../browser/protocol.ts';
import { readCheckpoint, readRun } from '../browser/studioDb.ts';

export interface DetectModelInfo {
  /** What is loaded: a checkpoint id, or "imported:<name>". */
  key: string;
  label: string;
  labels: string[];
}

export interface Detection {
  /** Most probable first. */
  top: { label: string; p: number }[];
  /** Tokens read (of all windows: overlaps count twice). */
  tokens: number;
  /** Windows the text was read as (1 for a snippet; a long text is read whole, in windows). */
  windows: number;
}

/** Detection reads at most this many tokens (the model's limit may be lower). */
const DETECT_MAX_LENGTH = 512;

export class DetectWorker {
  private ready: Promise<unknown> | undefined;
  private classifier: LoadedClassifier | null = null;
  private info: DetectModelInfo | null = null;

  private init(wasmPaths: string): Promise<unknown> {
    this.ready ??= initBackend('wasm', { wasmPaths, spawnKernelWorker: spawnBrowserKernelWorker, purpose: 'inference' });
    return this.ready;
  }

  /** Loads a stored checkpoint (no-op when it is the one loaded). */
  async useCheckpoint(id: string, wasmPaths: string): Promise<DetectModelInfo> {
    if (this.info?.key === id) return this.info;
    await this.init(wasmPaths);
    const { meta, bytes } = await readCheckpoint(id);
    const run = await readRun(meta.runId);
    if (!run?.tokenizerFiles) throw new Error('the tokenizer of this checkpoint is unknown: load its base model, then import it again');
    this.replace(classifierFromCheckpoint(bytes, run.tokenizerFiles), {
      key: id,
      label: `${meta.title}, ${meta.reason === 'final' ? 'final model' : `epoch ${meta.epoch}`}`,
      labels: meta.labels,
    });
    return this.info!;
  }

  /** Loads a fine-tuned Hugging Face folder (picked, dropped, or a zip): it must have labels (id2label). */
  async useFolder(name: string, refs: DatasetFileRef[], wasmPaths: string): Promise<DetectModelInfo> {
    await this.init(wasmPaths);
    const classifier = await loadClassifier(await localFolderSource(name, refs));
    this.replace(classifier, { key: `imported:${name}`, label: `imported ${name}`, labels: classifier.labels });
    return this.info!;
  }

  /** Forgets the loaded model (e.g. its checkpoint was deleted). */
  unload(): void {
    this.replace(null, null);
  }

  async detect(text: string, k: number): Promise<Detection> {
    const classifier = this.classifier;
    if (!classifier) throw new Error('no model loaded');
    const { tokenizer, config } = classifier;
    // A long text is read whole, as windows (predict combines them): their count and tokens are what the model read.
    const windows = textWindows(tokenizer, text, effectiveMaxLength(config, tokenizer, DETECT_MAX_LENGTH));
    const [prediction] = await predictWindows(classifier, [windows]);
    return { top: topK(prediction!, k), tokens: windows.reduce((n, w) => n + w.length - 2, 0), windows: windows.length };
  }

  /** The Hugging Face folder of a stored checkpoint, zipped: { fileName, bytes } (bytes transferred). */
  async exportHf(id: string): Promise<{ fileName: string; bytes: Uint8Array }> {
    const { meta, bytes } = await readCheckpoint(id);
    const run = await readRun(meta.runId);
    if (!run?.tokenizerFiles) throw new Error('the tokenizer of this checkpoint is unknown, so it cannot be exported as a model folder');
    const folder = exportFolderName(meta.labels);
    const zip = zipFolder(hfFolderFromCheckpoint(bytes, run.tokenizerFiles), folder);
    return Comlink.transfer({ fileName: `${folder}.zip`, bytes: zip }, [zip.buffer]);
  }

  /** The raw training checkpoint (for download): { fileName, bytes }. */
  async checkpointFile(id: string): Promise<{ fileName: string; bytes: Uint8Array }> {
    const { meta, bytes } = await readCheckpoint(id);
    const fileName = `${exportFolderName(meta.labels)}-step${meta.step}.training.safetensors`;
    return Comlink.transfer({ fileName, bytes }, [bytes.buffer]);
  }

  private replace(classifier: LoadedClassifier | null, info: DetectModelInfo | null): void {
    this.classifier?.model.params.dispose();
    this.classifier = classifier;
    this.info = info;
  }
}

Comlink.expose(new DetectWorker());
