import type { AgeBand } from '../lesson/constants.ts';
import type { Lesson, Step } from '../lesson/schema.ts';

export type { AgeBand };

/** A student's answer to a quiz: option ids, a boolean (true/false) or a number (estimate). */
export type AnswerValue = string | string[] | boolean | number;

export interface QuizRecord {
  value: AnswerValue;
  attempts: number;
  correct: boolean;
  /** True when no attempts are left: the right answer is shown and the step may be left. */
  done: boolean;
  points: number;
}

export type PledgeChoice = { optionId: string } | { actionId: string; timeId: string };

/** Everything the runner knows about one student in one lesson. Plain data: saved and restored as is. */
export interface RunnerState {
  lessonId: string;
  lessonVersion: string;
  ageBand: AgeBand;
  stepId: string;
  /** Steps shown so far, oldest first, for "back". */
  history: string[];
  finished: boolean;
  quiz: Record<string, QuizRecord>;
  /** Footprint step id → chosen option id. */
  choices: Record<string, string>;
  /** Scene step id → visited hotspot ids. */
  visited: Record<string, string[]>;
  /** Pledge step id → the student's pledges. */
  pledges: Record<string, PledgeChoice[]>;
}

export type RunnerEvent =
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'answer'; value: AnswerValue }
  | { type: 'choose'; optionId: string }
  | { type: 'visit'; hotspotId: string }
  | { type: 'pledge'; choice: PledgeChoice }
  | { type: 'unpledge'; choice: PledgeChoice };

/** What happened, for the progress log. Written by the app, never by components. */
export type Record_ =
  | { kind: 'lesson-started'; lessonVersion: string; ageBand: AgeBand }
  | { kind: 'step-entered'; stepId: string }
  | { kind: 'went-back'; stepId: string }
  | { kind: 'visited'; stepId: string; hotspotId: string }
  | { kind: 'step-completed'; stepId: string }
  | { kind: 'answered'; stepId: string; value: AnswerValue; correct: boolean; attempt: number; points: number; maxPoints: number; phase?: 'pre' | 'post'; measure?: string }
  | { kind: 'chose'; stepId: string; optionId: string; kgPerYear: number }
  | { kind: 'pledged'; stepId: string; choice: PledgeChoice }
  | { kind: 'unpledged'; stepId: string; choice: PledgeChoice }
  | { kind: 'lesson-completed'; score: number; maxScore: number; footprintKgPerYear: number };

/** Side effects are data; the app performs them. */
export type Effect =
  | { type: 'record'; record: Record_ }
  | { type: 'feedback'; tone: 'correct' | 'wrong' | 'neutral' }
  | { type: 'rejected'; reason: string };

export interface Transition {
  state: RunnerState;
  effects: Effect[];
}

/** Per-step-type logic. `handle` returns null for events the type does not take. */
export interface StepHandler<S extends Step = Step> {
  /** May the student go on from this step? */
  isComplete(step: S, state: RunnerState): boolean;
  handle?(lesson: Lesson, step: S, state: RunnerState, event: RunnerEvent): Transition | null;
  /** Steps that show nothing (branch) name the step to go to instead. */
  route?(lesson: Lesson, step: S, state: RunnerState): string;
}
