/** The desk's words for lessons, questions, answers and pledges, in the lesson's language: pure, for the desk's screens and the hub's CSV. */
import type { Language } from '../lesson/common.ts';
import type { Lesson } from '../lesson/schema.ts';
import { pick } from '../lesson/text.ts';
import { handlerFor } from '../runner/registry.ts';
import type { PledgeChoice } from '../runner/types.ts';

/** The language of lesson texts for the UI's current language. */
export const lessonLang = (language: string | undefined): Language => (language?.startsWith('en') ? 'en' : 'ko');

export function lessonTitle(lessons: readonly Lesson[], lessonId: string, lang: Language): string {
  const lesson = lessons.find((l) => l.id === lessonId);
  return lesson ? pick(lesson.title, lang) : lessonId;
}

/** A question (a quiz, a sort item) in the lesson's words, as its step type says it, shortened for a table or a chart axis. */
export function questionText(lesson: Lesson | undefined, stepId: string, lang: Language, max = 80, partId?: string): string {
  const step = lesson?.steps.find((s) => s.id === stepId);
  const text = (step && handlerFor(step).summary?.questionLabel?.(step, partId, lang)) ?? (partId ? `${stepId}: ${partId}` : stepId);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** An answer as the desk counted it ("bus", "bike,walk", "true", a bin's id) in the lesson's words. */
export function answerLabel(lesson: Lesson | undefined, stepId: string, answer: string, lang: Language, yesNo: (v: boolean) => string, partId?: string): string {
  const step = lesson?.steps.find((s) => s.id === stepId);
  return (step && handlerFor(step).summary?.answerLabel?.(step, partId, answer, lang, yesNo)) ?? answer;
}

export { pledgeLabel } from '../runner/steps/pledge.ts';

export const percent = (x: number) => Math.round(x * 100);
