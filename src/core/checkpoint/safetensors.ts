/**
 * safetensors (https://github.com/huggingface/safetensors): 8-byte little-endian header length N, N bytes
 * of JSON header `{name: {dtype, shape, data_offsets: [begin, end]}, __metadata__?: {string: string}}`,
 * then the tensor bytes, offsets relative to the end of the header.
 *
 * The reader validates like the reference Rust implementation (offsets contiguous from 0 to the end of the
 * file, each byte range = shape × dtype size) and refuses anything else. The writer reproduces the
 * reference layout byte for byte: tensors sorted by descending dtype size then name, header padded with
 * spaces to a multiple of 8, `__metadata__` first.
 */
import type { DType, HostTensor, StateDict } from './types.ts';
import { numel } from './types.ts';
import { DTYPE_BYTES, assertHostTensor, hostDataBytes, isDType, typedArrayFromBytes } from './dtypes.ts';

export interface SafetensorsFile {
  stateDict: StateDict;
  /** The `__metadata__` strings, e.g. `{format: "pt"}` (empty when absent). */
  metadata: Record<string, string>;
}

/** Headers past this are certainly not a model (the reference implementation's limit is 100 MB). */
const MAX_HEADER_BYTES = 100_000_000;

const fail = (problem: string): never => {
  throw new Error(`invalid safetensors file: ${problem}`);
};

interface HeaderEntry {
  name: string;
  dtype: DType;
  shape: number[];
  begin: number;
  end: number;
}

/** Parses and validates a safetensors file; tensor data are views into `bytes` where aligned. */
export function readSafetensors(bytes: Uint8Array): SafetensorsFile {
  if (bytes.byteLength < 8) fail(`${bytes.byteLength} bytes is too short for the 8-byte header length`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(0, true) + view.getUint32(4, true) * 2 ** 32;
  if (headerLength > MAX_HEADER_BYTES) fail(`header length ${headerLength} is implausibly large`);
  if (8 + headerLength > bytes.byteLength) {
    fail(`header length ${headerLength} runs past the end of the ${bytes.byteLength}-byte file (truncated?)`);
  }
  const header = parseHeaderJson(bytes.subarray(8, 8 + headerLength));
  const dataStart = 8 + headerLength;
  const entries = validateEntries(header, bytes.byteLength - dataStart);

  const stateDict: StateDict = new Map();
  for (const e of entries) {
    const data = typedArrayFromBytes(e.dtype, bytes, dataStart + e.begin, numel(e.shape));
    stateDict.set(e.name, { dtype: e.dtype, shape: e.shape, data });
  }
  return { stateDict, metadata: parseMetadata(header.__metadata__) };
}

function parseHeaderJson(headerBytes: Uint8Array): Record<string, unknown> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(headerBytes);
  } catch {
    return fail('header is not valid UTF-8');
  }
  let header: unknown;
  try {
    header = JSON.parse(text);
  } catch (e) {
    return fail(`header is not valid JSON (${(e as Error).message})`);
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) fail('header is not a JSON object');
  return header as Record<string, unknown>;
}

function parseMetadata(raw: unknown): Record<string, string> {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) return fail('__metadata__ is not an object');
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v !== 'string') fail(`__metadata__["${k}"] is not a string`);
  }
  return { ...(raw as Record<string, string>) };
}

function validateEntries(header: Record<string, unknown>, dataLength: number): HeaderEntry[] {
  const entries: HeaderEntry[] = [];
  for (const [name, info] of Object.entries(header)) {
    if (name === '__metadata__') continue;
    if (typeof info !== 'object' || info === null) fail(`entry "${name}" is not an object`);
    const { dtype, shape, data_offsets: offsets } = info as Record<string, unknown>;
    if (!isDType(dtype)) fail(`tensor "${name}" has unknown or unsupported dtype ${JSON.stringify(dtype)}`);
    if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && d >= 0)) {
      fail(`tensor "${name}" has an invalid shape ${JSON.stringify(shape)}`);
    }
    if (
      !Array.isArray(offsets) ||
      offsets.length !== 2 ||
      !offsets.every((o) => Number.isSafeInteger(o) && o >= 0) ||
      offsets[0] > offsets[1]
    ) {
      fail(`tensor "${name}" has invalid data_offsets ${JSON.stringify(offsets)}`);
    }
    const [begin, end] = offsets as [number, number];
    if (end > dataLength) {
      fail(`tensor "${name}" data [${begin}, ${end}) runs past the ${dataLength} data bytes (truncated file?)`);
    }
    const expected = numel(shape as number[]) * DTYPE_BYTES[dtype as DType];
    if (end - begin !== expected) {
      fail(`tensor "${name}" ${dtype}[${shape}] needs ${expected} bytes but data_offsets span ${end - begin}`);
    }
    entries.push({ name, dtype: dtype as DType, shape: (shape as number[]).slice(), begin, end });
  }
  // Contiguity: sorted by position, every tensor starts where the previous ended and the last ends at EOF,
  // so there are no overlaps, holes or trailing garbage.
  const byPosition = [...entries].sort((a, b) => a.begin - b.begin || a.end - b.end);
  let cursor = 0;
  for (const e of byPosition) {
    if (e.begin !== cursor) {
      fail(`tensor "${e.name}" starts at ${e.begin} but the previous tensor ends at ${cursor} (overlap or gap)`);
    }
    cursor = e.end;
  }
  if (cursor !== dataLength) fail(`tensors end at byte ${cursor} of a ${dataLength}-byte data section`);
  return entries;
}

/**
 * Descending dtype rank then name: the order of the reference writer (safetensors' Rust `prepare`), which
 * keeps every tensor aligned for its element type. The rank is the Rust enum order.
 */
const DTYPE_RANK: Readonly<Record<DType, number>> = {
  BOOL: 0,
  U8: 1,
  I8: 2,
  I16: 5,
  F16: 7,
  BF16: 8,
  I32: 9,
  F32: 11,
  F64: 12,
  I64: 13,
};

/** Rust compares names as UTF-8 bytes, which orders like code points (not UTF-16 units) outside the BMP. */
function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return (x.done ? 0 : 1) - (y.done ? 0 : 1);
    const d = x.value.codePointAt(0)! - y.value.codePointAt(0)!;
    if (d !== 0) return d;
  }
}

/** Serializes a state dict as safetensors with `__metadata__ = {format: "pt", ...metadata}`. */
export function writeSafetensors(stateDict: StateDict, metadata: Record<string, string> = {}): Uint8Array {
  const tensors: [string, HostTensor][] = [...stateDict];
  for (const [name, t] of tensors) {
    if (name === '__metadata__') throw new Error('a tensor cannot be named "__metadata__"');
    assertHostTensor(name, t);
  }
  tensors.sort(([an, a], [bn, b]) => DTYPE_RANK[b.dtype] - DTYPE_RANK[a.dtype] || compareCodePoints(an, bn));

  for (const [k, v] of Object.entries(metadata)) {
    if (typeof v !== 'string') throw new Error(`safetensors metadata "${k}" must be a string`);
  }
  // Built as text by hand (not JSON.stringify of one object) because JS objects put integer-like keys first,
  // and the layout must follow the sorted order above. JSON.stringify(string) escapes like serde_json.
  const parts: string[] = [`"__metadata__":${JSON.stringify({ format: 'pt', ...metadata })}`];
  let offset = 0;
  for (const [name, t] of tensors) {
    const end = offset + t.data.byteLength;
    parts.push(`${JSON.stringify(name)}:{"dtype":"${t.dtype}","shape":[${t.shape.join(',')}],"data_offsets":[${offset},${end}]}`);
    offset = end;
  }
  const json = new TextEncoder().encode(`{${parts.join(',')}}`);
  const headerLength = Math.ceil(json.byteLength / 8) * 8;

  const out = new Uint8Array(8 + headerLength + offset);
  const view = new DataView(out.buffer);
  view.setUint32(0, headerLength % 2 ** 32, true);
  view.setUint32(4, Math.floor(headerLength / 2 ** 32), true);
  out.set(json, 8);
  out.fill(0x20, 8 + json.byteLength, 8 + headerLength); // pad with spaces, as the reference writer does
  let cursor = 8 + headerLength;
  for (const [, t] of tensors) {
    out.set(hostDataBytes(t.data), cursor);
    cursor += t.data.byteLength;
  }
  return out;
}
