import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadHfFolder, tokenizerFilesByName, writeHfFolder } from '../../src/core/checkpoint/hfFolder.ts';
import { memoryFileSource } from '../../src/core/checkpoint/fileSource.ts';
import { readSafetensors, writeSafetensors } from '../../src/core/checkpoint/safetensors.ts';
import { pythonFloatRepr, toPythonJson } from '../../src/core/checkpoint/pythonJson.ts';
import type { HostTensor, StateDict } from '../../src/core/checkpoint/types.ts';
import { directoryFileSource } from '../../cli/fsSource.ts';

const DIR = '/work/shared/fixtures/tiny-roberta';
const MLM_DIR = '/work/shared/fixtures/tiny-roberta-mlm';
const file = (path: string) => new Uint8Array(readFileSync(path));
const TOKENIZER_NAMES = ['tokenizer.json', 'vocab.json', 'merges.txt', 'tokenizer_config.json', 'special_tokens_map.json'];

const bytesOf = (t: HostTensor) => Buffer.from(t.data.buffer, t.data.byteOffset, t.data.byteLength);
function expectSameTensors(actual: StateDict, expected: StateDict) {
  expect([...actual.keys()]).toEqual([...expected.keys()]);
  for (const [name, t] of expected) {
    expect(actual.get(name)!.shape, name).toEqual(t.shape);
    expect(actual.get(name)!.dtype, name).toBe(t.dtype);
    expect(bytesOf(actual.get(name)!).equals(bytesOf(t)), name).toBe(true);
  }
}

describe('loadHfFolder', () => {
  it('loads the tiny-roberta folder: config, safetensors weights, all tokenizer files', async () => {
    const files = new Set<string>();
    const folder = await loadHfFolder(directoryFileSource(DIR), (p) => files.add(p.file));
    expect(folder.config).toEqual(JSON.parse(readFileSync(`${DIR}/config.json`, 'utf8')));
    expect(folder.weightsFile).toBe('model.safetensors');
    expect(folder.stateDict.size).toBe(57);
    expect(folder.tokenizerFiles.tokenizerJson).toBe(readFileSync(`${DIR}/tokenizer.json`, 'utf8'));
    expect(folder.tokenizerFiles.mergesTxt).toBe(readFileSync(`${DIR}/merges.txt`, 'utf8'));
    expect(Object.keys(folder.tokenizerFiles).sort()).toEqual(['mergesTxt', 'specialTokensMap', 'tokenizerConfig', 'tokenizerJson', 'vocabJson']);
    expect(files.has('config.json') && files.has('model.safetensors')).toBe(true);
  });

  it('loads the mlm folder (no tokenizer.json) with its 60 tensors', async () => {
    const folder = await loadHfFolder(directoryFileSource(MLM_DIR));
    expect(folder.stateDict.size).toBe(60);
    expect(folder.config.architectures).toEqual(['RobertaForMaskedLM']);
    expect(folder.tokenizerFiles.tokenizerJson).toBeUndefined();
    expect(folder.tokenizerFiles.vocabJson).toBeDefined();
  });

  it('falls back to pytorch_model.bin (zip or legacy) when model.safetensors is absent', async () => {
    const expected = readSafetensors(file(`${DIR}/model.safetensors`)).stateDict;
    for (const weights of ['pytorch_model.bin', 'pytorch_model_legacy.bin']) {
      const source = memoryFileSource({ 'config.json': file(`${DIR}/config.json`), 'pytorch_model.bin': file(`${DIR}/${weights}`) });
      const folder = await loadHfFolder(source);
      expect(folder.weightsFile).toBe('pytorch_model.bin');
      expect(new Set(folder.stateDict.keys())).toEqual(new Set(expected.keys()));
      for (const [name, t] of expected) expect(bytesOf(folder.stateDict.get(name)!).equals(bytesOf(t)), name).toBe(true);
      expect(folder.tokenizerFiles).toEqual({});
    }
  });

  it('reads sharded safetensors checkpoints through their index', async () => {
    const all = readSafetensors(file(`${DIR}/model.safetensors`)).stateDict;
    const entries = [...all];
    const shards = [new Map(entries.slice(0, 20)), new Map(entries.slice(20))];
    const names = ['model-00001-of-00002.safetensors', 'model-00002-of-00002.safetensors'];
    const weightMap = Object.fromEntries(shards.flatMap((s, i) => [...s.keys()].map((k) => [k, names[i]])));
    const source = memoryFileSource({
      'config.json': file(`${DIR}/config.json`),
      'model.safetensors.index.json': new TextEncoder().encode(JSON.stringify({ metadata: {}, weight_map: weightMap })),
      [names[0]!]: writeSafetensors(shards[0]!),
      [names[1]!]: writeSafetensors(shards[1]!),
    });
    const folder = await loadHfFolder(source);
    expect(folder.weightsFile).toBe('model.safetensors.index.json');
    expect(new Set(folder.stateDict.keys())).toEqual(new Set(all.keys()));
  });

  it('says clearly what is missing or broken', async () => {
    const config = file(`${DIR}/config.json`);
    await expect(loadHfFolder(memoryFileSource({}, 'my-upload'))).rejects.toThrow('my-upload has no config.json');
    await expect(loadHfFolder(memoryFileSource({ 'config.json': config }, 'm'))).rejects.toThrow(
      'm has no weights: none of model.safetensors, model.safetensors.index.json, pytorch_model.bin',
    );
    await expect(loadHfFolder(memoryFileSource({ 'config.json': new TextEncoder().encode('{oops') }, 'm'))).rejects.toThrow(
      /config.json in m is not valid JSON/,
    );
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...'{"a": 1}'].flatMap((c) => [c.charCodeAt(0), 0])]);
    await expect(loadHfFolder(memoryFileSource({ 'config.json': utf16 }, 'm'))).rejects.toThrow('config.json in m is UTF-16 text: save it as UTF-8');
    const binary = Uint8Array.from([0x7b, 0x01, 0x02, 0x1b, 0x5b]);
    const raw = await loadHfFolder(memoryFileSource({ 'config.json': binary }, 'm')).catch((e: Error) => e.message);
    expect(raw).toMatch(/config.json in m is not valid JSON/);
    expect(raw).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/); // control bytes are escaped, never printed raw
    const truncated = file(`${DIR}/model.safetensors`).subarray(0, 1000);
    await expect(loadHfFolder(memoryFileSource({ 'config.json': config, 'model.safetensors': truncated }))).rejects.toThrow(
      /model.safetensors: invalid safetensors file/,
    );
  });
});

describe('writeHfFolder', () => {
  it('reproduces the fixture folder byte for byte (config.json as transformers writes it, model.safetensors)', async () => {
    const original = await loadHfFolder(directoryFileSource(DIR));
    const written = writeHfFolder({
      config: original.config,
      stateDict: original.stateDict,
      tokenizerFiles: tokenizerFilesByName(original.tokenizerFiles),
    });
    expect([...written.keys()].sort()).toEqual(['config.json', 'model.safetensors', ...TOKENIZER_NAMES].sort());
    for (const [name, bytes] of written) {
      expect(Buffer.from(bytes).equals(Buffer.from(file(`${DIR}/${name}`))), name).toBe(true);
    }
    const reloaded = await loadHfFolder(memoryFileSource(written));
    expect(reloaded.config).toEqual(original.config);
    expectSameTensors(reloaded.stateDict, original.stateDict);
    expect(reloaded.tokenizerFiles).toEqual(original.tokenizerFiles);
  });

  it('stores float tensors as F32 and keeps integer buffers', async () => {
    const stateDict: StateDict = new Map<string, HostTensor>([
      ['a.half', { dtype: 'F16', shape: [2], data: new Uint16Array([0x3c00, 0xc000]) }],
      ['b.double', { dtype: 'F64', shape: [1], data: new Float64Array([0.5]) }],
      ['c.position_ids', { dtype: 'I64', shape: [1, 3], data: new BigInt64Array([0n, 1n, 2n]) }],
    ]);
    const written = writeHfFolder({ config: { model_type: 'roberta' }, stateDict, tokenizerFiles: {} });
    const { stateDict: back, metadata } = readSafetensors(written.get('model.safetensors')!);
    expect(metadata).toEqual({ format: 'pt' });
    expect(back.get('a.half')).toEqual({ dtype: 'F32', shape: [2], data: new Float32Array([1, -2]) });
    expect(back.get('b.double')).toEqual({ dtype: 'F32', shape: [1], data: new Float32Array([0.5]) });
    expect(back.get('c.position_ids')).toEqual(stateDict.get('c.position_ids'));
  });

  it('refuses configs without model_type and unsafe tokenizer file names', () => {
    expect(() => writeHfFolder({ config: {}, stateDict: new Map(), tokenizerFiles: {} })).toThrow(/model_type/);
    for (const bad of ['../x.json', 'a/b.json', 'config.json', '.hidden']) {
      expect(() => writeHfFolder({ config: { model_type: 'roberta' }, stateDict: new Map(), tokenizerFiles: { [bad]: '' } })).toThrow(
        /not a valid tokenizer file name/,
      );
    }
  });
});

describe('toPythonJson (json.dumps(indent=2, sort_keys=True))', () => {
  it('writes floats as Python repr does', () => {
    // Python: repr(1e-05), repr(0.0001), repr(1.5e-07), repr(0.1), repr(123456.789), repr(1.5e+16), repr(-2.5e-10)
    const cases: [number, string][] = [
      [1e-5, '1e-05'], [1e-4, '0.0001'], [1.5e-7, '1.5e-07'], [0.1, '0.1'], [123456.789, '123456.789'], [-2.5e-10, '-2.5e-10'],
    ];
    for (const [x, text] of cases) expect(pythonFloatRepr(x)).toBe(text);
  });

  it('sorts keys, escapes non-ASCII and nests with two spaces', () => {
    expect(toPythonJson({ b: [1, { z: null, a: 'é"\n' }], a: {}, c: [] })).toBe(
      '{\n  "a": {},\n  "b": [\n    1,\n    {\n      "a": "\\u00e9\\"\\n",\n      "z": null\n    }\n  ],\n  "c": []\n}\n',
    );
  });
});
