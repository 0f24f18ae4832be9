/**
 * torch's legacy (pre-1.6, `_use_new_zipfile_serialization=False`) format: consecutive pickles
 * magic number, protocol version (1001), system info, the state dict (persistent ids name storages),
 * the list of storage keys; then, for each key in that order, an int64 element count and the raw bytes.
 */
import type { StateDict } from './types.ts';
import { DTYPE_BYTES } from './dtypes.ts';
import { unpickle } from './pickle.ts';
import { buildStateDict, tensorRefsOf, unpickleTorch, type StorageRef } from './torchPickle.ts';

const MAGIC_NUMBER = 0x1950a86a20f9469cfc6cn;
const PROTOCOL_VERSION = 1001;

const fail = (problem: string): never => {
  throw new Error(`invalid torch legacy checkpoint: ${problem}`);
};

/** True when the bytes start with the legacy magic-number pickle (PROTO 2, LONG1 of 10 bytes). */
export const looksLikeTorchLegacy = (bytes: Uint8Array) =>
  bytes.length >= 4 && bytes[0] === 0x80 && bytes[1] === 0x02 && bytes[2] === 0x8a && bytes[3] === 0x0a;

export function readTorchLegacy(bytes: Uint8Array): StateDict {
  const magic = unpickle(bytes);
  if (magic.value !== MAGIC_NUMBER) fail('bad magic number');
  const protocol = unpickle(bytes, {}, magic.end);
  if (protocol.value !== PROTOCOL_VERSION) fail(`unsupported protocol version ${String(protocol.value)}`);
  const sysInfo = unpickle(bytes, {}, protocol.end);
  if (sysInfo.value instanceof Map && sysInfo.value.get('little_endian') === false) {
    fail('big-endian checkpoints are not supported');
  }
  const state = unpickleTorch(bytes, sysInfo.end);
  const refs = tensorRefsOf(state.value);
  const keysPickle = unpickle(bytes, {}, state.end);
  const keys = keysPickle.value;
  if (!Array.isArray(keys) || !keys.every((k) => typeof k === 'string')) fail('storage key list is not a list of strings');

  // Element types come from the state dict's persistent ids; the data section only has counts.
  const dtypeOf = new Map<string, StorageRef>();
  for (const ref of refs.values()) {
    const root = ref.storage.view?.rootKey ?? ref.storage.key;
    if (!dtypeOf.has(root)) dtypeOf.set(root, ref.storage);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const roots = new Map<string, Uint8Array>();
  let pos = keysPickle.end;
  for (const key of keys as string[]) {
    if (pos + 8 > bytes.length) fail(`truncated before storage ${key}`);
    const count = Number(view.getBigInt64(pos, true));
    pos += 8;
    const storage = dtypeOf.get(key);
    if (!storage) fail(`storage ${key} is not used by any tensor`);
    const byteLength = count * DTYPE_BYTES[storage!.dtype];
    if (count < 0 || pos + byteLength > bytes.length) fail(`truncated in storage ${key}`);
    roots.set(key, bytes.subarray(pos, pos + byteLength));
    pos += byteLength;
  }
  if (pos !== bytes.length) fail(`${bytes.length - pos} unexpected bytes after the last storage`);

  return buildStateDict(refs, (storage) => {
    const rootKey = storage.view?.rootKey ?? storage.key;
    const root = roots.get(rootKey) ?? fail(`storage ${rootKey} is missing from the data section`);
    const size = DTYPE_BYTES[storage.dtype];
    const begin = (storage.view?.offset ?? 0) * size;
    if (begin + storage.numel * size > root.byteLength) fail(`view of storage ${rootKey} runs past its end`);
    return root.subarray(begin, begin + storage.numel * size);
  });
}
