import type { Pace } from '../hub/protocol.ts';
import type { Lesson } from '../lesson/schema.ts';
import { canGoNext, transition } from '../runner/runner.ts';
import type { AgeBand, RunnerState } from '../runner/types.ts';

/**
 * Teacher-paced mode, decided in one place (the app store's dispatch and the Next buttons, DOM and
 * 3D, ask this): in the lesson the teacher paces, a student cannot go past the step the teacher has
 * opened for the class. Steps are ordered as the lesson file lists them. Back always works, and so
 * does Next through the steps up to the teacher's (a student who went back can come forward again);
 * a student who finished the lesson, another lesson, and a step the lesson does not have are not held.
 */
export function paceHolds(lesson: Lesson, runner: RunnerState, pace: Pace): boolean {
  if (pace.mode !== 'teacher' || pace.lessonId !== lesson.id || runner.finished) return false;
  const order = (id: string) => lesson.steps.findIndex((s) => s.id === id);
  const limit = order(pace.stepId);
  if (limit < 0) return false;
  if (order(runner.stepId) >= limit) return true;
  // Before the teacher's step: where Next would land (a step's `next` or a branch may jump ahead).
  if (!canGoNext(lesson, runner)) return false;
  const after = transition(lesson, runner, { type: 'next' }).state;
  // Finishing without moving (the end of a lesson with no summary step) goes past every step.
  return (after.stepId === runner.stepId ? lesson.steps.length : order(after.stepId)) > limit;
}

export function paceAllowsNext(lesson: Lesson, runner: RunnerState, pace: Pace): boolean {
  return !paceHolds(lesson, runner, pace);
}

/**
 * The step after `stepId` that a class in `course` sees (no branches, no other course's steps), for
 * the desk's "Next step for the class"; the first such step when `stepId` is null; null at the end.
 */
export function nextClassStep(lesson: Lesson, course: AgeBand | null, stepId: string | null): string | null {
  const visible = lesson.steps.filter((s) => s.type !== 'branch' && (!course || !s.ageBands || s.ageBands.includes(course)));
  if (stepId === null) return visible[0]?.id ?? null;
  const at = lesson.steps.findIndex((s) => s.id === stepId);
  return visible.find((s) => lesson.steps.indexOf(s) > at)?.id ?? null;
}
