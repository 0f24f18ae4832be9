/**
 * Dataset folder → labelled texts: the seed's `prepare_data`. One sub-folder per language
 * ("python/…", "javascript/…"; deeper sub-folders allowed), the folder name is the label.
 *
 * No file system here: the browser hands in Files it read, the CLI what node:fs read. Both can use the
 * incremental `DatasetFolderReader` (add entries one by one, report progress, then `finish`), or
 * `readDatasetFolder` for a whole list at once. Work is linear in the total bytes plus one sort.
 */
import { decodeSourceText, type NewlineMode } from './decodeText.ts';
import { detectRootFolder, isHiddenSegment, segmentsBelowRoot } from './paths.ts';
import type { SkipReason, SkippedFile } from './skipReasons.ts';

export interface FileEntry {
  /** Relative path with forward (or back) slashes, e.g. "python/sub/a.py" or "myfolder/python/a.py". */
  path: string;
  bytes: Uint8Array;
}

export interface LabelledText {
  /** Path below the dataset root ("python/sub/a.py"), identical in browser and CLI. */
  path: string;
  /** The file's text exactly as decoded (a BOM stays; see `newlines` for CRLF). */
  text: string;
  /** Index into `labels`. */
  label: number;
}

export interface DatasetFolder {
  /** The wrapper folder that was stripped from every path, or null. */
  root: string | null;
  /** Language names, sorted by code unit (not locale: it must not depend on the machine). */
  labels: string[];
  /** Sorted by path, so the result does not depend on the order files were read in. */
  examples: LabelledText[];
  /** Sorted by path. */
  skipped: SkippedFile[];
  skippedByReason: Partial<Record<SkipReason, number>>;
  /** Usable files per language, in label order (an array: a folder named "__proto__" is a language like any other). */
  labelCounts: number[];
  /** Language folders in which no file was usable; they get no label. */
  emptyLanguages: { name: string; skipped: Partial<Record<SkipReason, number>> }[];
}

export interface DatasetReaderOptions {
  /** Files larger than this are skipped without decoding. Default 1 MiB. */
  maxFileBytes?: number;
  /** Default 'keep' (text exactly as read); 'universal' mimics the seed's `read_text()`. */
  newlines?: NewlineMode;
}

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

interface PendingExample {
  path: string;
  text: string;
  language: string;
}

const byPath = (x: { path: string }, y: { path: string }) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0);

export class DatasetFolderReader {
  private readonly maxFileBytes: number;
  private readonly newlines: NewlineMode;
  private readonly pending: PendingExample[] = [];
  private readonly skipped: SkippedFile[] = [];
  /** Every language folder seen (usable files or not), with its skip counts. */
  private readonly languages = new Map<string, { usable: number; skipped: Partial<Record<SkipReason, number>> }>();
  private finished = false;

  /**
   * @param root the wrapper folder to strip from every path (see `detectRootFolder`), or null when
   *   paths are already relative to the dataset root. Must be known up front: the browser and the CLI
   *   both have the full path list before reading any bytes.
   */
  constructor(
    readonly root: string | null,
    options: DatasetReaderOptions = {},
  ) {
    this.maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    this.newlines = options.newlines ?? 'keep';
  }

  /** Files handled so far (used and skipped), for progress reports. */
  get processed(): number {
    return this.pending.length + this.skipped.length;
  }

  /**
   * Decide from the path and size alone, before reading the bytes. Returns (and records) the skip
   * reason, or null when the file must be read and passed to `add`. Lets callers avoid reading .git
   * objects or huge files at all.
   */
  precheck(path: string, size: number): SkipReason | null {
    const reason = this.pathVerdict(path) ?? (size > this.maxFileBytes ? 'too-large' : null);
    if (reason !== null) this.recordSkip(path, reason, reason === 'too-large' ? `${size} bytes` : undefined);
    return reason;
  }

  /** Record a file the caller could not read (permissions, vanished…). */
  addUnreadable(path: string, detail?: string): void {
    const reason = this.pathVerdict(path);
    if (reason !== null) this.recordSkip(path, reason);
    else this.recordSkip(path, 'unreadable', detail);
  }

  /** Classify one file. Returns the skip reason, or null when it became an example. */
  add(entry: FileEntry): SkipReason | null {
    this.assertOpen();
    const pathReason = this.pathVerdict(entry.path);
    if (pathReason !== null) {
      this.recordSkip(entry.path, pathReason);
      return pathReason;
    }
    if (entry.bytes.length > this.maxFileBytes) {
      this.recordSkip(entry.path, 'too-large', `${entry.bytes.length} bytes`);
      return 'too-large';
    }
    const decoded = decodeSourceText(entry.bytes, this.newlines);
    if (!decoded.ok) {
      this.recordSkip(entry.path, decoded.reason);
      return decoded.reason;
    }
    const segments = segmentsBelowRoot(entry.path, this.root);
    const language = segments[0]!;
    this.languageInfo(language).usable++;
    this.pending.push({ path: segments.join('/'), text: decoded.text, language });
    return null;
  }

  /** Assign labels (sorted language names) and return the result. The reader cannot be used after. */
  finish(): DatasetFolder {
    this.assertOpen();
    this.finished = true;
    const usableLanguages = [...this.languages].filter(([, info]) => info.usable > 0).map(([name]) => name);
    const labels = usableLanguages.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    const labelOf = new Map(labels.map((name, index) => [name, index]));
    const examples = this.pending
      .map((p) => ({ path: p.path, text: p.text, label: labelOf.get(p.language)! }))
      .sort(byPath);
    const labelCounts = labels.map((name) => this.languages.get(name)!.usable);
    const skippedByReason: Partial<Record<SkipReason, number>> = {};
    for (const s of this.skipped) skippedByReason[s.reason] = (skippedByReason[s.reason] ?? 0) + 1;
    const emptyLanguages = [...this.languages]
      .filter(([, info]) => info.usable === 0)
      .map(([name, info]) => ({ name, skipped: info.skipped }))
      .sort(byName);
    return {
      root: this.root,
      labels,
      examples,
      skipped: [...this.skipped].sort(byPath),
      skippedByReason,
      labelCounts,
      emptyLanguages,
    };
  }

  /** Path-only reasons: hidden, or not inside a language folder. */
  private pathVerdict(path: string): SkipReason | null {
    const segments = segmentsBelowRoot(path, this.root);
    if (segments.some(isHiddenSegment)) return 'hidden';
    if (segments.length < 2) return 'root-level';
    return null;
  }

  private recordSkip(path: string, reason: SkipReason, detail?: string): void {
    this.assertOpen();
    const segments = segmentsBelowRoot(path, this.root);
    // A skipped file inside a language folder still shows that the language exists (for the
    // "language folder with no readable files" warning); hidden and root-level files do not.
    if (reason !== 'hidden' && reason !== 'root-level') {
      const info = this.languageInfo(segments[0]!);
      info.skipped[reason] = (info.skipped[reason] ?? 0) + 1;
    }
    const relativePath = segments.join('/');
    this.skipped.push(detail === undefined ? { path: relativePath, reason } : { path: relativePath, reason, detail });
  }

  private languageInfo(language: string) {
    let info = this.languages.get(language);
    if (!info) {
      info = { usable: 0, skipped: {} };
      this.languages.set(language, info);
    }
    return info;
  }

  private assertOpen(): void {
    if (this.finished) throw new Error('DatasetFolderReader: finish() was already called');
  }
}

const byName = (x: { name: string }, y: { name: string }) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);

/**
 * Read a whole list of entries at once. `root`: 'auto' (default) detects a wrapper folder such as the
 * browser's picked-folder name; null means the paths are already relative to the dataset root.
 */
export function readDatasetFolder(
  entries: readonly FileEntry[],
  options: DatasetReaderOptions & { root?: string | null | 'auto' } = {},
): DatasetFolder {
  const root =
    options.root === undefined || options.root === 'auto' ? detectRootFolder(entries.map((e) => e.path)) : options.root;
  const reader = new DatasetFolderReader(root, options);
  for (const entry of entries) reader.add(entry);
  return reader.finish();
}
