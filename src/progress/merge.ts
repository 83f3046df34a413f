import { unwrap } from 'idb';
import { type Db, observed } from './db.ts';
import { pairRange } from './read.ts';
import { type PairStores, recomputePairs } from './rebuild.ts';
import { META } from './schema.ts';
import { foldEvent, pairKey } from './summary.ts';
import type { LessonSummary, Profile, ProgressEvent } from './types.ts';

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

/** How far a merge has come, 0…1 (for a progress bar). */
export type OnProgress = (fraction: number) => void;

/**
 * Merges profiles and events from other devices in one transaction (all or nothing), idempotently:
 * an event is identified by its id, made once on its device. Summaries of the pairs it touches are
 * recomputed in the same transaction, since imported events may arrive in any order.
 *
 * Built for a headset's whole file (tens of thousands of events): the ids already here are read once
 * per device over the file's seq range (one request, not two per event); each new event is added
 * with its error caught, so an id or seq taken elsewhere is counted, not an abort; and a pair with
 * no events here before is folded from the file's events in memory instead of read back.
 */
export async function mergeInto(db: Db, profiles: readonly Profile[], events: readonly ProgressEvent[], onProgress?: OnProgress): Promise<MergeResult> {
  const tx = observed(db.transaction(['events', 'profiles', 'meta', 'summaries'], 'readwrite', { durability: 'strict' }));
  const result: MergeResult = { added: 0, duplicates: 0, conflicts: 0, deleted: 0, profilesAdded: 0 };
  const tombstones = new Set(
    (await tx.objectStore('meta').getAllKeys(IDBKeyRange.bound(META.tombstone(''), META.tombstone('\uffff')))).map((k) => String(k).slice(META.tombstone('').length)),
  );
  const store = tx.objectStore('profiles');
  const unique = [...new Map(profiles.map((p) => [p.id, p])).values()].filter((p) => !tombstones.has(p.id));
  const known = new Set(await Promise.all(unique.map((p) => store.getKey(p.id))));
  const profileAdds = unique.filter((p) => !known.has(p.id)).map((p) => store.add(p));
  result.profilesAdded = profileAdds.length;

  // What the file says about itself: students who deleted their data, ids or seqs it repeats.
  const candidates: ProgressEvent[] = [];
  const seen = new Set<string>();
  const seenSeq = new Set<string>();
  for (const e of events) {
    if (tombstones.has(e.profileId)) { result.deleted++; continue; }
    if (seen.has(e.id)) { result.duplicates++; continue; }
    seen.add(e.id);
    const seqKey = `${e.deviceId}#${e.seq}`;
    if (seenSeq.has(seqKey)) { result.conflicts++; continue; }
    seenSeq.add(seqKey);
    candidates.push(e);
  }

  const log = tx.objectStore('events');
  const bySeq = log.index('by-device-seq');
  const byPair = log.index('by-pair');
  // The ids already here in each device's seq range, and which pairs had events before this import.
  const ranges = new Map<string, [number, number]>();
  const pairs = new Map<string, [string, string]>();
  for (const e of candidates) {
    const r = ranges.get(e.deviceId);
    if (!r) ranges.set(e.deviceId, [e.seq, e.seq]);
    else { if (e.seq < r[0]) r[0] = e.seq; if (e.seq > r[1]) r[1] = e.seq; }
    const k = pairKey(e.profileId, e.lessonId);
    if (!pairs.has(k)) pairs.set(k, [e.profileId, e.lessonId]);
  }
  const [here, before] = await Promise.all([
    Promise.all([...ranges].map(([device, [lo, hi]]) => bySeq.getAllKeys(IDBKeyRange.bound([device, lo], [device, hi])))),
    Promise.all([...pairs].map(async ([k, [p, l]]) => ((await byPair.getKey(pairRange(p, l))) !== undefined ? k : null))),
  ]);
  const existing = new Set(here.flat());
  const hadEvents = new Set(before.filter((k): k is string => k !== null));

  // Add the rest; an id or a (device, seq) taken here fails that one request, counted below.
  const raw = unwrap(log);
  const added: ProgressEvent[] = [];
  const taken: ProgressEvent[] = [];
  const toAdd = candidates.filter((e) => !existing.has(e.id));
  result.duplicates += candidates.length - toAdd.length;
  const step = Math.max(1, Math.ceil(toAdd.length / 100));
  await new Promise<void>((resolve) => {
    let settled = 0;
    const settle = () => {
      settled++;
      if (onProgress && (settled % step === 0 || settled === toAdd.length)) onProgress(settled / toAdd.length);
      if (settled === toAdd.length) resolve();
    };
    for (const e of toAdd) {
      const request = raw.add(e);
      request.onsuccess = () => { added.push(e); settle(); };
      request.onerror = (event) => {
        event.preventDefault(); // the transaction goes on without this one event
        event.stopPropagation();
        taken.push(e);
        settle();
      };
    }
    if (!toAdd.length) resolve();
  });
  // Failed adds: an id here already (a duplicate, at another seq) or a seq here with another id (a conflict).
  const takenIds = await Promise.all(taken.map((e) => log.getKey(e.id)));
  for (const id of takenIds) {
    if (id !== undefined) result.duplicates++;
    else result.conflicts++;
  }
  result.added = added.length;
  await Promise.all(profileAdds);
  await updatePairs({ summaries: tx.objectStore('summaries'), index: byPair }, added, hadEvents);
  await tx.done;
  return result;
}

/**
 * The summaries of the pairs that gained events: a pair new to this device folds the added events
 * in log order (the 'by-pair' index's order: device, then seq); a pair that had events here is read back.
 */
async function updatePairs(stores: PairStores, added: readonly ProgressEvent[], hadEvents: ReadonlySet<string>): Promise<void> {
  const { summaries } = stores;
  const fresh = new Map<string, ProgressEvent[]>();
  const old = new Map<string, [string, string]>();
  for (const e of added) {
    const k = pairKey(e.profileId, e.lessonId);
    if (hadEvents.has(k)) old.set(k, [e.profileId, e.lessonId]);
    else {
      const list = fresh.get(k);
      if (list) list.push(e);
      else fresh.set(k, [e]);
    }
  }
  const puts: Promise<unknown>[] = [];
  for (const list of fresh.values()) {
    list.sort(logOrder);
    let s: LessonSummary | undefined;
    for (const e of list) s = foldEvent(s, e);
    puts.push(summaries.put(s!));
  }
  puts.push(recomputePairs(stores, old.values()));
  await Promise.all(puts);
}

/** IndexedDB's key order on (deviceId, seq): strings by code unit, as JavaScript compares them. */
export function logOrder(a: ProgressEvent, b: ProgressEvent): number {
  if (a.deviceId !== b.deviceId) return a.deviceId < b.deviceId ? -1 : 1;
  return a.seq - b.seq;
}
