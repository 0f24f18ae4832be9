/**
 * `torch.save` zip format (torch ≥ 1.6, what `pytorch_model.bin` usually is): a zip with one top folder
 * (`archive/`, or the file's stem, e.g. `pytorch_model/`) holding `data.pkl` (the state dict pickle, whose
 * persistent ids name storages), `data/<key>` (each storage's raw little-endian bytes, stored
 * uncompressed), `version` and, in newer files, `byteorder`.
 */
import { unzipSync } from 'fflate';
import type { StateDict } from './types.ts';
import { DTYPE_BYTES } from './dtypes.ts';
import { buildStateDict, tensorRefsOf, unpickleTorch } from './torchPickle.ts';

const fail = (problem: string): never => {
  throw new Error(`invalid torch zip checkpoint: ${problem}`);
};

/** Deflated entries above this are refused unread (a pickle of CodeBERTa's state dict is ~30 KB). */
const MAX_COMPRESSED_ENTRY_BYTES = 16 * 2 ** 20;

class ZipBombError extends Error {}

export function readTorchZip(bytes: Uint8Array): StateDict {
  const expectedSizes = new Map<string, number>();
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (entry) => {
        // torch.save stores storages uncompressed; only data.pkl & co. may be deflated, and they are small. A
        // compressed entry that would inflate far beyond its size is refused before it is inflated.
        if (entry.compression !== 0 && entry.originalSize > MAX_COMPRESSED_ENTRY_BYTES) {
          throw new ZipBombError(`entry ${entry.name} would inflate from ${entry.size} to ${entry.originalSize} bytes (torch stores tensor data uncompressed)`);
        }
        expectedSizes.set(entry.name, entry.originalSize);
        return true;
      },
    });
  } catch (e) {
    if (e instanceof ZipBombError) return fail(e.message);
    return fail(`cannot unzip (${(e as Error).message}; truncated or corrupt file?)`);
  }
  // fflate clamps stored entries at the end of the buffer instead of failing: check every size.
  for (const [name, size] of expectedSizes) {
    if (files[name]?.byteLength !== size) fail(`entry ${name} has ${files[name]?.byteLength} of ${size} bytes`);
  }

  const pickles = Object.keys(files).filter((name) => /^[^/]+\/data\.pkl$/.test(name));
  if (pickles.length !== 1) fail(`expected one <folder>/data.pkl, found ${pickles.length}`);
  const prefix = pickles[0]!.slice(0, -'data.pkl'.length);

  const byteorder = files[`${prefix}byteorder`];
  if (byteorder && new TextDecoder().decode(byteorder).trim() !== 'little') {
    fail('big-endian checkpoints are not supported');
  }

  const refs = tensorRefsOf(unpickleTorch(files[pickles[0]!]!).value);
  return buildStateDict(refs, (storage) => {
    const data = files[`${prefix}data/${storage.key}`];
    if (!data) return fail(`storage ${prefix}data/${storage.key} is missing`);
    if (data.byteLength !== storage.numel * DTYPE_BYTES[storage.dtype]) {
      fail(`storage ${storage.key} has ${data.byteLength} bytes, expected ${storage.numel} × ${storage.dtype}`);
    }
    return data;
  });
}
