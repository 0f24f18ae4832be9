/**
 * The training worker: reads dataset folders, loads base models, encodes, trains and checkpoints, off the page's
 * thread. One instance per page, behind one typed Comlink proxy (src/state/workers.ts). tfjs runs here on
 * WebGPU when the browser has an adapter, else WebAssembly.
 *
 * The flow is the CLI's (cli/commands/train.ts): loadClassifier → encodeDataset → Trainer.run, with
 * checkpoints going to IndexedDB instead of a file.
 */
import * as Comlink from 'comlink';
import { initBackend } from '../core/backend';
import type { DatasetFolder } from '../core/data/datasetFolder';
import { encodeDataset, type EncodedDataset } from '../core/data/encodedDataset';
import { tokenizerFilesFromNames } from '../core/inference/classifierFromCheckpoint';
import { effectiveMaxLength, loadClassifier } from '../core/inference/loadClassifier';
import { labelsOf, parseRobertaConfig } from '../core/model/config';
import { initParams, type RobertaModel } from '../core/model/params';
import { CodeTokenizer } from '../core/tokenizer/codeTokenizer';
import { tokenizerFingerprint } from '../core/tokenizer/fingerprint';
import { validateTrainConfig, type TrainConfig } from '../core/train/trainConfig';
import { Trainer, type TrainerOptions } from '../core/train/trainer';
import { peekTrainingCheckpoint, type TrainerState } from '../core/train/trainerState';
import { readDatasetFiles, readSampleDataset } from './datasetReading';
import { explainModelError, openModelSource, type OpenedSource } from './modelSources';
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
} from './protocol';
import { deleteRun, listCheckpoints, listRuns, newId, readCheckpoint, readRun, saveCheckpoint, saveRun, type RunRecord } from './studioDb';
import { checkControlEachBatch, trainerEvents } from './trainingEvents';
import { describeWasmThreads } from './wasmThreads';

const PROGRESS_MS = 100;

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

/** Calls `fn` at most every PROGRESS_MS (and always when `force`). */
function every(ms: number) {
  let last = -Infinity;
  return (force: boolean, fn: () => void) => {
    const now = performance.now();
    if (force || now - last >= ms) {
      last = now;
      fn();
    }
  };
}

export class TrainingWorker {
  private backend = 'uninitialised';
  private control: Int32Array | null = null;
  private dataset: { folder: DatasetFolder; summary: DatasetSummary } | null = null;
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

  /** Initialises tfjs (webgpu → wasm → cpu from `preferred`). `control` is the shared pause/stop word. */
  async init(preferred: BackendName | undefined, wasmPaths: string, control?: SharedArrayBuffer): Promise<BackendReport> {
    this.control = control ? new Int32Array(control) : null;
    try {
      const info = await initBackend(preferred, { wasmPaths });
      this.backend = info.backend;
      const threads = info.backend === 'wasm' ? await describeWasmThreads() : undefined;
      this.backendSettled();
      return { info, threads };
    } catch (err) {
      this.backendSettled(err);
      throw err;
    }
  }

  async readDataset(name: string, refs: DatasetFileRef[], onProgress: (p: ReadProgress) => void): Promise<DatasetSummary> {
    this.assertIdle('read a dataset');
    this.dataset = null;
    const read = await readDatasetFiles(name, refs, onProgress);
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
      const tick = every(PROGRESS_MS);
      const configBytes = await opened.source.read('config.json');
      if (!configBytes) throw new Error(`${opened.source.label} has no config.json: not a Hugging Face model folder`);
      const ownLabels = labelsOf(parseRobertaConfig(JSON.parse(new TextDecoder().decode(configBytes))));
      const labels = ownLabels.length > 0 ? undefined : (this.dataset?.folder.labels ?? ['label_0', 'label_1']);
      const classifier = await loadClassifier(opened.source, {
        labels,
        onProgress: (p) => tick(p.total !== undefined && p.loaded === p.total, () => onProgress({ ...p, cached: opened.cachedFiles.has(p.file) })),
      });
      let parameters = 0;
      for (const v of classifier.model.params.variables.values()) parameters += v.size;
      const { config, report, tokenizer } = classifier;
      classifier.model.params.dispose(); // training builds its own, for the dataset's labels and seed
      const summary: ModelSummary = {
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
    this.resetControl();
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
      const tick = every(PROGRESS_MS);
      const encoded = encodeDataset(folder, classifier.tokenizer, {
        maxLength,
        testSize: config.test_size,
        validationSplit: config.validation_split,
        seed: config.seed,
        onProgress: (done, total) =>
          tick(done === total, () => listener({ type: 'preparing', message: 'Tokenizing', done, total })),
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
      await this.train(active, run, listener, (events) => new Trainer(this.trainerOptions(classifier.model, encoded, config, run, events)), null);
    } catch (err) {
      this.failed(active, listener, err);
    }
  }

  /** Continues a stored checkpoint exactly where it stopped (its run's encoded dataset, or the loaded folder). */
  async resumeFrom(checkpointId: string, listener: TrainingListener): Promise<void> {
    this.assertIdle('resume');
    const active: ActiveRun = {};
    this.active = active;
    this.resetControl();
    try {
      await this.backendReady;
      listener({ type: 'preparing', message: 'Reading the checkpoint' });
      const { meta, bytes } = await readCheckpoint(checkpointId);
      const run = await readRun(meta.runId);
      if (!run) throw new Error('the run of this checkpoint is no longer stored');
      const saved = peekTrainingCheckpoint(bytes);
      if (!run.tokenizerFiles) throw new Error('the tokenizer of this checkpoint is unknown: load the base model it was trained from, then import it again');
      const tokenizer = CodeTokenizer.fromFiles(tokenizerFilesFromNames(run.tokenizerFiles));
      const encoded = run.encoded ?? this.encodeForResume(saved, tokenizer, listener);
      const model = initParams(saved.modelConfig, saved.trainConfig.seed);
      active.model = model;
      const runForResume: RunRecord = { ...run, encoded };
      await this.train(
        active,
        runForResume,
        listener,
        (events) => Trainer.resume(this.trainerOptions(model, encoded, saved.trainConfig, runForResume, events), bytes),
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
   * Stores a downloaded training checkpoint again. Its tokenizer is found by fingerprint among stored runs and
   * the loaded base model; without it the checkpoint is stored but cannot be used until that model is loaded.
   */
  async importCheckpoint(file: File): Promise<CheckpointMeta> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let state: TrainerState;
    try {
      state = peekTrainingCheckpoint(bytes);
    } catch (err) {
      throw new Error(`${file.name}: ${errorMessage(err)}`);
    }
    const tokenizerFiles = await this.findTokenizer(state.tokenizerFingerprint);
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

  /** Deletes run records no checkpoint refers to (a run that never reached its first checkpoint). */
  async pruneOrphanRuns(): Promise<void> {
    if (this.active) return;
    const used = new Set((await listCheckpoints()).map((m) => m.runId));
    for (const run of await listRuns()) if (!used.has(run.runId)) await deleteRun(run.runId);
  }

  private async findTokenizer(fingerprint: string): Promise<Record<string, string> | undefined> {
    for (const run of await listRuns()) if (run.tokenizerFingerprint === fingerprint && run.tokenizerFiles) return run.tokenizerFiles;
    if (this.model) {
      const files = await Promise.all(['vocab.json', 'merges.txt', 'tokenizer.json', 'tokenizer_config.json', 'special_tokens_map.json'].map((f) => this.model!.opened.source.read(f)));
      const text = (b: Uint8Array | null) => (b ? new TextDecoder().decode(b) : undefined);
      const tokenizer = CodeTokenizer.fromFiles({
        vocabJson: text(files[0]!),
        mergesTxt: text(files[1]!),
        tokenizerJson: text(files[2]!),
        tokenizerConfig: text(files[3]!),
        specialTokensMap: text(files[4]!),
      });
      if (tokenizerFingerprint(tokenizer) === fingerprint) return { ...tokenizer.toFiles() } as Record<string, string>;
    }
    return undefined;
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
    });
  }

  private trainerOptions(model: RobertaModel, data: EncodedDataset, config: TrainConfig, run: RunRecord, events: TrainerOptions['events']): TrainerOptions {
    return { model, data, config, backend: this.backend, tokenizerFingerprint: run.tokenizerFingerprint, events };
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
        control: this.control,
        keepUnsaved: (meta, bytes) => (this.unsaved = { meta, bytes }),
      },
      () => active.trainer,
    );
    const trainer = await create(events);
    active.trainer = trainer;
    checkControlEachBatch(trainer, this.control);
    const info: RunInfo = {
      runId: run.runId,
      title: run.title,
      labels: data.labels,
      backend: this.backend,
      mixedPrecision: trainer.mixedPrecision,
      maxLength: Math.max(0, ...data.tokenIds.map((t) => t.length)),
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

  private resetControl(): void {
    if (this.control) Atomics.store(this.control, 0, 0);
  }

  private assertIdle(what: string): void {
    if (this.active) throw new Error(`cannot ${what} while training runs: stop it first`);
  }
}

/** "bundled: Tiny RoBERTa (test checkpoint)" → "Tiny RoBERTa"; "hf.co/owner/name@main" → "name". */
function shortModelName(label: string): string {
  return label
    .replace(/^bundled:\s*/, '')
    .replace(/\s*\(.*\)$/, '')
    .replace(/^.*\/(?=[^/]+$)/, '')
    .replace(/@.*$/, '');
}

Comlink.expose(new TrainingWorker());
