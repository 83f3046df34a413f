// Shared by the view-model tests only (never imported by the app).
import { readFileSync } from 'node:fs';
import en from '../../i18n/steps-en.ts';
import ko from '../../i18n/steps-ko.ts';
import { translateIn } from '../../i18n/translate.ts';
import type { Language } from '../../lesson/common.ts';
import { loadLesson } from '../../lesson/load.ts';
import type { Lesson } from '../../lesson/schema.ts';
import { start, transition } from '../../runner/runner.ts';
import type { RunnerEvent, RunnerState } from '../../runner/types.ts';
import type { Translate } from './translate.ts';

/** The browser tests' lesson: four footprint steps (one per consequence), quizzes, a pledge, a summary. */
export function choicesLesson(): Lesson {
  const r = loadLesson(readFileSync(new URL('../../../tests/fixtures/e2e/choices.json', import.meta.url), 'utf8'));
  if (!r.ok) throw new Error('tests/fixtures/e2e/choices.json does not load');
  return r.lesson;
}

/** The real step strings through the app's own lookup (plurals included). */
export function translator(lang: Language): Translate {
  const lookup = lang === 'en' ? translateIn(en, 'en', ko, 'ko') : translateIn(ko, 'ko');
  return (key, params) => lookup(key, params);
}

/** The state after these events, each of which must be accepted. Goes to a step with `{ goto }`. */
export function play(lesson: Lesson, ...events: (RunnerEvent | { goto: string })[]): RunnerState {
  let s = start(lesson, 'middle').state;
  for (const e of events) {
    if ('goto' in e) {
      s = { ...s, stepId: e.goto, history: [...s.history, e.goto] };
      continue;
    }
    const r = transition(lesson, s, e);
    if (r.effects.some((x) => x.type === 'rejected')) throw new Error(`rejected: ${JSON.stringify(e)} at ${s.stepId}`);
    s = r.state;
  }
  return s;
}
