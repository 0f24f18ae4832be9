/**
 * Dataset folder reading inside the training worker: Files the page found (picked or dropped), or the bundled
 * sample fetched over HTTP, go through the core's DatasetFolderReader. Bytes are read here, never on the page;
 * progress is reported at most every PROGRESS_MS (throttle.ts).
 */
import { DatasetFolderReader, type DatasetFolder } from '../core/data/datasetFolder.ts';
import { detectRootFolder, segmentsBelowRoot } from '../core/data/paths.ts';
import { projectCountsByLabel } from '../core/data/split.ts';
import { validateDataset } from '../core/data/validateDataset.ts';
import type { DatasetFileRef, DatasetSummary, ReadProgress } from './protocol.ts';
import { throttled } from './throttle.ts';

/** Files read at once: enough to hide latency, few enough to keep memory flat. */
const CONCURRENCY = 8;
/** The last progress report of a read: always passed on (throttle.ts). */
const readAll = (p: ReadProgress) => p.done === p.total;
/** Skipped files listed on the page (counts cover all of them). */
const SKIPPED_SHOWN = 200;

export interface ReadDataset {
  folder: DatasetFolder;
  summary: DatasetSummary;
}

async function forEachConcurrently<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Reads picked or dropped files as the page hands them over, in chunks: posting a File costs the sender about
 * 0.2 ms (10,000 in one message would block the page for seconds), so the page posts a few hundred at a time and
 * the worker reads each chunk as it arrives. `finish` waits for the last read.
 */
export class DatasetFilesReading {
  private readonly reader: DatasetFolderReader;
  private readonly root: string | null;
  private readonly sizes = new Map<string, number>();
  private readonly progress: (p: ReadProgress) => void;
  private readonly pending: Promise<void>[] = [];
  private done = 0;

  /** `paths`: every file's path, known before any byte is read (the wrapper folder is detected from them). */
  constructor(
    private readonly name: string,
    private readonly paths: readonly string[],
    onProgress: (p: ReadProgress) => void,
  ) {
    this.root = detectRootFolder(paths);
    this.reader = new DatasetFolderReader(this.root, { newlines: 'universal' });
    this.progress = throttled(onProgress, readAll);
    this.progress({ stage: 'reading', done: 0, total: paths.length });
  }

  add(refs: readonly DatasetFileRef[]): void {
    this.pending.push(
      forEachConcurrently(refs, CONCURRENCY, async ({ path, file }) => {
        if (this.reader.precheck(path, file.size) === null) {
          try {
            const bytes = new Uint8Array(await file.arrayBuffer());
            if (this.reader.add({ path, bytes }) === null) this.sizes.set(path, bytes.length);
          } catch (err) {
            this.reader.addUnreadable(path, (err as Error).message);
          }
        }
        this.progress({ stage: 'reading', done: ++this.done, total: this.paths.length });
      }),
    );
  }

  async finish(): Promise<ReadDataset> {
    await Promise.all(this.pending);
    if (this.done !== this.paths.length) throw new Error(`${this.paths.length - this.done} of the folder's files never arrived`);
    const folder = this.reader.finish();
    return { folder, summary: summarise(this.name || this.root || 'dataset', folder, this.root, this.sizes) };
  }
}

/**
 * The bundled sample: `index.json` lists the files (paths relative to it, "python/a.py"), which are fetched.
 * Accepted shapes: {"files": ["python/a.py", …]} or {"files": [{"path": "python/a.py"}, …]}.
 */
export async function readSampleDataset(indexUrl: string, onProgress: (p: ReadProgress) => void): Promise<ReadDataset> {
  const response = await fetch(indexUrl).catch((err: Error) => {
    throw new Error(`cannot load the sample (${err.message})`);
  });
  if (!response.ok) throw new Error(`the sample is not available (HTTP ${response.status} for ${indexUrl})`);
  const paths = samplePaths(await response.json());
  const reader = new DatasetFolderReader(null, { newlines: 'universal' });
  const sizes = new Map<string, number>();
  const progress = throttled(onProgress, readAll);
  let done = 0;
  await forEachConcurrently(paths, CONCURRENCY, async (path) => {
    const url = new URL(path.split('/').map(encodeURIComponent).join('/'), indexUrl).href;
    try {
      const r = await fetch(url);
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      const bytes = new Uint8Array(await r.arrayBuffer());
      if (reader.precheck(path, bytes.length) === null && reader.add({ path, bytes }) === null) sizes.set(path, bytes.length);
    } catch (err) {
      reader.addUnreadable(path, (err as Error).message);
    }
    progress({ stage: 'downloading', done: ++done, total: paths.length });
  });
  const folder = reader.finish();
  return { folder, summary: summarise('sample', folder, null, sizes) };
}

function samplePaths(index: unknown): string[] {
  const files = (index as { files?: unknown } | null)?.files;
  if (!Array.isArray(files)) throw new Error('the sample index has no "files" list');
  return files.map((f) => (typeof f === 'string' ? f : String((f as { path?: unknown }).path ?? ''))).filter((p) => p && !p.includes('..'));
}

function summarise(name: string, folder: DatasetFolder, root: string | null, sizes: Map<string, number>): DatasetSummary {
  const bytesByLanguage = new Map<string, number>();
  for (const [path, size] of sizes) {
    const language = segmentsBelowRoot(path, root)[0]!;
    bytesByLanguage.set(language, (bytesByLanguage.get(language) ?? 0) + size);
  }
  const { errors, warnings } = validateDataset(folder);
  const projects = projectCountsByLabel(folder.examples);
  const languages = folder.labels.map((label, i) => ({
    name: label,
    files: folder.labelCounts[i]!,
    bytes: bytesByLanguage.get(label) ?? 0,
    projects: projects.get(i) ?? 0,
  }));
  return {
    name,
    seenFiles: folder.examples.length + folder.skipped.length,
    usableFiles: folder.examples.length,
    usableBytes: languages.reduce((s, l) => s + l.bytes, 0),
    languages,
    skippedCount: folder.skipped.length,
    skippedByReason: folder.skippedByReason,
    skipped: folder.skipped.slice(0, SKIPPED_SHOWN),
    errors,
    warnings,
  };
}
