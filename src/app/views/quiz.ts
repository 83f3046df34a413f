import type { Language } from '../../lesson/common.ts';
import type { QuizStep } from '../../lesson/steps/quiz.ts';
import { pick } from '../../lesson/text.ts';
import type { AnswerValue, RunnerState } from '../../runner/types.ts';

export type OptionTone = 'default' | 'selected' | 'correct' | 'wrong';

export interface QuizChoice {
  /** What the runner receives when this choice is made (an option id or a boolean). */
  value: string | boolean;
  key: string;
  text: string;
  tone: OptionTone;
  /** The student has this option picked (in the draft or in the checked answer). */
  chosen: boolean;
}

export interface QuizView {
  kind: QuizStep['kind'];
  question: string;
  choices: QuizChoice[];
  /** True once the student has answered rightly or used every attempt. */
  done: boolean;
  attempted: boolean;
  correct: boolean;
  attemptsLeft: number;
  /** Per-option feedback for the last answer, then the explanation once done. */
  feedback: string;
  explanation: string;
  /** The right answer in words, shown when the student ran out of attempts. */
  answerText: string;
  /** Numeric quizzes: the slider's range and unit. */
  numeric: { min: number; max: number; step: number; unit: string } | null;
}

function selectedIn(value: AnswerValue | undefined, v: string | boolean): boolean {
  return Array.isArray(value) ? typeof v === 'string' && value.includes(v) : value === v;
}

/** What a quiz looks like right now; shared by the 3D panel and the DOM layer. */
export function quizView(step: QuizStep, state: RunnerState, draft: AnswerValue | null, lang: Language, words: { true: string; false: string }): QuizView {
  const rec = state.quiz[step.id];
  const done = rec?.done ?? false;
  const shown = done || !draft ? rec?.value : draft;
  const base: Omit<QuizChoice, 'tone' | 'chosen'>[] =
    step.kind === 'truefalse'
      ? [{ value: true, key: 'true', text: words.true }, { value: false, key: 'false', text: words.false }]
      : step.kind === 'numeric'
        ? []
        : step.options.map((o) => ({ value: o.id, key: o.id, text: pick(o.text, lang) }));
  const isRight = (v: string | boolean) =>
    step.kind === 'truefalse' ? v === step.answer : step.kind === 'numeric' ? false : step.options.some((o) => o.id === v && o.correct);
  const choices = base.map((c) => {
    let tone: OptionTone = selectedIn(shown, c.value) ? 'selected' : 'default';
    if (done && isRight(c.value)) tone = 'correct';
    else if (rec && selectedIn(rec.value, c.value) && !isRight(c.value) && !draft) tone = 'wrong';
    return { ...c, tone, chosen: selectedIn(shown, c.value) };
  });
  const picked = step.kind === 'single' || step.kind === 'multiple' ? step.options.filter((o) => selectedIn(rec?.value, o.id) && o.feedback) : [];
  const answerText =
    step.kind === 'numeric' ? `${step.answer} ${pick(step.unit, lang)}`
      : step.kind === 'truefalse' ? (step.answer ? words.true : words.false)
        : step.options.filter((o) => o.correct).map((o) => pick(o.text, lang)).join(', ');
  return {
    kind: step.kind,
    question: pick(step.question, lang),
    choices,
    done,
    attempted: !!rec,
    correct: rec?.correct ?? false,
    attemptsLeft: step.maxAttempts - (rec?.attempts ?? 0),
    feedback: picked.map((o) => pick(o.feedback, lang)).join(' '),
    explanation: done ? pick(step.explanation, lang) : '',
    answerText,
    numeric: step.kind === 'numeric' ? { min: step.min, max: step.max, step: step.step, unit: pick(step.unit, lang) } : null,
  };
}

/** A line of quiz status: an i18n key with parameters, or lesson text shown as is. */
export type StatusLine = { key: string; params?: Record<string, string | number>; text?: string };

/** The lines under a quiz: hint before answering, then right/wrong, feedback and explanation. */
export function quizStatus(v: QuizView, phase: 'pre' | 'post' | undefined): StatusLine[] {
  if (!v.attempted) {
    if (phase === 'pre') return [{ key: 'quiz.pre' }];
    return v.kind === 'multiple' ? [{ key: 'quiz.selectAll' }] : [];
  }
  const lines: StatusLine[] = [];
  if (v.correct) lines.push({ key: 'quiz.correct' });
  else if (v.done) lines.push({ key: 'quiz.wrong' }, { key: 'quiz.answerWas', params: { answer: v.answerText } });
  else lines.push({ key: 'quiz.tryAgain', params: { count: v.attemptsLeft } });
  if (v.feedback) lines.push({ key: 'text', text: v.feedback });
  if (v.explanation) lines.push({ key: 'text', text: v.explanation });
  return lines;
}

const decimalsOf = (x: number): number => (String(x).split('.')[1] ?? '').length;

/**
 * A numeric answer on the slider's grid (min + k·step), inside [min, max], with no floating-point dust:
 * pressing "+" on 4.2 by 0.1 shows 4.3, not 4.3000000000000025. `undefined` gives the middle of the range.
 */
export function snapToStep(n: { min: number; max: number; step: number }, value?: number): number {
  const v = value ?? (n.min + n.max) / 2;
  const k = Math.round((v - n.min) / n.step);
  const snapped = Math.min(n.max, Math.max(n.min, n.min + k * n.step));
  return Number(snapped.toFixed(Math.max(decimalsOf(n.step), decimalsOf(n.min))));
}
