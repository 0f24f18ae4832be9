/**
 * Where a base model's files come from, as core FileSources: the bundled offline model (same-origin HTTP), the
 * Hugging Face hub (through the browser's Cache API, so a second load works offline), or files the user picked
 * or dropped (a folder, or a zip of one). Every source is wrapped in a memo: the worker reads each file once.
 */
import { httpFileSource, type FileSource, type ReadProgress } from '../core/checkpoint/fileSource.ts';
import { hubFileSource } from '../core/checkpoint/hub.ts';
import { splitPath } from '../core/data/paths.ts';
import { unzipFolder } from '../core/export/zip.ts';
import type { DatasetFileRef, ModelSpec } from './protocol.ts';

const HUB_CACHE = 'codeberta-hub-v1';

export interface OpenedSource {
  source: FileSource;
  /** Files that came from the browser's cache rather than the network (hub only). */
  cachedFiles: Set<string>;
  /** Files that were read at all (to tell "all from cache" apart). */
  readFiles: Set<string>;
}

/** Remembers every answer (bytes or null) so that loading twice (report, then training) reads once. */
function memo(source: FileSource, readFiles: Set<string>): FileSource {
  const answers = new Map<string, Promise<Uint8Array | null>>();
  return {
    label: source.label,
    read(name: string, onProgress?: ReadProgress) {
      let answer = answers.get(name);
      if (!answer) {
        answer = source.read(name, onProgress).then((bytes) => {
          if (bytes) readFiles.add(name);
          return bytes;
        });
        answer.catch(() => answers.delete(name)); // a failed read may be retried
        answers.set(name, answer);
      }
      return answer;
    },
  };
}

/**
 * fetch through the Cache API: a cached answer (200, or 404 for a file the repository lacks) is used as is,
 * anything else goes to the network and is cached when it is a 200 or a 404. Without the Cache API (not a
 * secure context) it is plain fetch.
 */
function cachingFetch(cachedFiles: Set<string>): typeof fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const cache = typeof caches === 'undefined' ? undefined : await caches.open(HUB_CACHE).catch(() => undefined);
    const hit = await cache?.match(url);
    if (hit) {
      cachedFiles.add(decodeURIComponent(url.split('/').pop() ?? url));
      return hit;
    }
    const response = await fetch(input, init);
    if (cache && (response.ok || response.status === 404)) {
      // The body is read twice (cache and caller): tee via clone. A failed cache write only loses the cache.
      await cache.put(url, response.clone()).catch(() => undefined);
    }
    return response;
  };
}

/** Files by path relative to the picked folder (its name stripped); a single .zip is unpacked. */
async function localFiles(refs: readonly DatasetFileRef[]): Promise<Map<string, Blob | Uint8Array>> {
  if (refs.length === 1 && /\.zip$/i.test(refs[0]!.path)) {
    return unzipFolder(new Uint8Array(await refs[0]!.file.arrayBuffer()));
  }
  const files = new Map<string, Blob | Uint8Array>();
  const split = refs.map((r) => ({ segments: splitPath(r.path), file: r.file }));
  const wrapped = split.length > 0 && split.every((s) => s.segments.length > 1 && s.segments[0] === split[0]!.segments[0]);
  for (const { segments, file } of split) files.set(segments.slice(wrapped ? 1 : 0).join('/'), file);
  return files;
}

function blobSource(files: Map<string, Blob | Uint8Array>, label: string): FileSource {
  return {
    label,
    async read(name, onProgress) {
      const item = files.get(name);
      if (!item) return null;
      const bytes = item instanceof Uint8Array ? item : new Uint8Array(await item.arrayBuffer());
      onProgress?.(bytes.length, bytes.length);
      return bytes;
    },
  };
}

/**
 * Only the files the catalog lists exist: a static server (and Vite's dev server) answers an unknown path with the
 * app's index.html, not a 404, so "is there a tokenizer.json?" must not be asked over HTTP.
 */
function listedOnly(source: FileSource, files: readonly string[]): FileSource {
  const listed = new Set(files);
  return { label: source.label, read: (name, onProgress) => (listed.has(name) ? source.read(name, onProgress) : Promise.resolve(null)) };
}

/** A picked or dropped folder (or a zip of one) as a FileSource: files by path below the folder's name. */
export async function localFolderSource(name: string, refs: readonly DatasetFileRef[]): Promise<FileSource> {
  return blobSource(await localFiles(refs), name);
}

export async function openModelSource(spec: ModelSpec): Promise<OpenedSource> {
  const cachedFiles = new Set<string>();
  const readFiles = new Set<string>();
  let source: FileSource;
  if (spec.kind === 'bundled') {
    source = listedOnly(httpFileSource(spec.baseUrl, undefined, `bundled: ${spec.name}`), spec.files);
  } else if (spec.kind === 'hub') {
    source = hubFileSource(spec.repoId.trim(), { fetchImpl: cachingFetch(cachedFiles) });
  } else {
    source = await localFolderSource(spec.name, spec.files);
  }
  return { source: memo(source, readFiles), cachedFiles, readFiles };
}

/** The hub error, worded for someone offline: the core says "cannot reach <url>: Failed to fetch". */
export function explainModelError(spec: ModelSpec, err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  if (spec.kind === 'hub' && /cannot reach|Failed to fetch|NetworkError|network/i.test(message)) {
    return (
      `Cannot reach the Hugging Face hub to download ${spec.repoId}: you seem to be offline, or huggingface.co is ` +
      `blocked. Use the bundled model or a local folder of model files instead, or try again when online ` +
      `(a model downloaded once stays in this browser's cache). Details: ${message}`
    );
  }
  return message;
}
