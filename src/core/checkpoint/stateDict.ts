/**
 * One entry point for weights files: sniffs safetensors / torch zip / torch legacy from the bytes (the
 * file name only improves error messages), plus conversion of any tensor to float32 for the model.
 */
import type { HostTensor, StateDict } from './types.ts';
import { readSafetensors } from './safetensors.ts';
import { readTorchZip } from './torchZip.ts';
import { looksLikeTorchLegacy, readTorchLegacy } from './torchLegacy.ts';

export type CheckpointFormat = 'safetensors' | 'torch-zip' | 'torch-legacy';

const startsWith = (bytes: Uint8Array, prefix: string) =>
  bytes.length >= prefix.length && [...prefix].every((c, i) => bytes[i] === c.charCodeAt(0));

/** The format of a weights file, or a sentence saying what it looks like instead. */
export function sniffCheckpointFormat(bytes: Uint8Array): CheckpointFormat | { unknown: string } {
  if (startsWith(bytes, 'PK\x03\x04') || startsWith(bytes, 'PK\x05\x06')) return 'torch-zip';
  if (looksLikeTorchLegacy(bytes)) return 'torch-legacy';
  if (bytes.length >= 9 && bytes[8] === 0x7b /* { */) return 'safetensors';
  if (startsWith(bytes, 'version https://git-lfs')) {
    return { unknown: 'a Git LFS pointer, not the weights (fetch the LFS object, e.g. via /resolve/ URLs)' };
  }
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart().toLowerCase();
  if (head.startsWith('<!doctype') || head.startsWith('<html')) return { unknown: 'an HTML page, not weights' };
  if (bytes.length === 0) return { unknown: 'empty' };
  return { unknown: 'not safetensors, a torch zip or a legacy torch file' };
}

/** Reads a weights file in any supported format; throws a clear Error for corrupt or unknown input. */
export function readStateDict(bytes: Uint8Array, fileName = 'weights file'): StateDict {
  const format = sniffCheckpointFormat(bytes);
  try {
    switch (format) {
      case 'safetensors':
        return readSafetensors(bytes).stateDict;
      case 'torch-zip':
        return readTorchZip(bytes);
      case 'torch-legacy':
        return readTorchLegacy(bytes);
      default:
        throw new Error(`unrecognized checkpoint format: ${format.unknown}`);
    }
  } catch (e) {
    throw new Error(`${fileName}: ${(e as Error).message}`, { cause: e });
  }
}

let halfToFloatTable: Float32Array | undefined;

/** All 65536 float16 bit patterns as float32, built once: conversion is then one lookup per element. */
function halfTable(): Float32Array {
  if (halfToFloatTable) return halfToFloatTable;
  const table = new Float32Array(65536);
  for (let h = 0; h < 65536; h++) {
    const sign = h & 0x8000 ? -1 : 1;
    const exponent = (h >> 10) & 0x1f;
    const mantissa = h & 0x3ff;
    table[h] =
      exponent === 0
        ? sign * mantissa * 2 ** -24 // subnormal
        : exponent === 31
          ? mantissa
            ? NaN
            : sign * Infinity
          : sign * (1 + mantissa / 1024) * 2 ** (exponent - 15);
  }
  return (halfToFloatTable = table);
}

/**
 * The tensor's values as float32. F32 data is returned as is (no copy: do not mutate); F16/BF16 are
 * widened exactly, F64 and integers rounded to the nearest float32.
 */
export function toFloat32(t: HostTensor): Float32Array {
  const { data } = t;
  switch (t.dtype) {
    case 'F32':
      return data as Float32Array;
    case 'F16': {
      const table = halfTable();
      const bits = data as Uint16Array;
      const out = new Float32Array(bits.length);
      for (let i = 0; i < bits.length; i++) out[i] = table[bits[i]!]!;
      return out;
    }
    case 'BF16': {
      // bfloat16 is the top half of a float32: shift the bits into place.
      const bits = data as Uint16Array;
      const out = new Uint32Array(bits.length);
      for (let i = 0; i < bits.length; i++) out[i] = bits[i]! << 16;
      return new Float32Array(out.buffer);
    }
    case 'I64': {
      const big = data as BigInt64Array;
      const out = new Float32Array(big.length);
      for (let i = 0; i < big.length; i++) out[i] = Number(big[i]!);
      return out;
    }
    default:
      return Float32Array.from(data as Float64Array | Int32Array | Int16Array | Int8Array | Uint8Array);
  }
}

/** Total number of elements in a state dict (for reports such as "84M parameters"). */
export const stateDictNumel = (sd: StateDict) => [...sd.values()].reduce((n, t) => n + t.data.length, 0);
