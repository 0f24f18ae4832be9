/**
 * Host-side tensors: what checkpoint readers produce and writers consume. No tfjs here, so the
 * formats can be read and written in a worker, in Node, or in a test without a backend.
 * Names are Hugging Face state-dict keys; shapes are PyTorch's (Linear.weight is [out, in]).
 */
export type DType = 'F64' | 'F32' | 'F16' | 'BF16' | 'I64' | 'I32' | 'I16' | 'I8' | 'U8' | 'BOOL';

export type HostData =
  | Float64Array
  | Float32Array
  | Uint16Array // F16 and BF16 keep their raw bits
  | BigInt64Array
  | Int32Array
  | Int16Array
  | Int8Array
  | Uint8Array;

export interface HostTensor {
  dtype: DType;
  shape: number[];
  data: HostData;
}

/** Insertion-ordered, name → tensor. */
export type StateDict = Map<string, HostTensor>;

export const numel = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);
