import type { Language } from '../../lesson/common.ts';
import type { Lesson } from '../../lesson/schema.ts';
import { pick } from '../../lesson/text.ts';
import { handlerFor } from '../../runner/registry.ts';
import type { PledgeChoice } from '../../runner/types.ts';

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

/** A pledge in the lesson's words: an option's text, or "action + time" for a composed one. */
export function pledgeLabel(lesson: Lesson | undefined, choice: PledgeChoice, lang: Language): string {
  for (const step of lesson?.steps ?? []) {
    if (step.type !== 'pledge') continue;
    if ('optionId' in choice) {
      const option = step.options.find((o) => o.id === choice.optionId);
      if (option) return pick(option.text, lang);
    } else if (step.compose) {
      const action = step.compose.actions.find((a) => a.id === choice.actionId);
      const time = step.compose.times.find((x) => x.id === choice.timeId);
      if (action && time) return lang === 'ko' ? `${pick(time.text, lang)} ${pick(action.text, lang)}` : `${pick(action.text, lang)} ${pick(time.text, lang)}`; // 주말에 자전거 타기 / cycle at weekends
    }
  }
  return 'optionId' in choice ? choice.optionId : `${choice.actionId} @ ${choice.timeId}`;
}

export const percent = (x: number) => Math.round(x * 100);
