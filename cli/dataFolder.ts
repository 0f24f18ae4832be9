import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
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
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile());
  for (const file of files) {
    const full = join(file.parentPath ?? (file as unknown as { path: string }).path, file.name);
    const path = relative(dir, full).split(sep).join('/');
    try {
      if (reader.precheck(path, (await stat(full)).size) !== null) continue;
      reader.add({ path, bytes: await readFile(full) });
    } catch (err) {
      reader.addUnreadable(path, (err as NodeJS.ErrnoException).code);
    }
  }
  const dataset = reader.finish();
  if (opts.validate === false) return dataset; // a pretraining corpus needs no classes
  const { errors, warnings } = validateDataset(dataset);
  for (const w of warnings) onWarning(w);
  if (errors.length > 0) throw new CliError(`${dir}: ${errors.join(' ')}`);
  return dataset;
}
