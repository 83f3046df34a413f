import { type Db, observed } from './db.ts';
import { META } from './schema.ts';
import { foldEvent, pairKey } from './summary.ts';
import type { LessonSummary, ProgressEvent, QueuedEvent } from './types.ts';

/**
 * Writes queued events in one transaction: all or nothing. Their seqs are allocated inside the same
 * transaction, so two tabs (two connections) writing at once are serialised by IndexedDB and never
 * share a seq. The summaries of the affected (student, lesson) pairs are updated in the same
 * transaction, so they never disagree with the log. A lesson's completion is written with strict
 * durability (flushed to disk before `complete`), the rest with the browser's default.
 */
export async function writeEvents(db: Db, batch: readonly QueuedEvent[]): Promise<ProgressEvent[]> {
  const strict = batch.some((e) => e.record.kind === 'lesson-completed');
  const tx = observed(db.transaction(['events', 'meta', 'summaries'], 'readwrite', { durability: strict ? 'strict' : 'default' }));
  const requests: Promise<unknown>[] = [];
  try {
    const meta = tx.objectStore('meta');
    const last = ((await meta.get(META.seq)) as number | undefined) ?? 0;
    const written: ProgressEvent[] = batch.map((e, i) => ({ ...e, seq: last + 1 + i }));
    requests.push(meta.put(last + written.length, META.seq));
    const events = tx.objectStore('events');
    // add, not put: an id already there is an error, never a silent overwrite.
    for (const e of written) requests.push(events.add(e));
    requests.push(updateSummaries(tx.objectStore('summaries'), written));
    await Promise.allSettled(requests);
    await tx.done;
    return written;
  } catch (error) {
    for (const r of requests) r.catch(() => {}); // they fail with the transaction: the error below says why
    try { tx.abort(); } catch { /* already finished */ }
    throw (tx.error as unknown) ?? error;
  }
}

export interface SummaryStore {
  get(key: [string, string]): Promise<LessonSummary | undefined>;
  put(value: LessonSummary): Promise<unknown>;
}

/** Folds events (in seq order) into their pairs' stored summaries. */
export async function updateSummaries(store: SummaryStore, events: readonly ProgressEvent[]): Promise<void> {
  const pairs = new Map<string, ProgressEvent[]>();
  for (const e of events) {
    const k = pairKey(e.profileId, e.lessonId);
    const list = pairs.get(k);
    if (list) list.push(e);
    else pairs.set(k, [e]);
  }
  await Promise.all([...pairs.values()].map(async (list) => {
    const first = list[0]!;
    let s = await store.get([first.profileId, first.lessonId]);
    for (const e of list) s = foldEvent(s, e);
    await store.put(s!);
  }));
}
