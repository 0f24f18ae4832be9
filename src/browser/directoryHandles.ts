/**
 * Walking a folder the page got as a File System Access handle (showDirectoryPicker, or a drop without entries), here
 * in the worker: one handle crosses the thread boundary instead of thousands of Files (cloning a File costs the
 * sender a fraction of a millisecond each, which for 10,000 files would freeze the page).
 *
 * Known limit (Chromium 156): a directory handle's `values()` silently leaves out children whose names are not
 * portable (`< > : " | ? * \`, a trailing dot or space, control characters, CON, desktop.ini, *.lnk…), so such
 * files cannot be read, nor listed as skipped, through a handle. Drops therefore use DataTransfer entries, which
 * list everything (src/ui/pickedFiles.ts); a folder from showDirectoryPicker has no other way in.
 */
import type { DatasetFileRef, ReadProgress } from './protocol.ts';

/** The parts of FileSystemDirectoryHandle / FileSystemFileHandle used here (TS's DOM lib lacks `values()`). */
export interface DirectoryHandleLike {
  kind: 'directory';
  name: string;
  values(): AsyncIterable<DirectoryHandleLike | FileHandleLike>;
}
export interface FileHandleLike {
  kind: 'file';
  name: string;
  getFile(): Promise<File>;
}
export type HandleLike = DirectoryHandleLike | FileHandleLike;

const REPORT_EVERY = 250;

/** Every file below the handles, with paths starting at each handle's name ("mydata/python/a.py"). */
export async function filesOfHandles(handles: readonly HandleLike[], onProgress: (p: ReadProgress) => void): Promise<DatasetFileRef[]> {
  const out: DatasetFileRef[] = [];
  const walk = async (handle: HandleLike, path: string): Promise<void> => {
    if (handle.kind === 'file') {
      out.push({ path, file: await handle.getFile() });
      if (out.length % REPORT_EVERY === 0) onProgress({ stage: 'listing', done: out.length, total: 0 });
      return;
    }
    for await (const child of handle.values()) await walk(child, `${path}/${child.name}`);
  };
  for (const handle of handles) await walk(handle, handle.name);
  return out;
}
