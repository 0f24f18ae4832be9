/**
 * Element sizes and typed-array views for the host dtypes, shared by every checkpoint reader and writer.
 * All formats we read store little-endian data; so do all hosts we run on (checked once below), which
 * lets tensor bytes become typed arrays without touching individual elements.
 */
import type { DType, HostData, HostTensor } from './types.ts';
import { numel } from './types.ts';

export const DTYPE_BYTES: Readonly<Record<DType, number>> = {
  F64: 8,
  F32: 4,
  F16: 2,
  BF16: 2,
  I64: 8,
  I32: 4,
  I16: 2,
  I8: 1,
  U8: 1,
  BOOL: 1,
};

export const isDType = (s: unknown): s is DType => typeof s === 'string' && Object.hasOwn(DTYPE_BYTES, s);

type HostArrayCtor = {
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): HostData;
  new (length: number): HostData;
};

const ARRAY_CTOR: Readonly<Record<DType, HostArrayCtor>> = {
  F64: Float64Array,
  F32: Float32Array,
  F16: Uint16Array,
  BF16: Uint16Array,
  I64: BigInt64Array,
  I32: Int32Array,
  I16: Int16Array,
  I8: Int8Array,
  U8: Uint8Array,
  BOOL: Uint8Array,
};

const HOST_IS_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The `count` elements of `dtype` stored at `bytes[byteOffset..]` as a typed array. A zero-copy view when the
 * position is aligned for the element type (the usual case: safetensors and torch align their data), a copy
 * otherwise. Views alias the input buffer: treat loaded tensors as read-only.
 */
export function typedArrayFromBytes(dtype: DType, bytes: Uint8Array, byteOffset: number, count: number): HostData {
  if (!HOST_IS_LITTLE_ENDIAN) throw new Error('checkpoint data is little-endian; big-endian hosts are not supported');
  const size = DTYPE_BYTES[dtype];
  const byteLength = count * size;
  if (byteOffset < 0 || byteOffset + byteLength > bytes.byteLength) {
    throw new Error(`tensor data [${byteOffset}, ${byteOffset + byteLength}) is outside its ${bytes.byteLength}-byte buffer`);
  }
  const Ctor = ARRAY_CTOR[dtype];
  const absolute = bytes.byteOffset + byteOffset;
  if (absolute % size === 0) return new Ctor(bytes.buffer, absolute, count);
  const copy = new Uint8Array(byteLength);
  copy.set(bytes.subarray(byteOffset, byteOffset + byteLength));
  return new Ctor(copy.buffer, 0, count);
}

/** A fresh zero-filled array for `count` elements of `dtype`. */
export const allocHostData = (dtype: DType, count: number): HostData => new ARRAY_CTOR[dtype](count);

/** The raw bytes of a tensor's data (a view, no copy). */
export const hostDataBytes = (data: HostData): Uint8Array => new Uint8Array(data.buffer, data.byteOffset, data.byteLength);

/** Checks that a tensor's typed array matches its dtype and shape; writers call this before serializing. */
export function assertHostTensor(name: string, t: HostTensor): void {
  if (!isDType(t.dtype)) throw new Error(`tensor "${name}": unknown dtype ${String(t.dtype)}`);
  if (!Array.isArray(t.shape) || !t.shape.every((d) => Number.isSafeInteger(d) && d >= 0)) {
    throw new Error(`tensor "${name}": shape ${JSON.stringify(t.shape)} is not a list of non-negative integers`);
  }
  const Ctor = ARRAY_CTOR[t.dtype];
  if (!(t.data instanceof Ctor)) {
    throw new Error(`tensor "${name}": dtype ${t.dtype} needs a ${Ctor.name}, got ${t.data?.constructor?.name}`);
  }
  const expected = numel(t.shape);
  if (t.data.length !== expected) {
    throw new Error(`tensor "${name}": shape [${t.shape}] has ${expected} elements but data has ${t.data.length}`);
  }
}
