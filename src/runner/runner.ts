import type { CoreRecord } from '../lesson/records.ts';
import type { Lesson, Step } from '../lesson/schema.ts';
import { footprintSummary } from './footprint.ts';
import { emptyStepStates, handlerFor, recordOwner } from './registry.ts';
import { score } from './score.ts';
import type { AgeBand, Effect, LogRecord, RunnerEvent, RunnerState, StepStates, Transition } from './types.ts';

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
    else if (step.type === 'branch') id = handlerFor(step).route!(lesson, step, state, () => score(lesson, state).ratio);
    else return id;
  }
  return undefined;
}

/**
 * A record applied to the state: the one way the runner's state changes, as the student plays and
 * when a resume replays the log. The lesson's own records here; a step's, through its type's handler
 * (the step is undefined when the lesson no longer has it).
 */
export function applyRecord(lesson: Lesson, state: RunnerState, r: LogRecord): RunnerState {
  switch (r.kind) {
    case 'lesson-started':
      return { lessonId: lesson.id, lessonVersion: r.lessonVersion, ageBand: r.ageBand, stepId: '', history: [], finished: false, ...emptyStepStates() };
    case 'step-entered':
      return { ...state, stepId: r.stepId, history: [...state.history, r.stepId] };
    case 'went-back':
      return { ...state, stepId: r.stepId, history: state.history.slice(0, -1) };
    case 'step-completed':
      return state;
    case 'lesson-completed':
      return { ...state, finished: true };
    default: {
      const { type, handler } = recordOwner(r);
      const step = stepById(lesson, r.stepId);
      return handler.apply!(step?.type === type ? step : undefined, state, r);
    }
  }
}

/** Applies the lesson's own record and says so in the effects. */
function recorded(lesson: Lesson, state: RunnerState, record: CoreRecord): Transition {
  return { state: applyRecord(lesson, state, record), effects: [{ type: 'record', record }] };
}

function finish(lesson: Lesson, state: RunnerState): Transition {
  if (state.finished) return { state, effects: [] };
  const s = score(lesson, state);
  return recorded(lesson, state, { kind: 'lesson-completed', score: s.points, maxScore: s.maxPoints, footprintKgPerYear: footprintSummary(lesson, state).totalKgPerYear });
}

function enter(lesson: Lesson, state: RunnerState, id: string): Transition {
  const entered = recorded(lesson, state, { kind: 'step-entered', stepId: id });
  if (stepById(lesson, id)?.type !== 'summary') return entered;
  const done = finish(lesson, entered.state);
  return { state: done.state, effects: [...entered.effects, ...done.effects] };
}

/** A new student state at the lesson's first step. */
export function start(lesson: Lesson, ageBand: AgeBand): Transition {
  const started = recorded(lesson, undefined as unknown as RunnerState, { kind: 'lesson-started', lessonVersion: lesson.version, ageBand });
  const first = resolve(lesson, started.state, lesson.start ?? lesson.steps[0]?.id);
  if (first === undefined) throw new Error(`lesson "${lesson.id}" has no step for age band "${ageBand}"`);
  const t = enter(lesson, started.state, first);
  return { state: t.state, effects: [...started.effects, ...t.effects] };
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
    return recorded(lesson, state, { kind: 'went-back', stepId: state.history[state.history.length - 2]! });
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
  // Nothing of the run's path is left: start afresh, keeping what the student did at each step.
  const kept = Object.fromEntries(Object.keys(emptyStepStates()).map((slice) => [slice, saved[slice as keyof StepStates]])) as unknown as StepStates;
  return { state: { ...start(lesson, saved.ageBand).state, ...kept }, moved: true };
}
