import type { Lesson } from '../lesson/schema.ts';
import { studentRows, type DeskStudent } from './rows.ts';
import { lessonStats, type LessonStats } from './stats.ts';
import type { LessonSummary, Profile } from '../progress/types.ts';

export type { CellStatus, DeskCell, DeskStudent } from './rows.ts';
export type { LessonStats, QuestionStat } from './stats.ts';

export interface Desk {
  /** The lessons' ids in the order the app lists them, then any known only from imported data. */
  lessonIds: string[];
  students: DeskStudent[];
  lessons: Record<string, LessonStats>;
}

/** Lesson ids in the app's order, then those known only from data. */
export function orderLessonIds(lessons: readonly Lesson[], withData: Iterable<string>): string[] {
  const ids = lessons.map((l) => l.id);
  const known = new Set(ids);
  for (const id of withData) if (!known.has(id)) { known.add(id); ids.push(id); }
  return ids;
}

/**
 * The whole desk from every summary (no event is read): for the CSV export and tests. The desk's
 * screen reads less: one page of students (`studentRows`) and the chosen lesson (`lessonStats`).
 */
export function buildDesk(lessons: readonly Lesson[], profiles: readonly Profile[], summaries: readonly LessonSummary[]): Desk {
  const byLesson = new Map<string, LessonSummary[]>();
  for (const s of summaries) {
    const list = byLesson.get(s.lessonId);
    if (list) list.push(s);
    else byLesson.set(s.lessonId, [s]);
  }
  const out: Record<string, LessonStats> = {};
  for (const [id, list] of byLesson) out[id] = lessonStats(id, lessons.find((l) => l.id === id), list);
  return { lessonIds: orderLessonIds(lessons, byLesson.keys()), students: studentRows(lessons, profiles, summaries), lessons: out };
}
