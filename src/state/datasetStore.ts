import * as Comlink from 'comlink';
import { create } from 'zustand';
import type { HandleLike } from '../browser/directoryHandles.ts';
import type { DatasetFileRef, DatasetSummary, ReadProgress } from '../browser/protocol.ts';
import { errorMessage } from './download.ts';
import { trainingWorker } from './workers.ts';

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
  /** A folder as File System Access handles (picker, or a drop in Chromium): the worker walks and reads it. */
  readHandles(name: string, handles: HandleLike[]): Promise<void>;
  readSample(): Promise<void>;
  fail(message: string): void;
}

const DATASET_DEFAULT: DatasetValues = { phase: 'empty', progress: null, summary: null, error: null };

const FILES_PER_MESSAGE = 100;

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
      return read(async () => {
        const worker = trainingWorker();
        await worker.openDataset(name, refs.map((r) => r.path), onProgress);
        // A hundred Files per message: cloning a File costs the page ~0.4 ms, so one message of 10,000
        // would freeze it for seconds; awaiting each call lets the page breathe between chunks.
        for (let i = 0; i < refs.length; i += FILES_PER_MESSAGE) await worker.addDatasetFiles(refs.slice(i, i + FILES_PER_MESSAGE));
        return worker.finishDataset();
      });
    },
    readHandles: (name, handles) => read(() => trainingWorker().readHandles(name, handles, onProgress)),
    readSample: () => read(() => trainingWorker().readSample(new URL(SAMPLE_INDEX_URL, location.href).href, onProgress)),
    fail: (message) => set({ phase: 'failed', error: message, progress: null }),
  };
});
