import type { QuizStep } from '../../lesson/steps/quiz.ts';
import type { AnswerValue, StepHandler } from '../types.ts';

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
export function pointsFor(step: QuizStep, attempt: number): number {
  return (step.points * (step.maxAttempts - attempt + 1)) / step.maxAttempts;
}

export const quiz: StepHandler<QuizStep> = {
  isComplete: (step, state) => state.quiz[step.id]?.done === true,
  handle(_lesson, step, state, event) {
    if (event.type !== 'answer') return null;
    const prev = state.quiz[step.id];
    if (prev?.done) return { state, effects: [{ type: 'rejected', reason: 'already answered' }] };
    if (!validValue(step, event.value)) return { state, effects: [{ type: 'rejected', reason: 'not an answer to this question' }] };
    const attempt = (prev?.attempts ?? 0) + 1;
    const correct = isCorrect(step, event.value) === true;
    const points = correct ? pointsFor(step, attempt) : 0;
    const done = correct || attempt >= step.maxAttempts;
    const record = { value: event.value, attempts: attempt, correct, done, points };
    return {
      state: { ...state, quiz: { ...state.quiz, [step.id]: record } },
      effects: [
        {
          type: 'record',
          record: {
            kind: 'answered', stepId: step.id, value: event.value, correct, attempt, points, maxPoints: step.points,
            ...(step.phase ? { phase: step.phase } : {}), ...(step.measure ? { measure: step.measure } : {}),
          },
        },
        { type: 'feedback', tone: correct ? 'correct' : 'wrong' },
      ],
    };
  },
};
