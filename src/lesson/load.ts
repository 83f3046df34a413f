import { Lesson } from './schema.ts';
import type { Lesson as LessonT } from './schema.ts';

export interface Problem {
  /** 1-based line and column of the offending value in the source. */
  line: number;
  column: number;
  /** JSON path, e.g. "steps[2].options[0].text". */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

export type LoadResult =
  | { ok: true; lesson: LessonT; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

/** Parses and checks a lesson file's text. Never throws. */
export function loadLesson(text: string): LoadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ line: 1, column: 1, path: '', message: `not valid JSON: ${(e as Error).message}`, severity: 'error' }] };
  }
  const r = Lesson.safeParse(data);
  if (!r.success) {
    return {
      ok: false,
      problems: r.error.issues.map((i) => ({ line: 1, column: 1, path: i.path.join('.'), message: i.message, severity: 'error' as const })),
    };
  }
  return { ok: true, lesson: r.data, warnings: [] };
}
