/**
 * Zip archives of model folders, for downloads and imports: fflate, synchronous, no DOM. Runs in a worker
 * (a 330 MB CodeBERTa folder takes seconds: never on the page's thread).
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { isHiddenSegment, splitPath } from '../data/paths.ts';

/** Weights barely compress and are the bulk of the bytes: stored, not deflated. Text files are deflated. */
const STORED = /\.(safetensors|bin|pt|pth)$/i;

/**
 * A zip of `files` (name → bytes), each under `folder/` when given, so that unpacking gives one folder that
 * `from_pretrained(folder)` loads.
 */
export function zipFolder(files: ReadonlyMap<string, Uint8Array>, folder?: string): Uint8Array {
  const tree: Zippable = {};
  const prefix = folder ? `${folder.replace(/\/+$/, '')}/` : '';
  for (const [name, bytes] of files) tree[prefix + name] = [bytes, { level: STORED.test(name) ? 0 : 6 }];
  return zipSync(tree, { mtime: new Date('2020-01-01T00:00:00Z') });
}

/**
 * The files of a zip, by path. A single wrapper folder around everything (what `zipFolder` writes, or what
 * zipping a folder in a file manager gives) is stripped, hidden files and folder entries are left out.
 */
export function unzipFolder(bytes: Uint8Array): Map<string, Uint8Array> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (err) {
    throw new Error(`not a readable zip archive (${(err as Error).message})`);
  }
  const files = Object.entries(entries)
    .filter(([path]) => !path.endsWith('/')) // folder entries
    .map(([path, data]) => ({ segments: splitPath(path), data }))
    .filter(({ segments }) => segments.length > 0 && !segments.some(isHiddenSegment));
  const wrapper = commonWrapper(files.map((f) => f.segments));
  return new Map(files.map(({ segments, data }) => [segments.slice(wrapper).join('/'), data]));
}

/** 1 when every path lies below the same top folder (strip it), else 0. */
function commonWrapper(paths: string[][]): number {
  if (paths.length === 0 || paths.some((p) => p.length < 2)) return 0;
  const top = paths[0]![0];
  return paths.every((p) => p[0] === top) ? 1 : 0;
}
