import type { Lesson } from '../../lesson/schema.ts';
import type { RunnerState } from '../../runner/types.ts';

/** "Step n of about N" for the student: steps they can see (no branches, their age band only). */
export function stepPosition(lesson: Lesson, state: RunnerState): { n: number; total: number } {
  const visible = lesson.steps.filter((s) => s.type !== 'branch' && (!s.ageBands || s.ageBands.includes(state.ageBand)));
  const i = visible.findIndex((s) => s.id === state.stepId);
  return { n: i + 1, total: visible.length };
}
