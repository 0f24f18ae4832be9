import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { httpFileSource, memoryFileSource } from '../../src/core/checkpoint/fileSource.ts';
import { hubFileSource } from '../../src/core/checkpoint/hub.ts';
import { directoryFileSource } from '../../cli/fsSource.ts';

const DIR = '/work/shared/fixtures/tiny-roberta';
const weights = new Uint8Array(readFileSync(`${DIR}/model.safetensors`));

/** A fake server over in-memory files: streams bodies in chunks, records requested URLs. */
function fakeFetch(files: Record<string, Uint8Array>, opts: { chunk?: number; contentLength?: (n: number) => number | null } = {}) {
  const urls: string[] = [];
  const impl = async (input: RequestInfo | URL): Promise<Response> => {
    const url = String(input);
    urls.push(url);
    const file = Object.entries(files).find(([path]) => url.endsWith(path))?.[1];
    if (!file) return new Response('Entry not found', { status: 404, statusText: 'Not Found' });
    const chunk = opts.chunk ?? 65536;
    let at = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (at >= file.byteLength) return controller.close();
        controller.enqueue(file.slice(at, at + chunk));
        at += chunk;
      },
    });
    const length = opts.contentLength ? opts.contentLength(file.byteLength) : file.byteLength;
    return new Response(body, { status: 200, headers: length === null ? {} : { 'content-length': String(length) } });
  };
  return { impl: impl as typeof fetch, urls };
}

describe('memoryFileSource', () => {
  it('returns stored bytes, null for absent files, and reports completion', async () => {
    const source = memoryFileSource({ 'a.bin': weights }, 'upload');
    const events: [number, number | undefined][] = [];
    expect(await source.read('a.bin', (l, t) => events.push([l, t]))).toBe(weights);
    expect(events).toEqual([[weights.byteLength, weights.byteLength]]);
    expect(await source.read('b.bin')).toBeNull();
    expect(source.label).toBe('upload');
    expect(await memoryFileSource(new Map([['x', weights]])).read('x')).toBe(weights);
  });
});

describe('httpFileSource', () => {
  it('streams the body with progress from Content-Length; bytes equal the file', async () => {
    const { impl, urls } = fakeFetch({ 'model.safetensors': weights });
    const events: [number, number | undefined][] = [];
    const bytes = await httpFileSource('https://example.test/models/tiny/', impl).read('model.safetensors', (l, t) => events.push([l, t]));
    expect(urls).toEqual(['https://example.test/models/tiny/model.safetensors']);
    expect(Buffer.from(bytes!).equals(Buffer.from(weights))).toBe(true);
    expect(events[0]).toEqual([0, weights.byteLength]);
    expect(events.at(-1)).toEqual([weights.byteLength, weights.byteLength]);
    expect(events.length).toBe(Math.ceil(weights.byteLength / 65536) + 1);
    for (let i = 1; i < events.length; i++) expect(events[i]![0]).toBeGreaterThan(events[i - 1]![0]);
  });

  it('works without Content-Length (total unknown, buffer grows)', async () => {
    const { impl } = fakeFetch({ 'model.safetensors': weights }, { chunk: 100_000, contentLength: () => null });
    const events: (number | undefined)[] = [];
    const bytes = await httpFileSource('https://example.test', impl).read('model.safetensors', (_, t) => events.push(t));
    expect(Buffer.from(bytes!).equals(Buffer.from(weights))).toBe(true);
    expect(events.every((t) => t === undefined)).toBe(true);
  });

  it('returns null on 404 and throws on other HTTP errors', async () => {
    const { impl } = fakeFetch({});
    expect(await httpFileSource('https://example.test', impl).read('missing.json')).toBeNull();
    const denied = (async () => new Response('no', { status: 401, statusText: 'Unauthorized' })) as typeof fetch;
    await expect(httpFileSource('https://example.test', denied).read('config.json')).rejects.toThrow(
      /cannot download https:\/\/example.test\/config.json: HTTP 401 Unauthorized \(private, gated or missing repository\?\)/,
    );
  });

  it('names the URL it cannot reach on network failure', async () => {
    const offline = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    await expect(httpFileSource('https://example.test/m', offline).read('config.json')).rejects.toThrow(
      'cannot reach https://example.test/m/config.json: fetch failed',
    );
  });

  it('refuses a body shorter than its Content-Length', async () => {
    const { impl } = fakeFetch({ 'model.safetensors': weights }, { contentLength: (n) => n + 10 });
    await expect(httpFileSource('https://example.test', impl).read('model.safetensors')).rejects.toThrow(
      `connection closed after ${weights.byteLength} of ${weights.byteLength + 10} bytes`,
    );
  });
});

describe('hubFileSource', () => {
  it('resolves files like from_pretrained does', async () => {
    const { impl, urls } = fakeFetch({ 'config.json': new Uint8Array([123, 125]) });
    const source = hubFileSource('huggingface/CodeBERTa-small-v1', { fetchImpl: impl });
    expect(source.label).toBe('huggingface.co/huggingface/CodeBERTa-small-v1@main');
    expect(await source.read('config.json')).toEqual(new Uint8Array([123, 125]));
    expect(await source.read('model.safetensors')).toBeNull();
    const mirror = hubFileSource('org/model', { revision: 'refs/pr/1', endpoint: 'http://mirror.test/', fetchImpl: impl });
    await mirror.read('config.json');
    expect(urls).toEqual([
      'https://huggingface.co/huggingface/CodeBERTa-small-v1/resolve/main/config.json',
      'https://huggingface.co/huggingface/CodeBERTa-small-v1/resolve/main/model.safetensors',
      'http://mirror.test/org/model/resolve/refs%2Fpr%2F1/config.json',
    ]);
  });

  it('rejects malformed repository ids', () => {
    for (const bad of ['', 'a/b/c', '../etc', 'a b']) expect(() => hubFileSource(bad)).toThrow(/not a Hugging Face repository id/);
  });
});

describe('directoryFileSource (cli)', () => {
  it('reads files with progress, null for absent ones, and stays inside its folder', async () => {
    const source = directoryFileSource(DIR);
    const events: [number, number | undefined][] = [];
    const bytes = await source.read('model.safetensors', (l, t) => events.push([l, t]));
    expect(Buffer.from(bytes!).equals(Buffer.from(weights))).toBe(true);
    expect(events.at(-1)).toEqual([weights.byteLength, weights.byteLength]);
    expect(await source.read('no-such-file.bin')).toBeNull();
    await expect(source.read('../tiny-roberta-mlm/config.json')).rejects.toThrow(/not a file inside/);
  });
});
