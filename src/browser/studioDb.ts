/**
 * The studio's IndexedDB (idb-keyval, one object store, prefixed keys): training checkpoints and the runs they
 * belong to. Used by both workers (they write and read the big byte arrays) and by the page (it lists the small
 * metadata records and deletes).
 *
 *   ckpt:<id>:meta   CheckpointMeta            small: listing reads only these
 *   ckpt:<id>:bytes  Uint8Array                the training checkpoint (safetensors)
 *   run:<runId>      RunRecord                 tokenizer files + encoded dataset: resume and detect after a reload
 *
 * A new checkpoint is written under a new key, in one transaction with its metadata; older ones are deleted only
 * after that write succeeded, so a full disk never costs a checkpoint that was already saved.
 */
import { createStore, del, delMany, get, getMany, keys, setMany, set, type UseStore } from 'idb-keyval';
import type { EncodedDataset } from '../core/data/encodedDataset.ts';
import type { CheckpointMeta } from './protocol.ts';

export interface RunRecord {
  runId: string;
  createdAt: number;
  title: string;
  labels: string[];
  /** CodeTokenizer.toFiles(), keyed by file name; absent for an imported checkpoint whose tokenizer is unknown. */
  tokenizerFiles?: Record<string, string>;
  tokenizerFingerprint: string;
  /** Absent for imported checkpoints: resuming them needs the dataset folder again. */
  encoded?: EncodedDataset;
}

let store: UseStore | undefined;
const db = () => (store ??= createStore('codeberta-studio', 'kv'));

const metaKey = (id: string) => `ckpt:${id}:meta`;
const bytesKey = (id: string) => `ckpt:${id}:bytes`;
const runKey = (runId: string) => `run:${runId}`;

/** How many of a run's checkpoints are kept (the newest ones), besides its best by validation loss. */
export const KEEP_PER_RUN = 2;

export function newId(prefix: string): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `${prefix}-${Date.now().toString(36)}-${random[0]!.toString(36)}${random[1]!.toString(36)}`;
}

/** True for the error a browser throws when the origin's storage quota is used up. */
export function isQuotaError(err: unknown): boolean {
  const name = (err as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(String((err as Error)?.message));
}

export async function listCheckpoints(): Promise<CheckpointMeta[]> {
  const metaKeys = (await keys(db())).filter((k): k is string => typeof k === 'string' && k.endsWith(':meta'));
  const metas = (await getMany<CheckpointMeta | undefined>(metaKeys, db())).filter((m): m is CheckpointMeta => m !== undefined);
  return metas.sort((a, b) => b.createdAt - a.createdAt);
}

export async function readCheckpoint(id: string): Promise<{ meta: CheckpointMeta; bytes: Uint8Array }> {
  const [meta, bytes] = await getMany([metaKey(id), bytesKey(id)], db());
  if (!meta || !bytes) throw new Error('this checkpoint is no longer stored (deleted in another tab?)');
  return { meta: meta as CheckpointMeta, bytes: bytes as Uint8Array };
}

export const readRun = (runId: string) => get<RunRecord>(runKey(runId), db());
export const saveRun = (run: RunRecord) => set(runKey(run.runId), run, db());
export const deleteRun = (runId: string) => del(runKey(runId), db());

const runKeys = async () => (await keys(db())).filter((k): k is string => typeof k === 'string' && k.startsWith('run:'));

/** Every stored run, encoded datasets included (can be large: see listRunIds). */
export async function listRuns(): Promise<RunRecord[]> {
  return (await getMany<RunRecord | undefined>(await runKeys(), db())).filter((r): r is RunRecord => r !== undefined);
}

export const listRunIds = async () => (await runKeys()).map((k) => k.slice('run:'.length));

/**
 * Saves a checkpoint (bytes and metadata in one transaction), then prunes the run's older checkpoints.
 * Throws the browser's error (QuotaExceededError…) when the write fails; nothing else is touched then.
 */
export async function saveCheckpoint(meta: CheckpointMeta, bytes: Uint8Array): Promise<void> {
  await setMany(
    [
      [bytesKey(meta.id), bytes],
      [metaKey(meta.id), meta],
    ],
    db(),
  );
  await pruneRun(meta.runId);
}

/** Keeps a run's newest KEEP_PER_RUN checkpoints and its best one (lowest validation loss). */
async function pruneRun(runId: string): Promise<void> {
  const ofRun = (await listCheckpoints()).filter((m) => m.runId === runId); // newest first
  const withLoss = ofRun.filter((m) => m.validationLoss !== null);
  const best = withLoss.length > 0 ? withLoss.reduce((a, b) => (b.validationLoss! < a.validationLoss! ? b : a)) : undefined;
  const doomed = ofRun.slice(KEEP_PER_RUN).filter((m) => m !== best);
  if (doomed.length > 0) await delMany(doomed.flatMap((m) => [metaKey(m.id), bytesKey(m.id)]), db());
}

/** Deletes a checkpoint, and its run record when it was the run's last one. */
export async function deleteCheckpoint(id: string): Promise<void> {
  const meta = await get<CheckpointMeta>(metaKey(id), db());
  await delMany([metaKey(id), bytesKey(id)], db());
  if (meta && !(await listCheckpoints()).some((m) => m.runId === meta.runId)) await del(runKey(meta.runId), db());
}

/** Bytes used and available for this origin, when the browser says. */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | undefined> {
  const estimate = await navigator.storage?.estimate?.();
  return estimate?.usage !== undefined && estimate.quota !== undefined ? { usage: estimate.usage, quota: estimate.quota } : undefined;
}
