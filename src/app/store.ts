import { createStore } from 'zustand/vanilla';
import type { Language } from '../lesson/common.ts';
import type { Lesson } from '../lesson/schema.ts';
import type { Step } from '../lesson/schema.ts';
import { canGoBack, canGoNext, currentStep, resumeState, start, transition } from '../runner/runner.ts';
import type { AgeBand, Effect, LogRecord, RunnerEvent, RunnerState } from '../runner/types.ts';
import { classroomStore } from './classroomState.ts';
import { paceHolds } from './conduct.ts';

export type FeedbackTone = 'correct' | 'wrong' | 'neutral';
export type { AgeBand, RunnerState };

export interface Session {
  lesson: Lesson;
  runner: RunnerState;
  /** Bumped on each feedback effect so the scene can pulse a controller or play a cue once. */
  feedback: { tone: FeedbackTone; seq: number } | null;
  /** A sentence for the student, e.g. "the lesson changed: you continue at the nearest step". */
  notice: 'moved' | null;
}

export interface AppState {
  lang: Language;
  session: Session | null;
}

/** Where 'record' effects go: the progress log. Set once by the app at start-up. */
export type Recorder = (lesson: Lesson, records: LogRecord[]) => void;

let recorder: Recorder = () => {};
export function setRecorder(r: Recorder): void {
  recorder = r;
}

export const appStore = createStore<AppState>(() => ({ lang: 'ko', session: null }));

/** Performs effects: the one place where the runner's decisions touch the world. */
function perform(lesson: Lesson, effects: Effect[], session: Session): Session {
  const records = effects.flatMap((e) => (e.type === 'record' ? [e.record] : []));
  if (records.length) recorder(lesson, records);
  const fb = effects.findLast((e) => e.type === 'feedback');
  if (fb?.type !== 'feedback') return session;
  return { ...session, feedback: { tone: fb.tone, seq: (session.feedback?.seq ?? 0) + 1 } };
}

export function setLanguage(lang: Language): void {
  appStore.setState({ lang });
}

/** Opens a lesson for a student: fresh, or where a saved state left off. */
export function openLesson(lesson: Lesson, ageBand: AgeBand, saved?: RunnerState): void {
  const resumed = saved ? resumeState(lesson, saved) : null;
  if (resumed) {
    appStore.setState({ session: { lesson, runner: resumed.state, feedback: null, notice: resumed.moved ? 'moved' : null } });
    return;
  }
  const t = start(lesson, ageBand);
  const session: Session = { lesson, runner: t.state, feedback: null, notice: null };
  appStore.setState({ session: perform(lesson, t.effects, session) });
}

/** Live preview: the lesson file changed on disk; keep the student's place where it still exists. */
export function replaceLesson(lesson: Lesson): void {
  const session = appStore.getState().session;
  if (!session || session.lesson.id !== lesson.id) return;
  const resumed = resumeState(lesson, session.runner);
  if (!resumed) return;
  appStore.setState({ session: { ...session, lesson, runner: resumed.state, notice: resumed.moved ? 'moved' : null } });
}

/** A student who finished starts the lesson over; the log keeps the earlier run. */
export function restartLesson(): void {
  const session = appStore.getState().session;
  if (session) openLesson(session.lesson, session.runner.ageBand);
}

export function closeLesson(): void {
  appStore.setState({ session: null });
}

/** Forwards a student's action to the runner. Components call this and nothing else. */
export function dispatch(event: RunnerEvent): void {
  const session = appStore.getState().session;
  if (!session) return;
  // The teacher's conducting (classroom hub): nothing while the class is paused, no Next past the teacher's step.
  const c = classroomStore.getState();
  if (c.paused || (event.type === 'next' && paceHolds(session.lesson, session.runner, c.pace))) return;
  const t = transition(session.lesson, session.runner, event);
  if (t.state === session.runner && t.effects.every((e) => e.type === 'rejected')) return;
  const next = perform(session.lesson, t.effects, { ...session, runner: t.state, notice: event.type === 'next' ? null : session.notice });
  appStore.setState({ session: next });
}

/** Whether Next can be pressed now: the step is done, and the teacher's pace (if any) lets the student on. */
export function nextAllowed(session: Session): boolean {
  return canGoNext(session.lesson, session.runner) && !paceHolds(session.lesson, session.runner, classroomStore.getState().pace);
}

/** Whether Back can be pressed now (the runner's rule). */
export function backAllowed(session: Session): boolean {
  return canGoBack(session.runner);
}

/** The step the student is on. */
export function shownStep(session: Session): Step {
  return currentStep(session.lesson, session.runner);
}
