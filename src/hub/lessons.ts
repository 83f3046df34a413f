import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLesson } from '../lesson/load.ts';
import type { Lesson } from '../lesson/schema.ts';
import type { QuizStep } from '../lesson/steps/quiz.ts';
import { pledgeMax } from '../desk/rows.ts';

/** The app's lessons: every lessons/**\/*.json the build ships (src/app/catalog.ts), checked by the same loader. */
export const LESSONS_DIR = fileURLToPath(new URL('../../lessons/', import.meta.url));

export async function loadLessons(dir = LESSONS_DIR): Promise<Lesson[]> {
  const files = (await readdir(dir, { recursive: true }).catch(() => [] as string[]))
    .filter((f) => f.endsWith('.json') && !f.endsWith('lesson.schema.json'));
  const out: Lesson[] = [];
  for (const f of files.sort()) {
    const r = loadLesson(await readFile(join(dir, f), 'utf8'), relative(dir, join(dir, f)));
    if (r.ok) out.push(r.lesson);
  }
  return out;
}

/** What the hub asks of a lesson: a quiz step's attempts and a pledge step's limit. */
export interface LessonFacts {
  lessons: readonly Lesson[];
  /** A quiz step's maxAttempts; undefined for another step or an unknown lesson. */
  maxAttempts(lessonId: string, stepId: string): number | undefined;
  pledgeMax(lessonId: string, stepId: string): number;
}

export function lessonFacts(lessons: readonly Lesson[]): LessonFacts {
  const byId = new Map(lessons.map((l) => [l.id, l]));
  return {
    lessons,
    maxAttempts(lessonId, stepId) {
      const step = byId.get(lessonId)?.steps.find((s) => s.id === stepId);
      return step?.type === 'quiz' ? (step as QuizStep).maxAttempts : undefined;
    },
    pledgeMax: (lessonId, stepId) => pledgeMax(byId.get(lessonId), stepId),
  };
}
