import type { Pace } from '../hub/protocol.ts';
import type { Lesson } from '../lesson/schema.ts';
import { canGoNext, transition } from '../runner/runner.ts';
import type { AgeBand, RunnerState } from '../runner/types.ts';

/**
 * Teacher-paced mode, decided in one place (the app store's dispatch and the Next buttons, DOM and
 * 3D, ask this): in the lesson the teacher paces, a student's Next may not land past the step the
 * teacher has opened for the class (steps in the lesson file's order). Back always works, and so does
 * Next through the steps up to the teacher's (a student who went back comes forward again); on the
 * teacher's step, Next waits, except on the lesson's last step, where it finishes the lesson. A step
 * not done yet is the runner's to hold (no "wait for your teacher" then); a student who finished,
 * another lesson and a step the lesson does not have are not held.
 */
export function paceHolds(lesson: Lesson, runner: RunnerState, pace: Pace): boolean {
  if (pace.mode !== 'teacher' || pace.lessonId !== lesson.id || runner.finished) return false;
  const order = (id: string) => lesson.steps.findIndex((s) => s.id === id);
  const limit = order(pace.stepId);
  if (limit < 0 || !canGoNext(lesson, runner)) return false;
  // Where Next would land (a step's `next` or a branch may jump ahead).
  const after = transition(lesson, runner, { type: 'next' }).state;
  // Finishing without moving (the last step of a lesson with no summary step) goes past nothing but
  // the step the student is on.
  return after.stepId === runner.stepId ? order(runner.stepId) > limit : order(after.stepId) > limit;
}

export function paceAllowsNext(lesson: Lesson, runner: RunnerState, pace: Pace): boolean {
  return !paceHolds(lesson, runner, pace);
}

/**
 * The step after `stepId` that a class in `course` sees (no branches, no other course's steps), for
 * the desk's "Next step for the class"; the first such step when `stepId` is null; null at the end.
 */
export function nextClassStep(lesson: Lesson, course: AgeBand | null, stepId: string | null): string | null {
  const visible = classSteps(lesson, course);
  if (stepId === null) return visible[0]?.id ?? null;
  const at = lesson.steps.findIndex((s) => s.id === stepId);
  return visible.find((s) => lesson.steps.indexOf(s) > at)?.id ?? null;
}

/** The steps a class in `course` sees, in the file's order (no branches; every course's when null). */
export function classSteps(lesson: Lesson, course: AgeBand | null): Lesson['steps'] {
  return lesson.steps.filter((s) => s.type !== 'branch' && (!course || !s.ageBands || s.ageBands.includes(course)));
}
