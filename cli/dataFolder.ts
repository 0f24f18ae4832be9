import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DatasetFolderReader, type DatasetFolder } from '../src/core/data/datasetFolder.ts';
import { validateDataset } from '../src/core/data/validateDataset.ts';
import { CliError } from './errors.ts';

/**
 * Reads a dataset folder (one sub-folder per language) from disk through the same core reader the studio
 * uses: hidden files and over-size files are skipped before reading, binary and non-UTF-8 files after.
 * Newlines are normalised as the seed's `Path.read_text()` does.
 */
export async function readDataFolder(
  dir: string,
  onWarning: (message: string) => void,
  opts: { validate?: boolean } = {},
): Promise<DatasetFolder> {
  const info = await stat(dir).catch(() => null);
  if (!info) throw new CliError(`data folder ${dir} does not exist`);
  if (!info.isDirectory()) throw new CliError(`${dir} is not a folder (expected one sub-folder per language)`);

  const reader = new DatasetFolderReader(null, { newlines: 'universal' });
  for await (const entry of walkFiles(dir)) {
    if ('problem' in entry) {
      // Still checked for hidden / root-level first: a FIFO in .git is hidden, not "unreadable".
      if (reader.precheck(entry.path, 0) === null) reader.addUnreadable(entry.path, entry.problem);
      continue;
    }
    try {
      if (reader.precheck(entry.path, entry.size) !== null) continue;
      reader.add({ path: entry.path, bytes: await readFile(entry.full) });
    } catch (err) {
      reader.addUnreadable(entry.path, (err as NodeJS.ErrnoException).code);
    }
  }
  const dataset = reader.finish();
  if (opts.validate === false) return dataset; // a pretraining corpus needs no classes
  const { errors, warnings } = validateDataset(dataset);
  for (const w of warnings) onWarning(w);
  if (errors.length > 0) throw new CliError(`${dir}: ${errors.join(' ')}`);
  return dataset;
}

type WalkedFile = { path: string; full: string; size: number } | { path: string; problem: string };

/**
 * Every file below `root` (sorted), symlinks followed: a symlinked language folder or file is read as what it
 * points to, a link back into a folder being walked is reported (never followed twice), and a broken link or
 * something that is not a regular file (a FIFO, a device: reading /dev/zero never ends) is reported, not read.
 */
async function* walkFiles(root: string, prefix = '', ancestors = new Set<string>()): AsyncGenerator<WalkedFile> {
  const real = await realpath(root);
  if (ancestors.has(real)) {
    yield { path: prefix.replace(/\/$/, ''), problem: 'symlink loop (a folder that contains itself), not followed' };
    return;
  }
  const inside = new Set(ancestors).add(real);
  for (const entry of (await readdir(root, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = join(root, entry.name);
    const path = `${prefix}${entry.name}`;
    const info = await stat(full).catch(() => null); // follows symlinks
    if (!info) yield { path, problem: 'broken symlink' };
    else if (info.isDirectory()) yield* walkFiles(full, `${path}/`, inside);
    else if (info.isFile()) yield { path, full, size: info.size };
    else yield { path, problem: 'not a regular file (a FIFO, socket or device)' };
  }
}
