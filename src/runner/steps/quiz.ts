import type { AnsweredRecord, AnswerValue, QuizStep } from '../../lesson/steps/quiz.ts';
import { pick } from '../../lesson/text.ts';
import type { QuestionStat, RunnerState, StepHandler } from '../types.ts';

/** Where a student stands on one quiz: the runner's state slice `quiz`, by step id. */
export interface QuizRecord {
  value: AnswerValue;
  attempts: number;
  correct: boolean;
  /** True when no attempts are left: the right answer is shown and the step may be left. */
  done: boolean;
  points: number;
}

/** What a run's answers to one quiz come to, for the lesson summary (slice `answers`). */
export interface AnswerFacts {
  /** The first answer (what the student thought before any feedback) and whether it was right. */
  first: AnswerValue;
  firstCorrect: boolean;
  /** Whether the latest answer is right. */
  correct: boolean;
  attempts: number;
  points: number;
  maxPoints: number;
  phase?: 'pre' | 'post';
  measure?: string;
}

declare module '../types.ts' {
  interface StepStates { quiz: Record<string, QuizRecord> }
  interface StepEvents { answer: { value: AnswerValue } }
  interface StepFacts { answers: Record<string, AnswerFacts> }
}

/** Is this answer right? Pure; the only place quiz correctness is decided. */
export function isCorrect(step: QuizStep, value: AnswerValue): boolean | null {
  switch (step.kind) {
    case 'single':
      return typeof value === 'string' ? step.options.some((o) => o.id === value && o.correct) : null;
    case 'multiple': {
      if (!Array.isArray(value)) return null;
      const want = step.options.filter((o) => o.correct).map((o) => o.id).sort();
      const got = [...new Set(value)].sort();
      return want.length === got.length && want.every((id, i) => id === got[i]);
    }
    case 'truefalse':
      return typeof value === 'boolean' ? value === step.answer : null;
    case 'numeric':
      return typeof value === 'number' && Number.isFinite(value) ? Math.abs(value - step.answer) <= step.tolerance + 1e-9 : null;
  }
}

function validValue(step: QuizStep, value: AnswerValue): boolean {
  if (step.kind === 'single') return step.options.some((o) => o.id === value);
  if (step.kind === 'multiple') return Array.isArray(value) && value.length > 0 && value.every((v) => step.options.some((o) => o.id === v));
  return isCorrect(step, value) !== null;
}

/** Points for a right answer on attempt `attempt` (1-based): full on the first, less on each later one. */
export function pointsFor(step: { points: number; maxAttempts: number }, attempt: number): number {
  return (step.points * (step.maxAttempts - attempt + 1)) / step.maxAttempts;
}

/** The right answer, as the runner takes it. */
export function rightAnswer(step: QuizStep): AnswerValue {
  switch (step.kind) {
    case 'single':
      return step.options.find((o) => o.correct)!.id;
    case 'multiple':
      return step.options.filter((o) => o.correct).map((o) => o.id);
    case 'truefalse':
    case 'numeric':
      return step.answer;
  }
}

/** An answer as a short stable text, for counting and exports: "bus", "bike,walk", "true", "114". */
export function answerText(value: AnswerValue): string {
  if (Array.isArray(value)) return [...value].sort().join(',');
  return String(value);
}

/** The quiz's state after an answer: done when right or out of attempts (a question removed since counts as done). */
function apply(step: QuizStep | undefined, state: RunnerState, r: AnsweredRecord): RunnerState {
  const done = r.correct || r.attempt >= (step?.maxAttempts ?? r.attempt);
  return { ...state, quiz: { ...state.quiz, [r.stepId]: { value: r.value, attempts: r.attempt, correct: r.correct, done, points: r.points } } };
}

const INTERACTION = { single: 'choice', multiple: 'choice', truefalse: 'true-false', numeric: 'numeric' } as const;

export const quiz: StepHandler<QuizStep, AnsweredRecord, AnswerFacts> = {
  records: ['answered'],
  slice: 'quiz',
  isComplete: (step, state) => state.quiz[step.id]?.done === true,
  handle(_lesson, step, state, event) {
    if (event.type !== 'answer') return null;
    const prev = state.quiz[step.id];
    if (prev?.done) return { state, effects: [{ type: 'rejected', reason: 'already answered' }] };
    if (!validValue(step, event.value)) return { state, effects: [{ type: 'rejected', reason: 'not an answer to this question' }] };
    const attempt = (prev?.attempts ?? 0) + 1;
    const correct = isCorrect(step, event.value) === true;
    const record: AnsweredRecord = {
      kind: 'answered', stepId: step.id, value: event.value, correct, attempt, points: correct ? pointsFor(step, attempt) : 0, maxPoints: step.points,
      ...(step.phase ? { phase: step.phase } : {}), ...(step.measure ? { measure: step.measure } : {}),
    };
    return { state: apply(step, state, record), effects: [{ type: 'record', record }, { type: 'feedback', tone: correct ? 'correct' : 'wrong' }] };
  },
  apply,
  // Pre-test questions measure what the student knew before the lesson: they do not count.
  score: (step, state) => {
    const rec = state.quiz[step.id];
    return rec?.done && step.phase !== 'pre' ? { points: rec.points, maxPoints: step.points } : null;
  },
  diligent: (step) => [{ type: 'answer', value: rightAnswer(step) }],
  summary: {
    slice: 'answers',
    fold: (prev, r) => ({
      first: prev ? prev.first : r.value, firstCorrect: prev ? prev.firstCorrect : r.correct,
      correct: r.correct, attempts: r.attempt, points: r.points, maxPoints: r.maxPoints,
      ...(r.phase ? { phase: r.phase } : {}), ...(r.measure ? { measure: r.measure } : {}),
    }),
    points: (a) => (a.phase === 'pre' ? { points: 0, maxPoints: 0 } : { points: a.points, maxPoints: a.maxPoints }),
    questions: (step, stepId, runs) => [tally(stepId, step?.type === 'quiz' ? step.phase : runs.find((a) => a.phase)?.phase, runs)],
    questionLabel: (step, _part, lang) => (step.type === 'quiz' ? pick(step.question, lang) : step.id),
    answerLabel: (step, _part, answer, lang, yesNo) => {
      if (step.type !== 'quiz') return answer;
      if (step.kind === 'truefalse') return answer === 'true' || answer === 'false' ? yesNo(answer === 'true') : answer;
      if (step.kind === 'numeric') return `${answer} ${pick(step.unit, lang)}`;
      return answer.split(',').map((id) => {
        const option = step.options.find((o) => o.id === id);
        return option ? pick(option.text, lang) : id;
      }).join(', ');
    },
  },
  xapi: (r) => ({
    verb: 'answered',
    result: {
      success: r.correct, response: answerText(r.value),
      ...(r.maxPoints > 0 ? { score: { raw: r.points, min: 0, max: r.maxPoints, scaled: r.points / r.maxPoints } } : {}),
      extensions: { attempt: r.attempt, ...(r.phase ? { phase: r.phase } : {}), ...(r.measure ? { measure: r.measure } : {}) },
    },
  }),
  xapiInteraction: (step) => INTERACTION[step.kind],
};

/** One quiz across a class: first-try and final rates, and the commonest wrong first answers. */
function tally(stepId: string, phase: 'pre' | 'post' | undefined, runs: readonly AnswerFacts[]): QuestionStat {
  const wrong = new Map<string, number>();
  let first = 0;
  let final = 0;
  for (const a of runs) {
    if (a.firstCorrect) first++;
    else wrong.set(answerText(a.first), (wrong.get(answerText(a.first)) ?? 0) + 1);
    if (a.correct) final++;
  }
  return {
    stepId, ...(phase ? { phase } : {}), answered: runs.length,
    firstCorrectRate: runs.length ? first / runs.length : 0,
    finalCorrectRate: runs.length ? final / runs.length : 0,
    wrongFirst: [...wrong].map(([answer, count]) => ({ answer, count })).sort((a, b) => b.count - a.count).slice(0, 3),
  };
}
