import { type Db, guard } from './db.ts';
import { recomputePairs } from './rebuild.ts';
import { META } from './schema.ts';
import type { Profile, ProgressEvent } from './types.ts';

export interface MergeResult {
  added: number;
  /** Already here (same event id): importing the same file twice adds nothing. */
  duplicates: number;
  /** Same device and seq as an event here but another id: a corrupt or forged file; skipped. */
  conflicts: number;
  /** Events of students who deleted their data on this device: not brought back. */
  deleted: number;
  profilesAdded: number;
}

/**
 * Merges profiles and events from other devices in one transaction (all or nothing), idempotently:
 * an event is identified by its id, made once on its device. Summaries of the pairs it touches are
 * recomputed in the same transaction, since imported events may arrive in any order.
 */
export async function mergeInto(db: Db, profiles: readonly Profile[], events: readonly ProgressEvent[]): Promise<MergeResult> {
  const tx = guard(db.transaction(['events', 'profiles', 'meta', 'summaries'], 'readwrite', { durability: 'strict' }));
  const result: MergeResult = { added: 0, duplicates: 0, conflicts: 0, deleted: 0, profilesAdded: 0 };
  const tombstones = new Set(
    (await tx.objectStore('meta').getAllKeys(IDBKeyRange.bound(META.tombstone(''), META.tombstone('\uffff')))).map((k) => String(k).slice(META.tombstone('').length)),
  );
  const store = tx.objectStore('profiles');
  const unique = [...new Map(profiles.map((p) => [p.id, p])).values()];
  await Promise.all(unique.map(async (p) => {
    if (tombstones.has(p.id) || (await store.getKey(p.id)) !== undefined) return;
    await store.add(p);
    result.profilesAdded++;
  }));
  const log = tx.objectStore('events');
  const bySeq = log.index('by-device-seq');
  const touched = new Map<string, [string, string]>();
  const seen = new Set<string>();
  const seenSeq = new Set<string>();
  await Promise.all(events.map(async (e) => {
    if (tombstones.has(e.profileId)) return void result.deleted++;
    if (seen.has(e.id)) return void result.duplicates++;
    seen.add(e.id);
    const seqKey = `${e.deviceId}#${e.seq}`;
    if (seenSeq.has(seqKey)) return void result.conflicts++;
    seenSeq.add(seqKey);
    const [byId, sameSeq] = await Promise.all([log.getKey(e.id), bySeq.getKey([e.deviceId, e.seq])]);
    if (byId !== undefined) return void result.duplicates++;
    if (sameSeq !== undefined) return void result.conflicts++;
    await log.add(e);
    result.added++;
    touched.set(`${e.profileId}\u0000${e.lessonId}`, [e.profileId, e.lessonId]);
  }));
  await recomputePairs({ index: log.index('by-pair'), summaries: tx.objectStore('summaries') }, touched.values());
  await tx.done;
  return result;
}
