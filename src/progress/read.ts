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
