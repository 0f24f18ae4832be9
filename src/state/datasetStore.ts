import * as Comlink from 'comlink';
import { create } from 'zustand';
import type { DatasetFileRef, DatasetSummary, ReadProgress } from '../workers/protocol';
import { errorMessage } from './download';
import { trainingWorker } from './workers';

interface DatasetValues {
  phase: 'empty' | 'listing' | 'reading' | 'ready' | 'failed';
  progress: ReadProgress | null;
  summary: DatasetSummary | null;
  error: string | null;
}

interface DatasetActions {
  /** The page is walking a dropped folder (no bytes read yet). */
  listing(found: number): void;
  readFiles(name: string, refs: DatasetFileRef[]): Promise<void>;
  readSample(): Promise<void>;
  fail(message: string): void;
}

const DATASET_DEFAULT: DatasetValues = { phase: 'empty', progress: null, summary: null, error: null };

/** Where the bundled sample's file list is (public/sample/index.json). */
export const SAMPLE_INDEX_URL = `${import.meta.env.BASE_URL}sample/index.json`;

export const useDatasetStore = create<DatasetValues & DatasetActions>()((set) => {
  const onProgress = Comlink.proxy((progress: ReadProgress) => set({ progress }));
  const read = async (run: () => Promise<DatasetSummary>) => {
    set({ phase: 'reading', progress: null, error: null });
    try {
      set({ phase: 'ready', summary: await run(), progress: null });
    } catch (err) {
      set({ phase: 'failed', error: errorMessage(err), progress: null, summary: null });
    }
  };
  return {
    ...DATASET_DEFAULT,
    listing: (found) => set({ phase: 'listing', error: null, progress: { stage: 'listing', done: found, total: 0 } }),
    readFiles: (name, refs) => {
      if (refs.length === 0) {
        set({ phase: 'failed', error: 'The folder is empty.', summary: null, progress: null });
        return Promise.resolve();
      }
      return read(() => trainingWorker().readDataset(name, refs, onProgress));
    },
    readSample: () => read(() => trainingWorker().readSample(new URL(SAMPLE_INDEX_URL, location.href).href, onProgress)),
    fail: (message) => set({ phase: 'failed', error: message, progress: null }),
  };
});
