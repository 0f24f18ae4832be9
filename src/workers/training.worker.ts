/**
 * The training worker: reads dataset folders, loads base models, encodes, trains and checkpoints, off the page's
 * thread. One instance per page, behind one typed Comlink proxy (src/state/workers.ts). tfjs runs here on
 * WebGPU when the browser has an adapter, else WebAssembly.
 *
 * The flow is the CLI's (cli/commands/train.ts): loadClassifier → encodeDataset → Trainer.run, with
 * checkpoints going to IndexedDB instead of a file.
 */
import * as Comlink from 'comlink';
import { initBackend } from '../core/backend.ts';
import { spawnBrowserKernelWorker } from '../browser/kernelWorkers.ts';
import type { DatasetFolder } from '../core/data/datasetFolder.ts';
import { encodeDataset, type EncodedDataset } from '../core/data/encodedDataset.ts';
import { tokenizerFilesFromNames } from '../core/inference/classifierFromCheckpoint.ts';
import { effectiveMaxLength, loadClassifier } from '../core/inference/loadClassifier.ts';
import { initParams, type RobertaModel } from '../core/model/params.ts';
import { CodeTokenizer } from '../core/tokenizer/codeTokenizer.ts';
import { tokenizerFingerprint } from '../core/tokenizer/fingerprint.ts';
import { validateTrainConfig, type TrainConfig } from '../core/train/trainConfig.ts';
import { Trainer, type TrainerOptions } from '../core/train/trainer.ts';
import { peekTrainingCheckpoint, type TrainerState } from '../core/train/trainerState.ts';
import { DatasetFilesReading, readSampleDataset } from '../browser/datasetReading.ts';
import { filesOfHandles, type HandleLike } from '../browser/directoryHandles.ts';
import { importTrainingCheckpoint } from '../browser/checkpointImport.ts';
import { explainModelError, openModelSource, type OpenedSource } from '../browser/modelSources.ts';
import { describeModel } from '../browser/modelSummary.ts';
import type {
  BackendName,
  BackendReport,
  CheckpointMeta,
  DatasetFileRef,
  DatasetSummary,
  ModelProgress,
  ModelSpec,
  ModelSummary,
  ReadProgress,
  RunInfo,
  TrainingListener,
} from '../browser/protocol.ts';
import { deleteRun, listCheckpoints, listRunIds, newId, readCheckpoint, readRun, saveRun, type RunRecord } from '../browser/studioDb.ts';
import { trainerEvents } from '../browser/trainingEvents.ts';
import { throttled } from '../browser/throttle.ts';
import { describeWasmThreads } from '../browser/wasmThreads.ts';

interface LoadedModel {
  spec: ModelSpec;
  opened: OpenedSource;
  summary: ModelSummary;
}

interface ActiveRun {
  trainer?: Trainer;
  model?: RobertaModel;
}

const errorMessage = (err: unknown) => (err instanceof Error ? err.message : String(err));

export class TrainingWorker {
  private backend = 'uninitialised';
  private dataset: { folder: DatasetFolder; summary: DatasetSummary } | null = null;
  private reading: DatasetFilesReading | null = null;
  private model: LoadedModel | null = null;
  private active: ActiveRun | null = null;
  /** The last run's data, for the confusion-matrix drill-down (paths of examples). */
  private lastPaths: string[] = [];
  private unsaved: { meta: CheckpointMeta; bytes: Uint8Array } | null = null;
  /** Settles when `init` has set up tfjs: everything that builds tensors waits for it (calls may come sooner). */
  private readonly backendReady: Promise<void>;
  private backendSettled!: (error?: unknown) => void;

  constructor() {
    this.backendReady = new Promise((resolve, reject) => (this.backendSettled = (error) => (error ? reject(error) : resolve())));
    this.backendReady.catch(() => undefined); // reported by init itself
  }

  /** Initialises tfjs (webgpu → wasm → cpu from `preferred`). */
  async init(preferred: BackendName | undefined, wasmPaths: string): Promise<BackendReport> {
    try {
      const info = await initBackend(preferred, { wasmPaths, spawnKernelWorker: spawnBrowserKernelWorker });
      this.backend = info.backend;
      const threads = info.backend === 'wasm' ? await describeWasmThreads() : undefined;
      this.backendSettled();
      return { info, threads };
    } catch (err) {
      this.backendSettled(err);
      throw err;
    }
  }

  /** Starts reading a picked or dropped folder: `paths` lists every file; the Files follow in `addDatasetFiles`. */
  openDataset(name: string, paths: string[], onProgress: (p: ReadProgress) => void): void {
    this.assertIdle('read a dataset');
    this.dataset = null;
    this.reading = new DatasetFilesReading(name, paths, onProgress);
  }

  addDatasetFiles(refs: DatasetFileRef[]): void {
    if (!this.reading) throw new Error('openDataset first');
    this.reading.add(refs);
  }

  /** Reads a folder given as File System Access handles (one message, however many files): walked here. */
  async readHandles(name: string, handles: HandleLike[], onProgress: (p: ReadProgress) => void): Promise<DatasetSummary> {
    this.assertIdle('read a dataset');
    this.dataset = null;
    const refs = await filesOfHandles(handles, onProgress);
    const reading = new DatasetFilesReading(name, refs.map((r) => r.path), onProgress);
    reading.add(refs);
    const read = await reading.finish();
    this.dataset = read;
    return read.summary;
  }

  async finishDataset(): Promise<DatasetSummary> {
    const reading = this.reading;
    if (!reading) throw new Error('openDataset first');
    this.reading = null;
    const read = await reading.finish();
    this.dataset = read;
    return read.summary;
  }

  async readSample(indexUrl: string, onProgress: (p: ReadProgress) => void): Promise<DatasetSummary> {
    this.assertIdle('read a dataset');
    this.dataset = null;
    const read = await readSampleDataset(indexUrl, onProgress);
    this.dataset = read;
    return read.summary;
  }

  /**
   * Opens a base model and loads it once to report what it holds (the classifier head is built for the dataset's
   * languages when a dataset is loaded; its tensor names do not depend on how many there are).
   */
  async loadModel(spec: ModelSpec, onProgress: (p: ModelProgress) => void): Promise<ModelSummary> {
    this.assertIdle('change the model');
    this.model = null;
    try {
      await this.backendReady;
      const opened = await openModelSource(spec);
      const summary = await describeModel(spec, opened, this.dataset?.folder.labels, onProgress);
      this.model = { spec, opened, summary };
      return summary;
    } catch (err) {
      throw new Error(explainModelError(spec, err));
    }
  }

  /** A new run: the loaded model fine-tuned on the loaded dataset with `config`. Resolves when the run ends. */
  async start(config: TrainConfig, listener: TrainingListener): Promise<void> {
    this.assertIdle('start training');
    const invalid = Object.values(validateTrainConfig(config));
    if (invalid.length > 0) throw new Error(`invalid settings: ${invalid.join('; ')}`);
    if (!this.dataset) throw new Error('choose a dataset folder first');
    if (this.dataset.summary.errors.length > 0) throw new Error(`the dataset cannot be used: ${this.dataset.summary.errors[0]}`);
    if (!this.model) throw new Error('choose a base model first');
    const { folder } = this.dataset;
    const model = this.model;
    const active: ActiveRun = {};
    this.active = active;
    try {
      await this.backendReady;
      listener({ type: 'preparing', message: `Loading ${model.summary.label}` });
      const classifier = await loadClassifier(model.opened.source, {
        labels: folder.labels,
        seed: config.seed,
        configOverrides: { hidden_dropout_prob: config.dropout, attention_probs_dropout_prob: config.dropout },
      });
      active.model = classifier.model;
      const maxLength = effectiveMaxLength(classifier.config, classifier.tokenizer, config.max_length);
      const tokenizing = throttled(
        ({ done, total }: { done: number; total: number }) => listener({ type: 'preparing', message: 'Tokenizing', done, total }),
        ({ done, total }) => done === total,
      );
      const encoded = encodeDataset(folder, classifier.tokenizer, {
        maxLength,
        testSize: config.test_size,
        validationSplit: config.validation_split,
        seed: config.seed,
        splitBy: config.split_by,
        onProgress: (done, total) => tokenizing({ done, total }),
      });
      const tokenizerFiles = { ...classifier.tokenizer.toFiles() } as Record<string, string>;
      const run: RunRecord = {
        runId: newId('run'),
        createdAt: Date.now(),
        title: `${folder.labels.length} languages · ${this.dataset.summary.name} · ${shortModelName(model.summary.label)}`,
        labels: folder.labels,
        tokenizerFiles,
        tokenizerFingerprint: tokenizerFingerprint(classifier.tokenizer),
        encoded,
      };
      await saveRun(run).catch((err) =>
        listener({ type: 'warning', message: `the run could not be stored (${errorMessage(err)}): after a reload it cannot be resumed` }),
      );
      const options = (events: TrainerOptions['events']) => this.trainerOptions(classifier.model, classifier.tokenizer, encoded, config, run, events);
      await this.train(active, run, listener, (events) => new Trainer(options(events)), null);
    } catch (err) {
      this.failed(active, listener, err);
    }
  }

  /** Continues a stored checkpoint exactly where it stopped (its run's encoded dataset, or the loaded folder). */
  async resumeFrom(checkpointId: string, listener: TrainingListener): Promise<void> {
    this.assertIdle('resume');
    const active: ActiveRun = {};
    this.active = active;
    try {
      await this.backendReady;
      listener({ type: 'preparing', message: 'Reading the checkpoint' });
      const { meta, bytes } = await readCheckpoint(checkpointId);
      const run = await readRun(meta.runId);
      if (!run) throw new Error('the run of this checkpoint is no longer stored');
      const saved = peekTrainingCheckpoint(bytes);
      if (!run.tokenizerFiles) throw new Error('the tokenizer of this checkpoint is unknown: load the base model it was trained from, then import it again');
      const tokenizer = CodeTokenizer.fromFiles(tokenizerFilesFromNames(run.tokenizerFiles));
      // Runs stored before views kept no texts; they resume reading heads (their config says so), or re-encode.
      const encoded = run.encoded && (run.encoded.texts || readsOnlyHeads(saved.trainConfig)) ? run.encoded : this.encodeForResume(saved, tokenizer, listener);
      const model = initParams(saved.modelConfig, saved.trainConfig.seed);
      active.model = model;
      const runForResume: RunRecord = { ...run, encoded };
      await this.train(
        active,
        runForResume,
        listener,
        (events) => Trainer.resume(this.trainerOptions(model, tokenizer, encoded, saved.trainConfig, runForResume, events), bytes),
        saved,
      );
    } catch (err) {
      this.failed(active, listener, err);
    }
  }

  pause(): void {
    this.active?.trainer?.pause();
  }

  resume(): void {
    this.active?.trainer?.resume();
  }

  stop(): void {
    this.active?.trainer?.stop();
  }

  /** Paths of dataset examples (indices as in evaluation events) of the current or last run. */
  examplePaths(indices: number[]): string[] {
    return indices.map((i) => this.lastPaths[i] ?? `#${i}`);
  }

  /** A checkpoint the browser could not store (quota), for download. */
  takeUnsaved(): { meta: CheckpointMeta; bytes: Uint8Array } | null {
    const unsaved = this.unsaved;
    this.unsaved = null; // its buffer is transferred
    return unsaved ? Comlink.transfer(unsaved, [unsaved.bytes.buffer]) : null;
  }

  /**
   * Stores a downloaded training checkpoint again; its tokenizer is looked for among stored runs and the loaded base
   * model (without it the checkpoint is stored, but detect, export and resume need that model loaded first).
   */
  importCheckpoint(file: File): Promise<CheckpointMeta> {
    return importTrainingCheckpoint(file, this.model?.opened.source);
  }

  /** Deletes run records no checkpoint refers to (a run that never reached its first checkpoint). */
  async pruneOrphanRuns(): Promise<void> {
    if (this.active) return;
    const used = new Set((await listCheckpoints()).map((m) => m.runId));
    for (const runId of await listRunIds()) if (!used.has(runId)) await deleteRun(runId);
  }

  /** An imported checkpoint has no stored data: encode the loaded folder as the run did (the trainer checks it). */
  private encodeForResume(saved: TrainerState, tokenizer: CodeTokenizer, listener: TrainingListener): EncodedDataset {
    if (!this.dataset) throw new Error('this checkpoint has no stored dataset: choose the dataset folder it was trained on, then resume');
    const t = saved.trainConfig;
    listener({ type: 'preparing', message: 'Tokenizing' });
    return encodeDataset(this.dataset.folder, tokenizer, {
      maxLength: effectiveMaxLength(saved.modelConfig, tokenizer, t.max_length),
      testSize: t.test_size,
      validationSplit: t.validation_split,
      seed: t.seed,
      splitBy: t.split_by,
    });
  }

  private trainerOptions(
    model: RobertaModel,
    tokenizer: CodeTokenizer,
    data: EncodedDataset,
    config: TrainConfig,
    run: RunRecord,
    events: TrainerOptions['events'],
  ): TrainerOptions {
    return { model, tokenizer, data, config, backend: this.backend, tokenizerFingerprint: run.tokenizerFingerprint, events };
  }

  private async train(
    active: ActiveRun,
    run: RunRecord,
    listener: TrainingListener,
    create: (events: TrainerOptions['events']) => Trainer | Promise<Trainer>,
    resumed: TrainerState | null,
  ): Promise<void> {
    const data = run.encoded!;
    this.lastPaths = data.paths;
    const events = trainerEvents(
      {
        run,
        epochs: () => active.trainer?.config.epochs ?? 0,
        listener,
        keepUnsaved: (meta, bytes) => (this.unsaved = { meta, bytes }),
      },
      () => active.trainer,
    );
    const trainer = await create(events);
    active.trainer = trainer;
    const info: RunInfo = {
      runId: run.runId,
      title: run.title,
      labels: data.labels,
      backend: this.backend,
      mixedPrecision: trainer.mixedPrecision,
      maxLength: data.tokenIds.reduce((longest, t) => Math.max(longest, t.length), 0),
      totalSteps: trainer.totalSteps,
      stepsPerEpoch: trainer.stepsPerEpoch,
      epochs: trainer.config.epochs,
      split: { train: data.split.train.length, validation: data.split.validation.length, test: data.split.test.length },
      trainConfig: trainer.config,
      resumedAtStep: resumed ? resumed.optimizerStep : null,
      steps: resumed ? resumed.history.steps : [],
      epochsDone: resumed ? resumed.history.epochs : [],
    };
    listener({ type: 'started', run: info });
    const result = await trainer.run();
    events.flush();
    listener({ type: 'ended', status: result.status, bestEpoch: result.bestEpoch });
    this.disposeActive(active);
  }

  private failed(active: ActiveRun, listener: TrainingListener, err: unknown): void {
    this.disposeActive(active);
    listener({ type: 'failed', message: errorMessage(err) });
  }

  private disposeActive(active: ActiveRun): void {
    active.trainer?.dispose();
    active.model?.params.dispose();
    if (this.active === active) this.active = null;
  }

  private assertIdle(what: string): void {
    if (this.active) throw new Error(`cannot ${what} while training runs: stop it first`);
  }
}

const readsOnlyHeads = (c: TrainConfig) => c.train_views === 'head' && c.eval_views.every((v) => v === 'head');

/** "bundled: Tiny RoBERTa (test checkpoint)" → "Tiny RoBERTa"; "hf.co/owner/name@main" → "name". */
function shortModelName(label: string): string {
  return label
    .replace(/^bundled:\s*/, '')
    .replace(/\s*\(.*\)$/, '')
    .replace(/^.*\/(?=[^/]+$)/, '')
    .replace(/@.*$/, '');
}

Comlink.expose(new TrainingWorker());
