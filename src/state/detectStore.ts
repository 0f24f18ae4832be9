import { create } from 'zustand';
import type { DetectModelInfo, Detection } from '../workers/detect.worker.ts';
import type { DatasetFileRef } from '../browser/protocol.ts';
import { useCheckpointsStore } from './checkpointsStore.ts';
import { errorMessage } from './download.ts';
import { detectWorker } from './workers.ts';

/** 'latest' follows the newest stored checkpoint (the model as training goes on). */
export type DetectSource = { kind: 'latest' } | { kind: 'checkpoint'; id: string } | { kind: 'imported'; name: string };

interface DetectValues {
  text: string;
  source: DetectSource;
  model: DetectModelInfo | null;
  modelPhase: 'none' | 'loading' | 'ready' | 'failed';
  phase: 'idle' | 'detecting' | 'ready' | 'failed';
  result: Detection | null;
  /** Below this top probability the answer is "unsure". */
  threshold: number;
  error: string | null;
}

interface DetectActions {
  setText(text: string): void;
  setThreshold(threshold: number): void;
  choose(source: DetectSource): Promise<void>;
  importModel(name: string, refs: DatasetFileRef[]): Promise<void>;
  /** Loads the model the source designates now (after the checkpoint list changed). */
  sync(): Promise<void>;
}

const DETECT_DEFAULT: DetectValues = {
  text: '',
  source: { kind: 'latest' },
  model: null,
  modelPhase: 'none',
  phase: 'idle',
  result: null,
  threshold: 0.5,
  error: null,
};

/** Typing pauses this long before a detection runs. */
export const DETECT_DEBOUNCE_MS = 250;
const TOP_K = 5;
const WASM_PATHS = () => new URL(`${import.meta.env.BASE_URL}tfjs-wasm/`, location.href).href;

let timer: ReturnType<typeof setTimeout> | undefined;
let detectSeq = 0;
let loadSeq = 0;
/** The checkpoint being loaded now: a second sync for it waits for that load instead of starting over. */
let loadingKey: string | null = null;

export const useDetectStore = create<DetectValues & DetectActions>()((set, get) => {
  const detectNow = async () => {
    const seq = ++detectSeq;
    const { text, modelPhase } = get();
    if (modelPhase !== 'ready' || text.trim() === '') {
      set({ phase: 'idle', result: null });
      return;
    }
    set({ phase: 'detecting' });
    try {
      const result = await detectWorker().detect(text, TOP_K);
      if (seq === detectSeq) set({ phase: 'ready', result, error: null });
    } catch (err) {
      if (seq === detectSeq) set({ phase: 'failed', error: errorMessage(err) });
    }
  };

  const loadModel = async (load: () => Promise<DetectModelInfo>) => {
    const seq = ++loadSeq;
    set({ modelPhase: 'loading', error: null });
    try {
      const model = await load();
      if (seq !== loadSeq) return;
      set({ model, modelPhase: 'ready' });
      await detectNow();
    } catch (err) {
      if (seq === loadSeq) set({ model: null, modelPhase: 'failed', error: errorMessage(err), result: null, phase: 'idle' });
    }
  };

  return {
    ...DETECT_DEFAULT,
    setText(text) {
      set({ text });
      clearTimeout(timer);
      timer = setTimeout(() => void detectNow(), DETECT_DEBOUNCE_MS);
    },
    setThreshold: (threshold) => set({ threshold }),
    async choose(source) {
      set({ source });
      await get().sync();
    },
    async importModel(name, refs) {
      set({ source: { kind: 'imported', name } });
      loadingKey = null;
      await loadModel(() => detectWorker().useFolder(name, refs, WASM_PATHS()));
    },
    async sync() {
      const { source, model } = get();
      if (source.kind === 'imported') return;
      const usable = useCheckpointsStore.getState().items.filter((c) => c.hasTokenizer);
      const target = source.kind === 'checkpoint' ? usable.find((c) => c.id === source.id) : usable[0];
      if (!target) {
        if (source.kind === 'checkpoint') set({ source: { kind: 'latest' } });
        if (model && !model.key.startsWith('imported:')) {
          await detectWorker().unload();
          set({ model: null, modelPhase: 'none', result: null, phase: 'idle' });
        }
        if (source.kind === 'checkpoint') await get().sync();
        return;
      }
      if (model?.key === target.id || loadingKey === target.id) return;
      loadingKey = target.id;
      try {
        await loadModel(() => detectWorker().useCheckpoint(target.id, WASM_PATHS()));
      } finally {
        if (loadingKey === target.id) loadingKey = null;
      }
    },
  };
});

// The detect model follows the checkpoint list (new checkpoints while training, deletions).
useCheckpointsStore.subscribe((state, previous) => {
  if (state.items !== previous.items) void useDetectStore.getState().sync();
});
