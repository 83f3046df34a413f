import { type Db, observed } from './db.ts';
import { pairRange } from './read.ts';
import { META } from './schema.ts';
import { SUMMARY_VERSION, foldEvent } from './summary.ts';
import type { LessonSummary, ProgressEvent } from './types.ts';

/**
 * Rebuilds every summary from the log, in one transaction (a crash leaves the old ones and the old
 * version mark, so the next open tries again). Walks the 'by-pair' index: each pair's events arrive
 * together and in log order, so only one summary is held in memory at a time.
 */
export async function rebuildSummaries(db: Db): Promise<void> {
  const tx = observed(db.transaction(['events', 'summaries', 'meta'], 'readwrite'));
  const summaries = tx.objectStore('summaries');
  await summaries.clear();
  let current: LessonSummary | undefined;
  const puts: Promise<unknown>[] = [];
  for (let c = await tx.objectStore('events').index('by-pair').openCursor(); c; c = await c.continue()) {
    const e = c.value;
    if (current && (current.profileId !== e.profileId || current.lessonId !== e.lessonId)) {
      puts.push(summaries.put(current));
      current = undefined;
    }
    current = foldEvent(current, e);
  }
  if (current) puts.push(summaries.put(current));
  puts.push(tx.objectStore('meta').put(SUMMARY_VERSION, META.summaryVersion));
  await Promise.all(puts);
  await tx.done;
}

/** Rebuilds when the stored summaries were made by another version of the fold (or never). */
export async function ensureSummaries(db: Db): Promise<boolean> {
  if ((await db.get('meta', META.summaryVersion)) === SUMMARY_VERSION) return false;
  await rebuildSummaries(db);
  return true;
}

/** The stores `recomputePairs` needs, from any transaction that has them. */
export interface PairStores {
  index: { getAll(range: IDBKeyRange): Promise<ProgressEvent[]> };
  summaries: { put(v: LessonSummary): Promise<unknown>; delete(k: [string, string]): Promise<unknown> };
}

/** Recomputes the summaries of some pairs from their events (after an import brought events in any order). */
export async function recomputePairs({ index, summaries }: PairStores, pairs: Iterable<[string, string]>): Promise<void> {
  await Promise.all([...pairs].map(async ([p, l]) => {
    const events = await index.getAll(pairRange(p, l));
    let s: LessonSummary | undefined;
    for (const e of events) s = foldEvent(s, e);
    await (s ? summaries.put(s) : summaries.delete([p, l]));
  }));
}
