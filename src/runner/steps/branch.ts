import type { Lesson } from '../../lesson/schema.ts';
import type { BranchStep } from '../../lesson/steps/branch.ts';
import { footprintSummary } from '../footprint.ts';
import type { RunnerState, StepHandler } from '../types.ts';

type Condition = BranchStep['rules'][number]['when'];

/** Whether a rule's condition holds now; `scoreRatio` is the lesson's score so far (0…1), asked only when a rule needs it. */
export function holds(lesson: Lesson, state: RunnerState, when: Condition, scoreRatio: () => number): boolean {
  if ('answerOf' in when) {
    const rec = state.quiz[when.answerOf];
    if (!rec) return false;
    if (when.is === 'correct') return rec.correct;
    if (when.is === 'wrong') return !rec.correct;
    return Array.isArray(rec.value) ? rec.value.includes(when.is) : rec.value === when.is;
  }
  if ('choiceOf' in when) return state.choices[when.choiceOf] === when.is;
  if ('scoreAtLeast' in when) return scoreRatio() >= when.scoreAtLeast;
  if ('footprintAtLeast' in when) return footprintSummary(lesson, state).totalKgPerYear >= when.footprintAtLeast;
  return state.ageBand === when.ageBand;
}

export const branch: StepHandler<BranchStep, never> = {
  records: [],
  isComplete: () => true,
  route: (lesson, step, state, scoreRatio) => step.rules.find((r) => holds(lesson, state, r.when, scoreRatio))?.goto ?? step.otherwise,
};
