/**
 * Files of a folder the user gave us, as {path, file} pairs (path includes the folder's name, like
 * `webkitRelativePath`). Only File handles are gathered here, on the page; the bytes are read in a worker.
 * Three ways in: a dropped folder (DataTransfer entries, walked recursively), an <input webkitdirectory>, and the
 * File System Access API (showDirectoryPicker; handles of a drop where entries are missing) where the browser offers
 * it: then only the handles are gathered here and the worker walks them.
 */
import type { DirectoryHandleLike, HandleLike } from '../browser/directoryHandles.ts';
import type { DatasetFileRef } from '../browser/protocol.ts';

/** Called every few hundred files while walking, so the page can say it is still counting. */
export type FoundCallback = (found: number) => void;

const REPORT_EVERY = 250;

/** From an <input type=file webkitdirectory> (or a plain multi-file input: then paths are bare names). */
export function filesFromInput(list: FileList | null): DatasetFileRef[] {
  return Array.from(list ?? [], (file) => ({ path: file.webkitRelativePath || file.name, file }));
}

/** The folder's name for display: the first path segment shared by every file. */
export function folderName(refs: readonly DatasetFileRef[]): string {
  const first = refs[0]?.path.split('/')[0] ?? '';
  return refs.length > 0 && refs.every((r) => r.path.includes('/') && r.path.split('/')[0] === first) ? first : 'dropped files';
}

/**
 * From a drop. Must be called synchronously in the drop handler: DataTransfer items are only readable during the
 * event; the walk itself continues asynchronously on the entries taken here.
 */
export function filesFromDrop(transfer: DataTransfer, onFound?: FoundCallback): Promise<DatasetFileRef[]> {
  const entries = dropEntries(transfer);
  if (entries.length === 0) return Promise.resolve(filesFromInput(transfer.files));
  return walkEntries(entries, onFound);
}

/** The drop's entries (webkitGetAsEntry): files and folders as the user dragged them, before any walk. */
function dropEntries(transfer: DataTransfer): FileSystemEntry[] {
  return Array.from(transfer.items, (item) =>
    item.kind === 'file' && typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null,
  ).filter((e): e is FileSystemEntry => e !== null);
}

/** A drop that holds no folder (loose files, a text selection, a link) where a dataset folder was expected. */
export class NotAFolderError extends Error {
  constructor(readonly droppedFiles: number) {
    super(
      droppedFiles === 0
        ? 'Nothing to read: drop a folder of source code (one sub-folder per language, e.g. python/, go/), or use Choose folder….'
        : `${droppedFiles === 1 ? 'A single file was' : `${droppedFiles} files were`} dropped, not a folder: drop the dataset ` +
            'folder itself (one sub-folder per language, e.g. python/, go/), or use Choose folder….',
    );
    this.name = 'NotAFolderError';
  }
}

/**
 * A dropped dataset folder: the files of its entries (webkitGetAsEntry), walked here, or else, in a browser that
 * offers only File System Access handles, the handles (walked in the worker). Entries come first although handles
 * would spare the page the walk: Chromium's handle iteration silently leaves out every file or folder whose name is
 * not portable (`< > : " | ? * \`, a trailing dot or space, control characters, CON, desktop.ini, *.lnk…), so the
 * studio could neither read nor mention them; entries list everything. Rejects with NotAFolderError when the drop
 * holds no folder, so that loose files are explained instead of being read as a dataset without language folders.
 * Must be called synchronously in the drop handler (see `filesFromDrop`).
 */
export function folderFromDrop(
  transfer: DataTransfer,
  onFound?: FoundCallback,
): { handles: Promise<HandleLike[]> } | { files: Promise<DatasetFileRef[]> } {
  const entries = dropEntries(transfer);
  if (entries.length > 0) {
    if (!entries.some((e) => e.isDirectory)) return { files: Promise.reject(new NotAFolderError(entries.length)) };
    return { files: walkEntries(entries, onFound) };
  }
  const handles = handlesFromDrop(transfer);
  if (handles) {
    return {
      handles: handles.then((h) => {
        if (!h.some((handle) => handle.kind === 'directory')) throw new NotAFolderError(h.length);
        return h;
      }),
    };
  }
  // Neither API (then folders cannot be told from files): the plain file list, if any.
  if (transfer.files.length === 0) return { files: Promise.reject(new NotAFolderError(0)) };
  return { files: Promise.resolve(filesFromInput(transfer.files)) };
}

async function walkEntries(roots: FileSystemEntry[], onFound?: FoundCallback): Promise<DatasetFileRef[]> {
  const out: DatasetFileRef[] = [];
  const queue = [...roots];
  while (queue.length > 0) {
    const entry = queue.shift()!;
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject)).catch(() => null);
      if (file) out.push({ path: entry.fullPath.replace(/^\/+/, ''), file });
      if (out.length % REPORT_EVERY === 0) onFound?.(out.length);
    } else if (entry.isDirectory) {
      queue.push(...(await readAllEntries(entry as FileSystemDirectoryEntry)));
    }
  }
  return out;
}

/** readEntries returns at most ~100 entries per call: call until it returns none. */
async function readAllEntries(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

type PickerWindow = Window & { showDirectoryPicker?: (options?: { mode?: 'read' }) => Promise<DirectoryHandleLike> };
type ItemWithHandle = DataTransferItem & { getAsFileSystemHandle?: () => Promise<HandleLike | null> };

export const canPickDirectory = () => typeof (window as PickerWindow).showDirectoryPicker === 'function';

/** showDirectoryPicker → the folder's handle (walked in the worker); null when the user cancelled. */
export async function pickDirectoryHandle(): Promise<DirectoryHandleLike | null> {
  try {
    return await (window as PickerWindow).showDirectoryPicker!({ mode: 'read' });
  } catch (err) {
    if ((err as Error).name === 'AbortError') return null;
    throw err;
  }
}

/**
 * A drop as File System Access handles, where the browser offers them: the worker walks them (`folderFromDrop`
 * prefers entries, see there). Like `filesFromDrop`, it must be called synchronously in the drop handler. Null where
 * unsupported.
 */
export function handlesFromDrop(transfer: DataTransfer): Promise<HandleLike[]> | null {
  const items = Array.from(transfer.items).filter((item) => item.kind === 'file') as ItemWithHandle[];
  if (items.length === 0 || !items.every((item) => typeof item.getAsFileSystemHandle === 'function')) return null;
  const pending = items.map((item) => item.getAsFileSystemHandle!());
  return Promise.all(pending).then((handles) => handles.filter((h): h is HandleLike => h !== null));
}
