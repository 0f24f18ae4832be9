import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readStateDict, sniffCheckpointFormat, toFloat32 } from '../../src/core/checkpoint/stateDict.ts';
import { readTorchZip } from '../../src/core/checkpoint/torchZip.ts';
import { readTorchLegacy } from '../../src/core/checkpoint/torchLegacy.ts';
import type { HostTensor, StateDict } from '../../src/core/checkpoint/types.ts';
import { concatBytes, int64le, legacyPreamble, op, pickle, stateDictPickle, type FakeTensor } from './checkpointPickleBuilder.ts';

const FIXTURES = '/work/shared/fixtures';
const fixture = (path: string) => new Uint8Array(readFileSync(`${FIXTURES}/${path}`));
const reference = JSON.parse(readFileSync(`${FIXTURES}/tiny-roberta/reference.json`, 'utf8')) as {
  param_names: string[];
  param_shapes: Record<string, number[]>;
  param_norms_init: Record<string, number>;
};
const mlmKeys = (JSON.parse(readFileSync(`${FIXTURES}/tiny-roberta-mlm/reference_mlm.json`, 'utf8')) as { keys: string[] }).keys;

const bytesOf = (t: HostTensor) => Buffer.from(t.data.buffer, t.data.byteOffset, t.data.byteLength);

function expectBitIdentical(actual: StateDict, expected: StateDict) {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [name, t] of expected) {
    const a = actual.get(name)!;
    expect(a.dtype, name).toBe(t.dtype);
    expect(a.shape, name).toEqual(t.shape);
    expect(bytesOf(a).equals(bytesOf(t)), `${name} bytes`).toBe(true);
  }
}

describe('torch formats: the tiny-roberta fixtures', () => {
  const safetensors = readStateDict(fixture('tiny-roberta/model.safetensors'), 'model.safetensors');

  it('sniffs each format from its bytes', () => {
    expect(sniffCheckpointFormat(fixture('tiny-roberta/model.safetensors'))).toBe('safetensors');
    expect(sniffCheckpointFormat(fixture('tiny-roberta/pytorch_model.bin'))).toBe('torch-zip');
    expect(sniffCheckpointFormat(fixture('tiny-roberta/pytorch_model_legacy.bin'))).toBe('torch-legacy');
  });

  it('zip pytorch_model.bin gives the same 57 tensors, bit for bit, in named_parameters() order', () => {
    const zip = readStateDict(fixture('tiny-roberta/pytorch_model.bin'), 'pytorch_model.bin');
    expect(zip.size).toBe(57);
    expect([...zip.keys()]).toEqual(reference.param_names);
    expectBitIdentical(zip, safetensors);
  });

  it('legacy pytorch_model_legacy.bin gives the same 57 tensors, bit for bit', () => {
    const legacy = readStateDict(fixture('tiny-roberta/pytorch_model_legacy.bin'), 'pytorch_model_legacy.bin');
    expect([...legacy.keys()]).toEqual(reference.param_names);
    expectBitIdentical(legacy, safetensors);
  });

  it('shapes match param_shapes and L2 norms match param_norms_init (relative 1e-5)', () => {
    for (const name of reference.param_names) {
      const t = safetensors.get(name)!;
      expect(t.shape, name).toEqual(reference.param_shapes[name]);
      const values = toFloat32(t);
      let sumSquares = 0;
      for (const v of values) sumSquares += v * v;
      const expected = reference.param_norms_init[name]!;
      expect(Math.abs(Math.sqrt(sumSquares) - expected) / expected, name).toBeLessThanOrEqual(1e-5);
    }
  });

  it('the padding_idx rows (id 1) of word and position embeddings are zero, as the README says', () => {
    for (const name of ['roberta.embeddings.word_embeddings.weight', 'roberta.embeddings.position_embeddings.weight']) {
      const row = toFloat32(safetensors.get(name)!).subarray(64, 128);
      expect(row.every((v) => v === 0), name).toBe(true);
      expect(toFloat32(safetensors.get(name)!).subarray(0, 64).some((v) => v !== 0)).toBe(true);
    }
  });
});

describe('torch formats: the tiny-roberta-mlm fixtures', () => {
  const safetensors = readStateDict(fixture('tiny-roberta-mlm/model.safetensors'));
  const zip = readStateDict(fixture('tiny-roberta-mlm/pytorch_model.bin'));
  const classifier = readStateDict(fixture('tiny-roberta/model.safetensors'));

  it('both files hold the 60 listed tensors, bit-identical', () => {
    expect(safetensors.size).toBe(60);
    expect([...safetensors.keys()].sort()).toEqual([...mlmKeys].sort());
    expectBitIdentical(zip, safetensors);
  });

  it('every roberta.* tensor equals the classifier fixture; the tied decoder equals the word embeddings', () => {
    const encoder = new Map([...safetensors].filter(([name]) => name.startsWith('roberta.')));
    expectBitIdentical(encoder, new Map([...classifier].filter(([name]) => name.startsWith('roberta.'))));
    const decoder = zip.get('lm_head.decoder.weight')!;
    expect(bytesOf(decoder).equals(bytesOf(zip.get('roberta.embeddings.word_embeddings.weight')!))).toBe(true);
  });
});

/** A torch.save-style zip built in the test: folder/data.pkl, folder/data/<key>, folder/version. */
function torchZip(tensors: FakeTensor[], storages: Record<string, Uint8Array>, dataPkl = stateDictPickle(tensors)) {
  return zipSync(
    { archive: { 'data.pkl': dataPkl, data: storages, version: new TextEncoder().encode('3\n') } },
    { level: 0 },
  );
}
const f32bytes = (values: number[]) => new Uint8Array(new Float32Array(values).buffer);
const t = (over: Partial<FakeTensor>): FakeTensor => ({
  name: 'x', storageType: 'FloatStorage', key: '0', storageNumel: 6, offset: 0, shape: [6], stride: [1], ...over,
});

describe('torch zip: layout details', () => {
  const storage = { '0': f32bytes([0, 1, 2, 3, 4, 5]) };

  it('honours storage offset, shape and shared storages', () => {
    const sd = readTorchZip(torchZip([t({ name: 'a', offset: 1, shape: [2], stride: [1] }), t({ name: 'b', shape: [3, 2], stride: [2, 1] })], storage));
    expect(sd.get('a')).toMatchObject({ dtype: 'F32', shape: [2] });
    expect([...toFloat32(sd.get('a')!)]).toEqual([1, 2]);
    expect([...toFloat32(sd.get('b')!)]).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('materializes non-contiguous (transposed) tensors in row-major order', () => {
    // shape [2, 3] with strides [1, 2]: element (i, j) is storage[i + 2j]
    const sd = readTorchZip(torchZip([t({ shape: [2, 3], stride: [1, 2] })], storage));
    expect([...toFloat32(sd.get('x')!)]).toEqual([0, 2, 4, 1, 3, 5]);
  });

  it('takes the dtype from the storage type', () => {
    const half = new Uint8Array(new Uint16Array([0x3c00, 0xc000]).buffer);
    const longs = new Uint8Array(new BigInt64Array([7n, -3n]).buffer);
    const sd = readTorchZip(
      torchZip(
        [t({ name: 'h', storageType: 'HalfStorage', key: 'h', storageNumel: 2, shape: [2] }), t({ name: 'l', storageType: 'LongStorage', key: 'l', storageNumel: 2, shape: [2] })],
        { h: half, l: longs },
      ),
    );
    expect(sd.get('h')!.dtype).toBe('F16');
    expect([...toFloat32(sd.get('h')!)]).toEqual([1, -2]);
    expect(sd.get('l')!.dtype).toBe('I64');
    expect([...(sd.get('l')!.data as BigInt64Array)]).toEqual([7n, -3n]);
  });

  it('refuses out-of-bounds views, missing and short storages', () => {
    expect(() => readTorchZip(torchZip([t({ offset: 4, shape: [3] })], storage))).toThrow(/reaches element 6 of a 6-element storage/);
    expect(() => readTorchZip(torchZip([t({ key: '9' })], storage))).toThrow(/archive\/data\/9 is missing/);
    expect(() => readTorchZip(torchZip([t({})], { '0': f32bytes([1, 2]) }))).toThrow(/storage 0 has 8 bytes, expected 6 × F32/);
  });

  it('refuses a tensor claiming more elements than its storage (stride 0) before copying anything', () => {
    const started = performance.now();
    expect(() => readTorchZip(torchZip([t({ storageNumel: 1, shape: [100_000_000], stride: [0] })], { '0': f32bytes([1]) }))).toThrow(
      'tensor "x" of shape [100000000] has 100000000 elements but its storage only 1 (strides [0])',
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a deflated entry that would inflate far beyond its size (a zip bomb), without inflating it', () => {
    const bomb = zipSync({ archive: { 'data.pkl': [new Uint8Array(64 * 2 ** 20), { level: 9 }], version: new TextEncoder().encode('3\n') } });
    expect(bomb.byteLength).toBeLessThan(200_000);
    expect(() => readTorchZip(bomb)).toThrow(/entry archive\/data\.pkl would inflate from \d+ to 67108864 bytes/);
  });

  it('refuses a self-referencing pickle with a message, not a stack overflow', () => {
    // {"state_dict": <this same dict>}: memoize the dict, then set it as its own value.
    const selfRef = pickle(op.proto(2), op.emptyDict(), op.memoize(), op.binunicode('state_dict'), op.binget(0), op.setitem(), op.stop());
    expect(() => readTorchZip(torchZip([], {}, selfRef))).toThrow(/nested in "state_dict" more than twice \(a self-referencing pickle\?\)/);
  });

  it('refuses a data.pkl naming a disallowed global, executing nothing', () => {
    const evil = pickle(op.proto(2), op.global('posix', 'system'), op.mark(), op.binunicode('rm -rf /'), op.tuple(), op.reduce(), op.stop());
    expect(() => readStateDict(torchZip([], {}, evil), 'evil.bin')).toThrow(/evil.bin: pickle: global posix.system is not allowed/);
  });
});

describe('torch legacy: layout details', () => {
  const legacyFile = (tensors: FakeTensor[], keys: string[], storages: Uint8Array[]) =>
    concatBytes(
      legacyPreamble(),
      stateDictPickle(tensors.map((x) => ({ ...x, legacy: true }))),
      pickle(op.proto(2), op.emptyList(), op.mark(), ...keys.map(op.binunicode), op.appends(), op.stop()),
      ...storages.flatMap((s) => [int64le(s.byteLength / 4), s]),
    );

  it('resolves view metadata into the root storage', () => {
    const file = legacyFile([t({ view: ['0', 2, 3], storageNumel: 3, shape: [3] })], ['0'], [f32bytes([0, 1, 2, 3, 4, 5])]);
    expect([...toFloat32(readTorchLegacy(file).get('x')!)]).toEqual([2, 3, 4]);
  });

  it('refuses truncated files and bad magic numbers', () => {
    const good = fixture('tiny-roberta/pytorch_model_legacy.bin');
    expect(() => readTorchLegacy(good.subarray(0, good.byteLength - 1))).toThrow(/truncated in storage/);
    expect(() => readTorchLegacy(good.subarray(0, 5000))).toThrow(/truncated/);
    const badMagic = good.slice();
    badMagic[4] ^= 1;
    expect(() => readTorchLegacy(badMagic)).toThrow(/bad magic number/);
  });

  it('refuses a state-dict pickle with a disallowed global', () => {
    const evil = concatBytes(legacyPreamble(), pickle(op.proto(2), op.global('builtins', 'eval'), op.mark(), op.binunicode('1'), op.tuple(), op.reduce(), op.stop()));
    expect(() => readStateDict(evil, 'old.bin')).toThrow(/old.bin: pickle: global builtins.eval is not allowed/);
  });
});

describe('readStateDict: corrupt and foreign input', () => {
  const zip = fixture('tiny-roberta/pytorch_model.bin');

  it.each([
    ['truncated zip (end cut off)', zip.subarray(0, zip.byteLength - 100), /model.bin: invalid torch zip checkpoint: cannot unzip/],
    ['truncated zip (half)', zip.subarray(0, zip.byteLength >> 1), /invalid torch zip checkpoint/],
    ['truncated safetensors', fixture('tiny-roberta/model.safetensors').subarray(0, 700_000), /model.bin: invalid safetensors file/],
    ['a Git LFS pointer', new TextEncoder().encode('version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 1\n'), /Git LFS pointer/],
    ['an HTML page', new TextEncoder().encode('<!DOCTYPE html><html><body>Not found</body></html>'), /an HTML page/],
    ['random bytes', new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), /unrecognized checkpoint format/],
    ['empty', new Uint8Array(0), /unrecognized checkpoint format: empty/],
  ])('%s', (_, bytes, message) => {
    expect(() => readStateDict(bytes, 'model.bin')).toThrow(message);
  });
});

describe('toFloat32', () => {
  it('widens float16 and bfloat16 bit patterns exactly', () => {
    const half = toFloat32({ dtype: 'F16', shape: [7], data: new Uint16Array([0x3c00, 0xc000, 0x7bff, 0x0001, 0x3555, 0x7c00, 0x7e00]) });
    expect([...half.subarray(0, 6)]).toEqual([1, -2, 65504, 2 ** -24, 0.333251953125, Infinity]);
    expect(half[6]).toBeNaN();
    const bf16 = toFloat32({ dtype: 'BF16', shape: [3], data: new Uint16Array([0x3f80, 0xc040, 0x3e80]) });
    expect([...bf16]).toEqual([1, -3, 0.25]);
  });

  it('rounds float64 and converts integers; float32 is returned as is', () => {
    expect([...toFloat32({ dtype: 'F64', shape: [2], data: new Float64Array([0.1, -1e40]) })]).toEqual([Math.fround(0.1), -Infinity]);
    expect([...toFloat32({ dtype: 'I64', shape: [2], data: new BigInt64Array([-5n, 1n << 40n]) })]).toEqual([-5, 2 ** 40]);
    expect([...toFloat32({ dtype: 'BOOL', shape: [2], data: new Uint8Array([1, 0]) })]).toEqual([1, 0]);
    const data = new Float32Array([1, 2]);
    expect(toFloat32({ dtype: 'F32', shape: [2], data })).toBe(data);
  });
});
