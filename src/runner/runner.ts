import type { Lesson, Step } from '../lesson/schema.ts';
import { footprintSummary } from './footprint.ts';
import { handlerFor } from './registry.ts';
import { score } from './score.ts';
import type { AgeBand, Effect, RunnerEvent, RunnerState, Transition } from './types.ts';

export function stepById(lesson: Lesson, id: string): Step | undefined {
  return lesson.steps.find((s) => s.id === id);
}

export function currentStep(lesson: Lesson, state: RunnerState): Step {
  const step = stepById(lesson, state.stepId);
  if (!step) throw new Error(`step "${state.stepId}" is not in lesson "${lesson.id}"`);
  return step;
}

/** The step after `step` when it names none: the following one in the file. */
function following(lesson: Lesson, step: Step): string | undefined {
  if (step.next) return step.next;
  const i = lesson.steps.indexOf(step);
  return lesson.steps[i + 1]?.id;
}

/**
 * The step a student actually lands on when heading for `id`: steps for another age band are
 * skipped and branch steps are followed. Undefined when the path runs off the end of the lesson.
 */
export function resolve(lesson: Lesson, state: RunnerState, id: string | undefined): string | undefined {
  for (let hops = 0; id !== undefined && hops <= lesson.steps.length; hops++) {
    const step = stepById(lesson, id);
    if (!step) return undefined;
    if (step.ageBands && !step.ageBands.includes(state.ageBand)) id = following(lesson, step);
    else if (step.type === 'branch') id = handlerFor(step).route!(lesson, step, state);
    else return id;
  }
  return undefined;
}

function finish(lesson: Lesson, state: RunnerState): Transition {
  if (state.finished) return { state, effects: [] };
  const s = score(lesson, state);
  const record = { kind: 'lesson-completed' as const, score: s.points, maxScore: s.maxPoints, footprintKgPerYear: footprintSummary(lesson, state).totalKgPerYear };
  return { state: { ...state, finished: true }, effects: [{ type: 'record', record }] };
}

function enter(lesson: Lesson, state: RunnerState, id: string): Transition {
  const next: RunnerState = { ...state, stepId: id, history: [...state.history, id] };
  const effects: Effect[] = [{ type: 'record', record: { kind: 'step-entered', stepId: id } }];
  if (stepById(lesson, id)?.type === 'summary') {
    const done = finish(lesson, next);
    return { state: done.state, effects: [...effects, ...done.effects] };
  }
  return { state: next, effects };
}

/** A new student state at the lesson's first step. */
export function start(lesson: Lesson, ageBand: AgeBand): Transition {
  const blank: RunnerState = {
    lessonId: lesson.id, lessonVersion: lesson.version, ageBand, stepId: '', history: [], finished: false,
    quiz: {}, choices: {}, visited: {}, pledges: {},
  };
  const first = resolve(lesson, blank, lesson.start ?? lesson.steps[0]?.id);
  if (first === undefined) throw new Error(`lesson "${lesson.id}" has no step for age band "${ageBand}"`);
  const t = enter(lesson, blank, first);
  const started: Effect = { type: 'record', record: { kind: 'lesson-started', lessonVersion: lesson.version, ageBand } };
  return { state: t.state, effects: [started, ...t.effects] };
}

export function canGoNext(lesson: Lesson, state: RunnerState): boolean {
  const step = currentStep(lesson, state);
  return !(state.finished && step.type === 'summary') && handlerFor(step).isComplete(step, state);
}

export function canGoBack(state: RunnerState): boolean {
  return state.history.length > 1 && !state.finished;
}

const rejected = (state: RunnerState, reason: string): Transition => ({ state, effects: [{ type: 'rejected', reason }] });

/** The runner: (lesson, state, event) → { state, effects }. Pure; never mutates its inputs. */
export function transition(lesson: Lesson, state: RunnerState, event: RunnerEvent): Transition {
  const step = currentStep(lesson, state);
  if (event.type === 'next') {
    if (!canGoNext(lesson, state)) return rejected(state, state.finished ? 'the lesson is over' : 'this step is not finished yet');
    const completed: Effect = { type: 'record', record: { kind: 'step-completed', stepId: step.id } };
    const target = resolve(lesson, state, following(lesson, step));
    const t = target === undefined ? finish(lesson, state) : enter(lesson, state, target);
    return { state: t.state, effects: [completed, ...t.effects] };
  }
  if (event.type === 'back') {
    if (!canGoBack(state)) return rejected(state, 'there is no step to go back to');
    const history = state.history.slice(0, -1);
    const stepId = history[history.length - 1]!;
    return { state: { ...state, history, stepId }, effects: [{ type: 'record', record: { kind: 'went-back', stepId } }] };
  }
  return handlerFor(step).handle?.(lesson, step, state, event) ?? rejected(state, `a ${step.type} step does not take "${event.type}"`);
}

/**
 * Restores a saved state against a lesson that may have changed since. Returns where the student
 * lands, and whether that is not where they left off (the step no longer exists).
 */
export function resumeState(lesson: Lesson, saved: RunnerState): { state: RunnerState; moved: boolean } | null {
  if (saved.lessonId !== lesson.id) return null;
  if (stepById(lesson, saved.stepId)) return { state: saved, moved: false };
  const history = saved.history.filter((id) => stepById(lesson, id));
  const back = history[history.length - 1];
  if (back !== undefined) return { state: { ...saved, stepId: back, history }, moved: true };
  const fresh = start(lesson, saved.ageBand).state;
  return { state: { ...fresh, quiz: saved.quiz, choices: saved.choices, visited: saved.visited, pledges: saved.pledges }, moved: true };
}
