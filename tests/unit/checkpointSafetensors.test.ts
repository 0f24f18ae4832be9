import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSafetensors, writeSafetensors } from '../../src/core/checkpoint/safetensors.ts';
import type { StateDict } from '../../src/core/checkpoint/types.ts';

const FIXTURES = '/work/shared/fixtures';
const fixture = (path: string) => new Uint8Array(readFileSync(`${FIXTURES}/${path}`));
const reference = JSON.parse(readFileSync(`${FIXTURES}/tiny-roberta/reference.json`, 'utf8')) as {
  param_names: string[];
  param_shapes: Record<string, number[]>;
};

/** A safetensors file from a header object and data bytes (header padded like the reference writer). */
function buildFile(header: unknown, data: Uint8Array, rawHeader?: string): Uint8Array {
  let json = rawHeader ?? JSON.stringify(header);
  json += ' '.repeat((8 - (json.length % 8)) % 8);
  const headerBytes = new TextEncoder().encode(json);
  const out = new Uint8Array(8 + headerBytes.length + data.length);
  new DataView(out.buffer).setBigUint64(0, BigInt(headerBytes.length), true);
  out.set(headerBytes, 8);
  out.set(data, 8 + headerBytes.length);
  return out;
}

describe('safetensors: reading the fixtures', () => {
  it('reads the 57 tiny-roberta tensors with their HF names, shapes and metadata', () => {
    const { stateDict, metadata } = readSafetensors(fixture('tiny-roberta/model.safetensors'));
    expect(metadata).toEqual({ format: 'pt' });
    expect(stateDict.size).toBe(57);
    expect([...stateDict.keys()].sort()).toEqual([...reference.param_names].sort());
    for (const [name, t] of stateDict) {
      expect(t.dtype).toBe('F32');
      expect(t.shape, name).toEqual(reference.param_shapes[name]);
      expect(t.data).toBeInstanceOf(Float32Array);
    }
    expect([...stateDict.values()].reduce((n, t) => n + t.data.length, 0)).toBe(190_021); // README: 190,021 floats
  });

  it.each(['tiny-roberta/model.safetensors', 'tiny-roberta-mlm/model.safetensors'])(
    'writing %s back reproduces the file byte for byte',
    (path) => {
      const bytes = fixture(path);
      const written = writeSafetensors(readSafetensors(bytes).stateDict);
      expect(written.byteLength).toBe(bytes.byteLength);
      expect(Buffer.from(written).equals(Buffer.from(bytes))).toBe(true);
    },
  );

  it('reads a file at an unaligned position in its buffer (copies instead of viewing)', () => {
    const bytes = fixture('tiny-roberta/model.safetensors');
    const shifted = new Uint8Array(bytes.byteLength + 1).subarray(1);
    shifted.set(bytes);
    const a = readSafetensors(bytes).stateDict;
    const b = readSafetensors(shifted).stateDict;
    const bytesOf = (d: ArrayBufferView) => Buffer.from(d.buffer, d.byteOffset, d.byteLength);
    for (const [name, t] of a) expect(bytesOf(b.get(name)!.data).equals(bytesOf(t.data)), name).toBe(true);
  });
});

describe('safetensors: writing', () => {
  const mixed: StateDict = new Map([
    ['b.half', { dtype: 'F16', shape: [3], data: new Uint16Array([0x3c00, 0xc000, 0x7bff]) }],
    ['a.ids', { dtype: 'I64', shape: [2], data: new BigInt64Array([-1n, 2n ** 40n]) }],
    ['c.mask', { dtype: 'BOOL', shape: [1, 3], data: new Uint8Array([1, 0, 1]) }],
    ['d.w', { dtype: 'F32', shape: [2, 2], data: new Float32Array([1.5, -2, 3.25, 0]) }],
    ['e.empty', { dtype: 'F32', shape: [0, 4], data: new Float32Array(0) }],
  ]);

  it('lays tensors out by descending dtype size then name, aligned, with space-padded header', () => {
    const bytes = writeSafetensors(mixed, { note: 'hello "world"' });
    const headerLength = Number(new DataView(bytes.buffer).getBigUint64(0, true));
    expect(headerLength % 8).toBe(0);
    const headerText = new TextDecoder().decode(bytes.subarray(8, 8 + headerLength));
    expect(headerText.trimEnd().length).toBeLessThanOrEqual(headerLength);
    expect(headerText.slice(headerText.trimEnd().length)).toMatch(/^ *$/);
    const header = JSON.parse(headerText);
    expect(Object.keys(header)).toEqual(['__metadata__', 'a.ids', 'd.w', 'e.empty', 'b.half', 'c.mask']);
    expect(header.__metadata__).toEqual({ format: 'pt', note: 'hello "world"' });
    expect(header['a.ids'].data_offsets).toEqual([0, 16]);
    expect(header['d.w'].data_offsets).toEqual([16, 32]);
    expect(header['b.half'].data_offsets).toEqual([32, 38]);

    const { stateDict, metadata } = readSafetensors(bytes);
    expect(metadata).toEqual({ format: 'pt', note: 'hello "world"' });
    for (const [name, t] of mixed) expect(stateDict.get(name), name).toEqual(t);
  });

  it('refuses tensors whose data does not match dtype or shape', () => {
    const wrongType: StateDict = new Map([['x', { dtype: 'F32', shape: [2], data: new Float64Array(2) }]]);
    expect(() => writeSafetensors(wrongType)).toThrow(/"x".*Float32Array/);
    const wrongShape: StateDict = new Map([['x', { dtype: 'F32', shape: [3], data: new Float32Array(2) }]]);
    expect(() => writeSafetensors(wrongShape)).toThrow(/"x".*3 elements.*2/);
  });
});

describe('safetensors: refusing corrupt files', () => {
  const good = fixture('tiny-roberta/model.safetensors');
  const f32 = (n: number) => new Uint8Array(n * 4);
  const cases: [string, Uint8Array, RegExp][] = [
    ['empty file', new Uint8Array(0), /too short/],
    ['header length past EOF', good.subarray(0, 1000), /header length 6328 runs past the end/],
    ['truncated data', good.subarray(0, good.byteLength - 10), /runs past the 760074 data bytes/],
    ['trailing bytes', buildFile({ x: { dtype: 'F32', shape: [2], data_offsets: [0, 8] } }, f32(3)), /end at byte 8 of a 12-byte/],
    ['bad JSON', buildFile(null, f32(1), '{"x": {"dtype": "F32",'), /not valid JSON/],
    ['non-object header', buildFile([1, 2], f32(0)), /not a JSON object/],
    ['unknown dtype', buildFile({ x: { dtype: 'F8_E4M3', shape: [4], data_offsets: [0, 4] } }, f32(1)), /"x".*dtype "F8_E4M3"/],
    ['shape/size mismatch', buildFile({ x: { dtype: 'F32', shape: [3], data_offsets: [0, 8] } }, f32(2)), /"x" F32\[3\] needs 12 bytes/],
    ['bad shape', buildFile({ x: { dtype: 'F32', shape: [-1], data_offsets: [0, 4] } }, f32(1)), /"x" has an invalid shape/],
    ['bad offsets', buildFile({ x: { dtype: 'F32', shape: [1], data_offsets: [4, 0] } }, f32(1)), /"x" has invalid data_offsets/],
    [
      'gap between tensors',
      buildFile({ x: { dtype: 'F32', shape: [1], data_offsets: [0, 4] }, y: { dtype: 'F32', shape: [1], data_offsets: [8, 12] } }, f32(3)),
      /"y" starts at 8 but the previous tensor ends at 4/,
    ],
    [
      'overlapping tensors',
      buildFile({ x: { dtype: 'F32', shape: [2], data_offsets: [0, 8] }, y: { dtype: 'F32', shape: [1], data_offsets: [4, 8] } }, f32(2)),
      /overlap or gap/,
    ],
    ['non-string metadata', buildFile({ __metadata__: { format: 1 } }, f32(0)), /__metadata__\["format"\] is not a string/],
  ];
  it.each(cases)('%s', (_, bytes, message) => {
    expect(() => readSafetensors(bytes)).toThrow(/^invalid safetensors file: /);
    expect(() => readSafetensors(bytes)).toThrow(message);
  });

  it('refuses a header with invalid UTF-8', () => {
    const bytes = buildFile({ x: { dtype: 'F32', shape: [0], data_offsets: [0, 0] } }, f32(0));
    bytes[10] = 0xff;
    expect(() => readSafetensors(bytes)).toThrow(/not valid UTF-8/);
  });
});
