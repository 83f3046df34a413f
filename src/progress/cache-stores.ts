import type { IDBPTransaction, StoreNames } from 'idb';
import { type Db, guard } from './db.ts';
import type { ProgressDB } from './schema.ts';

/**
 * The export text cache's stores (export-cache.ts), apart from its code, and what drops blocks: the
 * students' pages load this (deletions, and a full disk, where the cache must give the log its
 * place), not the code that builds blocks.
 */
export const CACHE_STORES = ['exportBlocks', 'exportNative', 'exportXapi'] as const;
/** Every store of the export caches: the blocks', and the lesson text cache's (lesson-cache.ts). */
export const ALL_CACHE_STORES = [...CACHE_STORES, 'lessonText'] as const;

export type AnyTx = IDBPTransaction<ProgressDB, ArrayLike<StoreNames<ProgressDB>>, 'readwrite'>;

/** Every key of a device: [d] sorts before [d, any seq], [d, []] after. */
export const deviceRange = (deviceId: string) => IDBKeyRange.bound([deviceId], [deviceId, []]);

/**
 * Drops the device's blocks that an event added or removed at `seq` changes: every block with `to`
 * ≥ seq (an event before a block's first seq lies in its range too). In the caller's transaction.
 */
export async function dropBlocksFrom(tx: AnyTx, deviceId: string, seq: number): Promise<void> {
  const metas = await tx.objectStore('exportBlocks').getAll(deviceRange(deviceId));
  const first = metas.find((m) => m.to >= seq);
  if (!first) return;
  const range = IDBKeyRange.bound([deviceId, first.from], [deviceId, []]);
  await Promise.all(CACHE_STORES.map((s) => tx.objectStore(s).delete(range)));
}

/** Drops every block and every lesson text, in the caller's transaction (delete everything). */
export async function dropAllBlocks(tx: AnyTx): Promise<void> {
  await Promise.all(ALL_CACHE_STORES.map((s) => tx.objectStore(s).clear()));
}

/** Drops a student's lesson texts (its summaries' keys, [profileId, lessonId]), in the caller's transaction. */
export async function dropPairTexts(tx: AnyTx, pairs: readonly [string, string][]): Promise<void> {
  const store = tx.objectStore('lessonText');
  await Promise.all(pairs.map(([profileId, lessonId]) => store.delete([lessonId, profileId])));
}

/** Drops the whole cache (blocks and lesson texts) in a transaction of its own; whether there was anything to drop. */
export async function clearCache(db: Db): Promise<boolean> {
  const held = await Promise.all([db.getKey('exportBlocks', IDBKeyRange.lowerBound([''])), db.getKey('lessonText', IDBKeyRange.lowerBound(['']))]);
  if (held.every((k) => k === undefined)) return false;
  const tx = guard(db.transaction([...ALL_CACHE_STORES], 'readwrite'));
  await Promise.all([dropAllBlocks(tx as unknown as AnyTx), tx.done]);
  return true;
}

/** Runs a write; when it fails for want of space and the cache held something, drops the cache and tries once more. */
export async function roomForLog<T>(db: Db, write: () => Promise<T>, isQuota: (e: unknown) => boolean): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isQuota(error) || !(await clearCache(db).catch(() => false))) throw error;
    return write();
  }
}
