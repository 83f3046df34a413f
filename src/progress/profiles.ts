import { type Db, guard } from './db.ts';
import { ALL_CACHE_STORES, dropAllBlocks, dropBlocksFrom, dropPairTexts } from './cache-stores.ts';
import { META } from './schema.ts';
import type { Profile } from './types.ts';

/** Profiles in nickname order (Korean collation puts 가나다 in order). */
export async function listProfiles(db: Db): Promise<Profile[]> {
  const all = await db.getAll('profiles');
  const collator = new Intl.Collator('ko');
  return all.sort((a, b) => collator.compare(a.nickname, b.nickname));
}

export async function addProfile(db: Db, profile: Profile): Promise<void> {
  const tx = guard(db.transaction('profiles', 'readwrite', { durability: 'strict' }));
  await Promise.all([tx.store.add(profile), tx.done]);
}

/**
 * "Delete my data": the profile, its events and summaries, in one strict transaction. A tombstone
 * (the random id only) stops an older export from bringing the data back on this device. The export
 * cache's blocks that held its events, and its lesson texts, are dropped with them.
 */
export async function deleteProfileData(db: Db, profileId: string): Promise<number> {
  const tx = guard(db.transaction(['events', 'summaries', 'profiles', 'meta', ...ALL_CACHE_STORES], 'readwrite', { durability: 'strict' }));
  const events = tx.objectStore('events');
  const gone = await events.index('by-profile').getAll(profileId);
  const keys = gone.map((e) => e.id);
  const lowest = new Map<string, number>();
  for (const e of gone) if (e.seq < (lowest.get(e.deviceId) ?? Infinity)) lowest.set(e.deviceId, e.seq);
  const summaries = tx.objectStore('summaries');
  const summaryKeys = await summaries.index('by-profile').getAllKeys(profileId);
  await Promise.all([
    ...[...lowest].map(([device, seq]) => dropBlocksFrom(tx, device, seq)),
    ...keys.map((k) => events.delete(k)),
    ...summaryKeys.map((k) => summaries.delete(k)),
    // Every lesson it has events or a summary in: the texts go with the events even where a summary was missing.
    dropPairTexts(tx, [...new Set([...gone.map((e) => e.lessonId), ...summaryKeys.map(([, l]) => l)])].map((l) => [profileId, l])),
    tx.objectStore('profiles').delete(profileId),
    tx.objectStore('meta').put(new Date().toISOString(), META.tombstone(profileId)),
    tx.done,
  ]);
  return keys.length;
}

/**
 * "Delete everything" (the teacher): every profile, event, summary and cached export block. Keeps the
 * device's id, its seq counter (so seqs are never reused) and the PIN. No tombstones: the teacher may
 * re-import later.
 */
export async function deleteEverything(db: Db): Promise<void> {
  const tx = guard(db.transaction(['events', 'summaries', 'profiles', 'meta', ...ALL_CACHE_STORES], 'readwrite', { durability: 'strict' }));
  const meta = tx.objectStore('meta');
  const tombstones = await meta.getAllKeys(IDBKeyRange.bound(META.tombstone(''), META.tombstone('\uffff')));
  await Promise.all([
    tx.objectStore('events').clear(),
    tx.objectStore('summaries').clear(),
    tx.objectStore('profiles').clear(),
    dropAllBlocks(tx),
    ...tombstones.map((k) => meta.delete(k)),
    tx.done,
  ]);
}
