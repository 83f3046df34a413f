import { type Db, observed } from './db.ts';
import { META } from './schema.ts';
import type { Profile } from './types.ts';

/** Profiles in nickname order (Korean collation puts 가나다 in order). */
export async function listProfiles(db: Db): Promise<Profile[]> {
  const all = await db.getAll('profiles');
  const collator = new Intl.Collator('ko');
  return all.sort((a, b) => collator.compare(a.nickname, b.nickname));
}

export async function addProfile(db: Db, profile: Profile): Promise<void> {
  const tx = observed(db.transaction('profiles', 'readwrite', { durability: 'strict' }));
  await Promise.all([tx.store.add(profile), tx.done]);
}

/**
 * "Delete my data": the profile, its events and summaries, in one strict transaction. A tombstone
 * (the random id only) stops an older export from bringing the data back on this device.
 */
export async function deleteProfileData(db: Db, profileId: string): Promise<number> {
  const tx = observed(db.transaction(['events', 'summaries', 'profiles', 'meta'], 'readwrite', { durability: 'strict' }));
  const events = tx.objectStore('events');
  const keys = await events.index('by-profile').getAllKeys(profileId);
  const summaries = tx.objectStore('summaries');
  const summaryKeys = await summaries.index('by-profile').getAllKeys(profileId);
  await Promise.all([
    ...keys.map((k) => events.delete(k)),
    ...summaryKeys.map((k) => summaries.delete(k)),
    tx.objectStore('profiles').delete(profileId),
    tx.objectStore('meta').put(new Date().toISOString(), META.tombstone(profileId)),
    tx.done,
  ]);
  return keys.length;
}

/**
 * "Delete everything" (the teacher): every profile, event and summary. Keeps the device's id, its seq
 * counter (so seqs are never reused) and the PIN. No tombstones: the teacher may re-import later.
 */
export async function deleteEverything(db: Db): Promise<void> {
  const tx = observed(db.transaction(['events', 'summaries', 'profiles', 'meta'], 'readwrite', { durability: 'strict' }));
  const meta = tx.objectStore('meta');
  const tombstones = await meta.getAllKeys(IDBKeyRange.bound(META.tombstone(''), META.tombstone('\uffff')));
  await Promise.all([
    tx.objectStore('events').clear(),
    tx.objectStore('summaries').clear(),
    tx.objectStore('profiles').clear(),
    ...tombstones.map((k) => meta.delete(k)),
    tx.done,
  ]);
}
