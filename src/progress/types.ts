import type { AgeBand, LogRecord, StepFacts } from '../runner/types.ts';

/**
 * One line of the progress log. Written once, never changed. `id` is a UUID made on the device;
 * order comes from `seq` (per device, allocated in the write's own transaction), never from `at`.
 */
export interface ProgressEvent {
  id: string;
  deviceId: string;
  seq: number;
  profileId: string;
  lessonId: string;
  lessonVersion: string;
  /** Wall-clock ISO 8601 time on the device: informative only, the clock may be wrong. */
  at: string;
  record: LogRecord;
}

/** An event accepted by `append` but not yet in the database (disk full, database lost, …). */
export type QueuedEvent = Omit<ProgressEvent, 'seq'> & { seq: null };
export type AnyEvent = ProgressEvent | QueuedEvent;

/** A student on a shared device: a nickname and a random id, nothing else. */
export interface Profile {
  id: string;
  nickname: string;
  /** The device the profile was made on; imported profiles keep their headset's id. */
  deviceId: string;
  createdAt: string;
}

/**
 * Where saving stands, for a visible indicator.
 * - saved: everything appended is in the database.
 * - saving: a write is under way.
 * - not-saved: the last write failed (e.g. the disk is full); events are kept in memory and retried.
 * - lost: the database was deleted or closed by the browser while the app ran; it is not recreated
 *   behind the student's back. Events are kept in memory until the page closes.
 * - unavailable: no IndexedDB here (blocked storage, some private modes); progress lasts until the page closes.
 */
export type SaveState = 'saved' | 'saving' | 'not-saved' | 'lost' | 'unavailable';
export type SaveReason = 'quota' | 'deleted' | 'upgraded' | 'closed' | 'too-new' | 'error' | 'no-indexeddb';

export interface SaveStatus {
  state: SaveState;
  /** Events accepted but not yet written. */
  pending: number;
  reason?: SaveReason;
  /** When not-saved: milliseconds until the next automatic try. */
  retryInMs?: number;
}

export type Persistence = 'granted' | 'refused' | 'unavailable';

export type { AnswerFacts } from '../runner/steps/quiz.ts';
export type { PledgeOp } from '../runner/steps/pledge.ts';

/**
 * What a run of a lesson produced, folded from the log (see summary.ts): the run's own facts here,
 * and each step type's slice (answers, choices, pledges, sorts, … keyed by step id) as its module
 * folds its records (src/runner/types.ts StepFacts).
 */
export type RunFacts = RunCoreFacts & StepFacts;

export interface RunCoreFacts {
  /** The id of the run's lesson-started event (also its xAPI registration). */
  runId: string;
  deviceId: string;
  lessonVersion: string;
  ageBand: AgeBand | null;
  firstAt: string;
  lastAt: string;
  /** Sum of the gaps between events, each capped (see summary.ts): robust to clock jumps and breaks. */
  activeMs: number;
  lastSeq: number;
  events: number;
  stepId: string | null;
  completed: boolean;
  score: number;
  maxScore: number;
  footprintKgPerYear: number;
}

/** One student in one lesson, over all their runs. Derived from the log; rebuilt whenever in doubt. */
export interface LessonSummary {
  profileId: string;
  lessonId: string;
  runs: number;
  completedRuns: number;
  last: RunFacts;
  /**
   * The latest completed run while a later one is under way (a retake); null otherwise. Use
   * `completedRun(summary)`: when `last.completed`, `last` is the latest completed run.
   */
  lastCompleted: RunFacts | null;
}
