import * as Comlink from 'comlink';
import { create } from 'zustand';
import { DEFAULT_TRAIN_CONFIG, type TrainConfig } from '../core/train/trainConfig.ts';
import type { DatasetFileRef, ModelProgress, ModelSpec, ModelSummary } from '../browser/protocol.ts';
import { errorMessage } from './download.ts';
import { trainingWorker } from './workers.ts';

/** An entry of public/models/index.json: a model folder shipped with the studio (works offline). */
export interface BundledModel {
  id: string;
  name: string;
  description?: string;
  /** Folder, relative to the site root. */
  path: string;
  files: string[];
  /** Fine-tuning settings that suit this model (the model card's); the form starts from them. */
  trainDefaults?: Partial<TrainConfig>;
}

export type ModelChoice = 'bundled' | 'hub' | 'local';

interface ModelValues {
  catalog: BundledModel[];
  catalogError: string | null;
  choice: ModelChoice;
  bundledId: string | null;
  hubId: string;
  phase: 'idle' | 'loading' | 'ready' | 'failed';
  progress: ModelProgress | null;
  summary: ModelSummary | null;
  error: string | null;
  /** The settings the chosen bundled model recommends (the training store applies them to its form). */
  trainDefaults: { overrides: Partial<TrainConfig>; source: string | null } | null;
}

interface ModelActions {
  /** Reads the bundled catalog and loads its first model (the offline default). */
  init(): Promise<void>;
  setChoice(choice: ModelChoice): void;
  setHubId(id: string): void;
  loadBundled(id: string): Promise<void>;
  loadHub(): Promise<void>;
  loadLocal(name: string, refs: DatasetFileRef[]): Promise<void>;
}

const MODEL_DEFAULT: ModelValues = {
  catalog: [],
  catalogError: null,
  choice: 'bundled',
  bundledId: null,
  hubId: DEFAULT_TRAIN_CONFIG.model_name,
  phase: 'idle',
  progress: null,
  summary: null,
  error: null,
  trainDefaults: null,
};

const siteUrl = (path: string) => new URL(path, new URL(import.meta.env.BASE_URL, location.href)).href;

let loadSeq = 0;

export const useModelStore = create<ModelValues & ModelActions>()((set, get) => {
  const load = async (spec: ModelSpec) => {
    const seq = ++loadSeq;
    set({ phase: 'loading', progress: null, error: null, summary: null });
    const onProgress = Comlink.proxy((progress: ModelProgress) => seq === loadSeq && set({ progress }));
    try {
      const summary = await trainingWorker().loadModel(spec, onProgress);
      if (seq === loadSeq) set({ phase: 'ready', summary, progress: null });
    } catch (err) {
      if (seq === loadSeq) set({ phase: 'failed', error: errorMessage(err), progress: null });
    }
  };
  return {
    ...MODEL_DEFAULT,
    async init() {
      try {
        const response = await fetch(siteUrl('models/index.json'));
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const catalog = ((await response.json()) as { models?: BundledModel[] }).models ?? [];
        set({ catalog });
        if (catalog.length > 0 && get().phase === 'idle') await get().loadBundled(catalog[0]!.id);
      } catch (err) {
        set({ catalogError: `The bundled models could not be listed (${errorMessage(err)}).`, choice: 'hub' });
      }
    },
    setChoice(choice) {
      set({ choice });
      // Back to the bundled tab after trying another source: that model again (the hub waits for "Download").
      const { bundledId, summary, phase } = get();
      if (choice === 'bundled' && bundledId && phase !== 'loading' && summary?.kind !== 'bundled') void get().loadBundled(bundledId);
    },
    setHubId: (hubId) => set({ hubId }),
    loadBundled(id) {
      const entry = get().catalog.find((m) => m.id === id);
      if (!entry) return Promise.resolve();
      set({ choice: 'bundled', bundledId: id, trainDefaults: { overrides: entry.trainDefaults ?? {}, source: entry.trainDefaults ? entry.name : null } });
      return load({ kind: 'bundled', id, name: entry.name, baseUrl: siteUrl(entry.path), files: entry.files });
    },
    loadHub() {
      set({ choice: 'hub' });
      return load({ kind: 'hub', repoId: get().hubId.trim() });
    },
    loadLocal(name, refs) {
      set({ choice: 'local' });
      return load({ kind: 'local', name, files: refs });
    },
  };
});
