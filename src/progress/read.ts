import type { Db } from './db.ts';
import type { LessonSummary, ProgressEvent } from './types.ts';

/** Every key of the 'by-pair' index for one student's lesson: [p, l] sorts before [p, l, …], [] after. */
export function pairRange(profileId: string, lessonId: string): IDBKeyRange {
  return IDBKeyRange.bound([profileId, lessonId], [profileId, lessonId, []]);
}

/** One student's events in one lesson, in log order (device, then seq). */
export async function eventsOf(db: Db, profileId: string, lessonId: string): Promise<ProgressEvent[]> {
  return db.getAllFromIndex('events', 'by-pair', pairRange(profileId, lessonId));
}

/** Every event on this device, in log order (device, then seq): for exports. */
export async function allEvents(db: Db): Promise<ProgressEvent[]> {
  return db.getAllFromIndex('events', 'by-device-seq');
}

export async function allSummaries(db: Db): Promise<LessonSummary[]> {
  return db.getAll('summaries');
}

/** The summaries of some students (a page of the desk's table), or of one lesson (its charts). */
export async function summariesOf(db: Db, filter: { profileIds?: readonly string[]; lessonId?: string }): Promise<LessonSummary[]> {
  if (filter.profileIds) {
    const lists = await Promise.all(filter.profileIds.map((id) => db.getAllFromIndex('summaries', 'by-profile', id)));
    const all = lists.flat();
    return filter.lessonId === undefined ? all : all.filter((s) => s.lessonId === filter.lessonId);
  }
  if (filter.lessonId !== undefined) return db.getAllFromIndex('summaries', 'by-lesson', filter.lessonId);
  return db.getAll('summaries');
}

/**
 * The ids of the lessons with any progress: one seek per lesson through the index, past every
 * student of the one before (the smallest string after `id` is `id` + U+0000). Not 'nextunique',
 * which in Chromium steps over every entry (ARCHITECTURE.md, Performance).
 */
export async function lessonIdsWithData(db: Db): Promise<string[]> {
  const ids: string[] = [];
  const tx = db.transaction('summaries');
  for (let c = await tx.store.index('by-lesson').openKeyCursor(); c; c = await c.continue(`${c.key}\u0000`)) ids.push(c.key);
  await tx.done;
  return ids;
}
