/** A model folder on disk as a FileSource (Node only: core code never touches node:fs). */
import { open } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import type { FileSource } from '../src/core/checkpoint/fileSource.ts';

/** Large files are read in chunks so that progress can be reported while a 300 MB checkpoint loads. */
const CHUNK_BYTES = 16 << 20;

export function directoryFileSource(dir: string): FileSource {
  const root = resolve(dir);
  return {
    label: root,
    async read(name, onProgress) {
      const path = resolve(root, name);
      if (!path.startsWith(root + sep)) throw new Error(`${name}: not a file inside ${root}`);
      let handle;
      try {
        handle = await open(path, 'r');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw new Error(`cannot open ${path}: ${(e as Error).message}`, { cause: e });
      }
      try {
        const { size } = await handle.stat();
        const bytes = new Uint8Array(size);
        let loaded = 0;
        onProgress?.(0, size);
        while (loaded < size) {
          const { bytesRead } = await handle.read(bytes, loaded, Math.min(CHUNK_BYTES, size - loaded), loaded);
          if (bytesRead === 0) throw new Error(`${path} shrank while being read`);
          loaded += bytesRead;
          onProgress?.(loaded, size);
        }
        return bytes;
      } finally {
        await handle.close();
      }
    },
  };
}
