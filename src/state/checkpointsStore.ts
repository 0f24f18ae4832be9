import { create } from 'zustand';
import type { CheckpointMeta } from '../browser/protocol.ts';
import { deleteCheckpoint, listCheckpoints, storageEstimate } from '../browser/studioDb.ts';
import { errorMessage, saveBytes } from './download.ts';
import { detectWorker, trainingWorker } from './workers.ts';

interface CheckpointsValues {
  items: CheckpointMeta[];
  loaded: boolean;
  /** Per checkpoint id: what is being done with it ("Exporting…"). */
  busy: Record<string, string>;
  error: string | null;
  notice: string | null;
  storage: { usage: number; quota: number } | null;
}

interface CheckpointsActions {
  refresh(): Promise<void>;
  remove(id: string): Promise<void>;
  importFile(file: File): Promise<void>;
  exportHf(id: string): Promise<void>;
  download(id: string): Promise<void>;
}

const CHECKPOINTS_DEFAULT: CheckpointsValues = { items: [], loaded: false, busy: {}, error: null, notice: null, storage: null };

export const useCheckpointsStore = create<CheckpointsValues & CheckpointsActions>()((set, get) => {
  /** Runs `job` with the checkpoint marked busy; errors end up in `error`. */
  const withBusy = async (id: string, label: string, job: () => Promise<void>) => {
    set((s) => ({ busy: { ...s.busy, [id]: label }, error: null, notice: null }));
    try {
      await job();
    } catch (err) {
      set({ error: errorMessage(err) });
    } finally {
      set((s) => {
        const busy = { ...s.busy };
        delete busy[id];
        return { busy };
      });
    }
  };
  return {
    ...CHECKPOINTS_DEFAULT,
    async refresh() {
      try {
        const [items, storage] = await Promise.all([listCheckpoints(), storageEstimate().catch(() => undefined)]);
        set({ items, loaded: true, storage: storage ?? null });
      } catch (err) {
        set({ loaded: true, error: `Checkpoints cannot be listed: ${errorMessage(err)} (is storage disabled in this browser?)` });
      }
    },
    remove: (id) =>
      withBusy(id, 'Deleting…', async () => {
        await deleteCheckpoint(id);
        await get().refresh();
      }),
    async importFile(file) {
      set({ error: null, notice: null });
      try {
        const meta = await trainingWorker().importCheckpoint(file);
        await get().refresh();
        set({
          notice: meta.hasTokenizer
            ? `Imported ${file.name}.`
            : `Imported ${file.name}, but its tokenizer is unknown here: load the base model it was trained from, then import it again to detect, export or resume with it.`,
        });
      } catch (err) {
        set({ error: errorMessage(err) });
      }
    },
    exportHf: (id) =>
      withBusy(id, 'Exporting…', async () => {
        const { fileName, bytes } = await detectWorker().exportHf(id);
        saveBytes(fileName, bytes, 'application/zip');
      }),
    download: (id) =>
      withBusy(id, 'Preparing…', async () => {
        const { fileName, bytes } = await detectWorker().checkpointFile(id);
        saveBytes(fileName, bytes);
      }),
  };
});
