/**
 * FileSource: how core code reads the files of a model folder, wherever they are (memory, an HTTP
 * server, the Hugging Face hub, a directory on disk via `cli/fsSource.ts`). `read` resolves null for an
 * absent file so that callers can try alternatives (model.safetensors, then pytorch_model.bin).
 */
export type ReadProgress = (loaded: number, total?: number) => void;

export interface FileSource {
  /** Where the files come from, for messages ("hf.co/huggingface/CodeBERTa-small-v1@main"). */
  readonly label: string;
  /** The file's bytes, or null when it does not exist. Throws when it exists but cannot be read. */
  read(name: string, onProgress?: ReadProgress): Promise<Uint8Array | null>;
}

/** Files held in memory (uploads, tests, files produced by `writeHfFolder`). */
export function memoryFileSource(
  files: Map<string, Uint8Array> | Record<string, Uint8Array>,
  label = 'memory',
): FileSource {
  const byName = files instanceof Map ? files : new Map(Object.entries(files));
  return {
    label,
    async read(name, onProgress) {
      const bytes = byName.get(name);
      if (!bytes) return null;
      onProgress?.(bytes.byteLength, bytes.byteLength);
      return bytes;
    },
  };
}

/** `base` + `name`, with exactly one slash between and each path segment of `name` URL-encoded. */
export function joinUrl(base: string, name: string): string {
  const encoded = name.split('/').map(encodeURIComponent).join('/');
  return `${base.replace(/\/+$/, '')}/${encoded}`;
}

/**
 * Files under an HTTP(S) base URL. Streams each body, reporting progress against Content-Length;
 * 404 → null; other HTTP errors and network failures throw an Error naming the URL.
 */
export function httpFileSource(
  baseUrl: string,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  label = baseUrl,
): FileSource {
  return {
    label,
    async read(name, onProgress) {
      const url = joinUrl(baseUrl, name);
      let response: Response;
      try {
        // Called as a plain function: a browser's fetch throws "Illegal invocation" with a foreign `this`.
        const doFetch = fetchImpl;
        response = await doFetch(url);
      } catch (e) {
        throw new Error(`cannot reach ${url}: ${(e as Error).message}`, { cause: e });
      }
      if (response.status === 404) return null;
      if (!response.ok) {
        const hint = response.status === 401 || response.status === 403 ? ' (private, gated or missing repository?)' : '';
        throw new Error(`cannot download ${url}: HTTP ${response.status} ${response.statusText}${hint}`.trim());
      }
      try {
        return await readBody(response, onProgress);
      } catch (e) {
        throw new Error(`cannot download ${url}: ${(e as Error).message}`, { cause: e });
      }
    },
  };
}

/**
 * The whole body, read chunk by chunk into one preallocated buffer when the length is known (no
 * chunk list to concatenate for a 300 MB checkpoint).
 */
async function readBody(response: Response, onProgress?: ReadProgress): Promise<Uint8Array> {
  const lengthHeader = response.headers.get('content-length');
  const encoding = response.headers.get('content-encoding');
  // With a content encoding the header counts compressed bytes, not what the reader yields.
  const declared = lengthHeader !== null && (!encoding || encoding === 'identity') ? Number(lengthHeader) : NaN;
  const total = Number.isSafeInteger(declared) && declared >= 0 ? declared : undefined;
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    onProgress?.(bytes.byteLength, total ?? bytes.byteLength);
    return bytes;
  }
  let buffer = new Uint8Array(total ?? 1 << 16);
  let loaded = 0;
  onProgress?.(0, total);
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (loaded + value.byteLength > buffer.byteLength) {
      const grown = new Uint8Array(Math.max(buffer.byteLength * 2, loaded + value.byteLength));
      grown.set(buffer.subarray(0, loaded));
      buffer = grown;
    }
    buffer.set(value, loaded);
    loaded += value.byteLength;
    onProgress?.(loaded, total);
  }
  if (total !== undefined && loaded < total) throw new Error(`connection closed after ${loaded} of ${total} bytes`);
  return loaded === buffer.byteLength ? buffer : buffer.slice(0, loaded);
}
