/**
 * The torch side of unpickling: the allow-list of globals a state dict may name, JS stand-ins for them
 * (tensor and storage references, no data yet), and turning a reference into a HostTensor once the
 * storage bytes are known. Shared by the zip (torch ≥ 1.6) and legacy formats.
 */
import type { DType, HostData, HostTensor, StateDict } from './types.ts';
import { numel } from './types.ts';
import { DTYPE_BYTES, allocHostData, typedArrayFromBytes } from './dtypes.ts';
import { PickleCallable, UnpicklingError, unpickle, type UnpickleResult } from './pickle.ts';

/** `torch.FloatStorage` & co., and `torch.float32` & co. as pickled. */
export class TorchStorageType {
  constructor(readonly dtype: DType) {}
}
class TorchDType {
  constructor(readonly dtype: DType) {}
}

/** A persistent id resolved: which storage, its element type and (legacy only) a view into a root storage. */
export interface StorageRef {
  key: string;
  dtype: DType;
  numel: number;
  location: string;
  /** Legacy format: this storage is `numel` elements at `offset` of root storage `rootKey`. */
  view?: { rootKey: string; offset: number };
}

export class TensorRef {
  constructor(
    readonly storage: StorageRef,
    readonly storageOffset: number,
    readonly shape: number[],
    readonly stride: number[],
  ) {}
}

const STORAGE_DTYPES: Readonly<Record<string, DType>> = {
  DoubleStorage: 'F64',
  FloatStorage: 'F32',
  HalfStorage: 'F16',
  BFloat16Storage: 'BF16',
  LongStorage: 'I64',
  IntStorage: 'I32',
  ShortStorage: 'I16',
  CharStorage: 'I8',
  ByteStorage: 'U8',
  BoolStorage: 'BOOL',
};

const TORCH_DTYPES: Readonly<Record<string, DType>> = {
  float64: 'F64',
  double: 'F64',
  float32: 'F32',
  float: 'F32',
  float16: 'F16',
  half: 'F16',
  bfloat16: 'BF16',
  int64: 'I64',
  long: 'I64',
  int32: 'I32',
  int: 'I32',
  int16: 'I16',
  short: 'I16',
  int8: 'I8',
  uint8: 'U8',
  bool: 'BOOL',
};

const fail = (problem: string): never => {
  throw new Error(`torch checkpoint: ${problem}`);
};

const isIntList = (v: unknown): v is number[] =>
  Array.isArray(v) && v.every((d) => Number.isSafeInteger(d) && (d as number) >= 0);

function rebuildTensor(args: unknown[]): TensorRef {
  const [storage, offset, size, stride] = args;
  if (!(storage instanceof Object) || !('key' in storage)) fail('_rebuild_tensor: first argument is not a storage');
  if (!Number.isSafeInteger(offset) || (offset as number) < 0) fail('_rebuild_tensor: invalid storage offset');
  if (!isIntList(size) || !isIntList(stride) || size.length !== stride.length) {
    fail(`_rebuild_tensor: invalid size ${JSON.stringify(size)} / stride ${JSON.stringify(stride)}`);
  }
  return new TensorRef(storage as StorageRef, offset as number, (size as number[]).slice(), (stride as number[]).slice());
}

const parameterData = (args: unknown[]) =>
  args[0] instanceof TensorRef ? args[0] : fail('_rebuild_parameter: argument is not a tensor');

/** The allow-list. Everything else is refused by name; nothing is ever executed. */
export function findTorchClass(module: string, name: string): unknown {
  const qualified = `${module}.${name}`;
  if (qualified === 'collections.OrderedDict') {
    return new PickleCallable(qualified, (args) => {
      const dict = new Map();
      if (Array.isArray(args[0])) for (const pair of args[0]) if (Array.isArray(pair)) dict.set(pair[0], pair[1]);
      return dict;
    });
  }
  if (module === 'torch._utils') {
    switch (name) {
      case '_rebuild_tensor':
      case '_rebuild_tensor_v2':
        return new PickleCallable(qualified, rebuildTensor);
      case '_rebuild_parameter':
      case '_rebuild_parameter_with_state':
        return new PickleCallable(qualified, parameterData);
    }
  }
  if (module === 'torch') {
    if (Object.hasOwn(STORAGE_DTYPES, name)) return new TorchStorageType(STORAGE_DTYPES[name]!);
    if (Object.hasOwn(TORCH_DTYPES, name)) return new TorchDType(TORCH_DTYPES[name]!);
  }
  throw new UnpicklingError(`pickle: global ${qualified} is not allowed (refusing to load an untrusted checkpoint)`);
}

/**
 * Persistent ids: `('storage', StorageType, key, location, numel)` in the zip format, with a sixth
 * element `view_metadata` = None or `(root_key, offset, view_numel)` in the legacy format.
 */
export function storageFromPersistentId(pid: unknown): StorageRef {
  if (!Array.isArray(pid) || pid[0] !== 'storage' || pid.length < 5) fail(`unsupported persistent id ${String(pid)}`);
  const [, type, key, location, count, viewMetadata] = pid as unknown[];
  if (!(type instanceof TorchStorageType)) fail('persistent id does not name a storage type');
  if (typeof key !== 'string') fail('storage key is not a string');
  if (!Number.isSafeInteger(count) || (count as number) < 0) fail(`storage ${key} has an invalid size`);
  const ref: StorageRef = {
    key: key as string,
    dtype: (type as TorchStorageType).dtype,
    numel: count as number,
    location: String(location),
  };
  if (viewMetadata !== undefined && viewMetadata !== null) {
    const [rootKey, offset, viewNumel] = Array.isArray(viewMetadata) ? viewMetadata : [];
    if (typeof rootKey !== 'string' || !Number.isSafeInteger(offset) || !Number.isSafeInteger(viewNumel)) {
      fail(`storage ${key} has invalid view metadata`);
    }
    ref.view = { rootKey: rootKey as string, offset: offset as number };
    ref.numel = viewNumel as number;
  }
  return ref;
}

/** Unpickles a torch pickle with the allow-list and storage persistent ids. */
export const unpickleTorch = (bytes: Uint8Array, start = 0): UnpickleResult =>
  unpickle(bytes, { findClass: findTorchClass, persistentLoad: storageFromPersistentId }, start);

/**
 * The tensors of an unpickled state dict, in order. Accepts the bare dict `torch.save(model.state_dict())`
 * writes, and the common `{"state_dict": …}` / `{"model": …}` wrappers of training checkpoints.
 */
export function tensorRefsOf(value: unknown, depth = 0): Map<string, TensorRef> {
  if (!(value instanceof Map)) return fail('the pickle does not hold a dict of tensors');
  for (const wrapper of ['state_dict', 'model']) {
    const inner = value.get(wrapper);
    if (inner instanceof Map && !(value.values().next().value instanceof TensorRef)) {
      // A pickle can reference itself ({"state_dict": <the same dict>}): a real checkpoint nests a wrapper or two.
      if (depth >= 2 || inner === value) fail(`the state dict is nested in "${wrapper}" more than twice (a self-referencing pickle?)`);
      return tensorRefsOf(inner, depth + 1);
    }
  }
  const refs = new Map<string, TensorRef>();
  for (const [name, v] of value) {
    if (typeof name !== 'string') fail(`state dict key ${String(name)} is not a string`);
    if (!(v instanceof TensorRef)) fail(`state dict entry "${name}" is not a tensor`);
    refs.set(name, v as TensorRef);
  }
  return refs;
}

const contiguousStrides = (shape: readonly number[]) => {
  const strides = new Array<number>(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i]!;
  }
  return strides;
};

/**
 * The HostTensor a reference describes, given its storage's bytes (exactly `storage.numel` elements).
 * Contiguous tensors are views of the storage; other strides are copied out element by element.
 */
export function materializeTensor(name: string, ref: TensorRef, storageBytes: Uint8Array): HostTensor {
  const { dtype } = ref.storage;
  const size = DTYPE_BYTES[dtype];
  if (storageBytes.byteLength < ref.storage.numel * size) {
    fail(`storage ${ref.storage.key} of "${name}" has ${storageBytes.byteLength} bytes, needs ${ref.storage.numel * size}`);
  }
  const count = numel(ref.shape);
  if (count === 0) return { dtype, shape: ref.shape, data: allocHostData(dtype, 0) };
  // Checked before any copy: stride 0 lets 1 stored element claim a tensor of 10^8 (torch's expand). A state dict's
  // weights never need more elements than they store.
  if (count > ref.storage.numel) {
    fail(`tensor "${name}" of shape [${ref.shape}] has ${count} elements but its storage only ${ref.storage.numel} (strides [${ref.stride}])`);
  }
  const lastIndex = ref.storageOffset + ref.shape.reduce((acc, d, i) => acc + (d - 1) * ref.stride[i]!, 0);
  if (lastIndex >= ref.storage.numel) {
    fail(`tensor "${name}" reaches element ${lastIndex} of a ${ref.storage.numel}-element storage`);
  }
  const expected = contiguousStrides(ref.shape);
  // Strides of size-1 dimensions never matter.
  const contiguous = ref.shape.every((d, i) => d === 1 || ref.stride[i] === expected[i]);
  if (contiguous) {
    return { dtype, shape: ref.shape, data: typedArrayFromBytes(dtype, storageBytes, ref.storageOffset * size, count) };
  }
  const source = typedArrayFromBytes(dtype, storageBytes, 0, ref.storage.numel);
  return { dtype, shape: ref.shape, data: gatherStrided(source, dtype, ref, count) };
}

/** Copies a strided (e.g. transposed) tensor into row-major order with an odometer over the indices. */
function gatherStrided(source: HostData, dtype: DType, ref: TensorRef, count: number): HostData {
  const out = allocHostData(dtype, count);
  const rank = ref.shape.length;
  const index = new Array<number>(rank).fill(0);
  let src = ref.storageOffset;
  const from = source as unknown as ArrayLike<number> & { [i: number]: number };
  const to = out as unknown as { [i: number]: number };
  for (let i = 0; i < count; i++) {
    to[i] = from[src]!;
    for (let d = rank - 1; d >= 0; d--) {
      if (++index[d]! < ref.shape[d]!) {
        src += ref.stride[d]!;
        break;
      }
      src -= (ref.shape[d]! - 1) * ref.stride[d]!;
      index[d] = 0;
    }
  }
  return out;
}

/** Builds the state dict once every storage's bytes can be looked up by key. */
export function buildStateDict(refs: Map<string, TensorRef>, storageBytes: (ref: StorageRef) => Uint8Array): StateDict {
  const stateDict: StateDict = new Map();
  for (const [name, ref] of refs) stateDict.set(name, materializeTensor(name, ref, storageBytes(ref.storage)));
  return stateDict;
}
