import type { AgeBand, Language } from '../lesson/constants.ts';
import type { CoreRecord } from '../lesson/records.ts';
import type { Lesson, Step } from '../lesson/schema.ts';
import type { StepRecord } from '../lesson/steps/index.ts';

export type { AgeBand };
export type { AnswerValue } from '../lesson/steps/quiz.ts';
export type { PledgeChoice } from '../lesson/steps/pledge.ts';

/** One line of what a run did, for the progress log: the lesson's own records and its steps' (src/lesson/records.ts, steps/). */
export type LogRecord = CoreRecord | StepRecord;

/**
 * What each step type keeps in the runner's state, one slice per type keyed by step id: each step
 * type's own module (src/runner/steps/<type>.ts) adds its slice here by declaration merging, so the
 * state grows with the table of types and no central file lists them.
 */
export interface StepStates {}

/** The events a student's actions send to each step type, by event type (added like StepStates). */
export interface StepEvents {}

/**
 * What each step type folds its records into for the lesson summary (the desk's view of a run), one
 * slice per type keyed by step id (added like StepStates; src/progress/summary.ts folds through them).
 */
export interface StepFacts {}

/** Everything the runner knows about one student in one lesson. Plain data: rebuilt from the log on resume. */
export type RunnerState = {
  lessonId: string;
  lessonVersion: string;
  ageBand: AgeBand;
  stepId: string;
  /** Steps shown so far, oldest first, for "back". */
  history: string[];
  finished: boolean;
} & StepStates;

export type RunnerEvent = { type: 'next' } | { type: 'back' } | { [K in keyof StepEvents]: { type: K } & StepEvents[K] }[keyof StepEvents];

/** Side effects are data; the app performs them. */
export type Effect =
  | { type: 'record'; record: LogRecord }
  | { type: 'feedback'; tone: 'correct' | 'wrong' | 'neutral' }
  | { type: 'rejected'; reason: string };

export interface Transition {
  state: RunnerState;
  effects: Effect[];
}

/** The xAPI verbs the records map to (their IRIs and names: src/progress/xapi-vocabulary.ts). */
export type XapiVerb = 'attempted' | 'experienced' | 'answered' | 'interacted' | 'responded' | 'completed';

/** What a record says as an xAPI statement about its step: the verb and the result (extension keys without their prefix). */
export interface XapiFacts {
  verb: XapiVerb;
  result?: Record<string, unknown>;
}

/**
 * One question a step asks, across a class, for the teacher's desk: how many answered, how many were
 * right at the first try and at the end, and the commonest wrong first answers (misconceptions).
 * `partId` names the part of a step that is its own question (an item of a sort step).
 */
export interface QuestionStat {
  stepId: string;
  partId?: string;
  phase?: 'pre' | 'post';
  answered: number;
  /** Right at the first try: what students knew, before feedback taught them. */
  firstCorrectRate: number;
  finalCorrectRate: number;
  wrongFirst: { answer: string; count: number }[];
}

/** How a step type's records fold into a run's summary (`facts`: the slice of StepFacts it names). */
export interface SummaryFold<R, F> {
  slice: keyof StepFacts;
  /** Folds a record into this step's facts (undefined before its first record). */
  fold(facts: F | undefined, record: R): F;
  /** The points these facts score (none for a pre-test), for the run's score. */
  points?(facts: F): { points: number; maxPoints: number };
  /** kg CO2e a year these facts add to the run's footprint. */
  kgPerYear?(facts: F): number;
  /** The questions these facts answer, tallied over the class's runs (the step when the lesson has it). */
  questions?(step: Step | undefined, stepId: string, runs: readonly F[]): QuestionStat[];
  /** A question of this step in the lesson's words, for the desk (`partId`: a part that is its own question). */
  questionLabel?(step: Step, partId: string | undefined, lang: Language): string;
  /** An answer as `questions` counted it, in the lesson's words (`yesNo`: the UI's words for true and false). */
  answerLabel?(step: Step, partId: string | undefined, answer: string, lang: Language, yesNo: (v: boolean) => string): string;
}

/**
 * A step type's behaviour: everything the runner, the progress log's resume, the lesson summary, xAPI
 * and the desk need to know about it, in its own module. `handle` builds records and changes the state
 * through `apply`, the same function a resume replays the log through, so the two cannot disagree.
 */
export interface StepHandler<S extends Step = Step, R extends StepRecord = StepRecord, F = unknown> {
  /** The record kinds this type writes (src/lesson/steps/ defines their shapes). */
  records: readonly R['kind'][];
  /** The state slice this type keeps (its module adds it to StepStates), made empty at a run's start. */
  slice?: keyof StepStates;
  /** May the student go on from this step? */
  isComplete(step: S, state: RunnerState): boolean;
  /** The student's event on this step: null for events the type does not take. */
  handle?(lesson: Lesson, step: S, state: RunnerState, event: RunnerEvent): Transition | null;
  /** Steps that show nothing (branch) name the step to go to instead; `scoreRatio`: the score so far (score.ts), on demand. */
  route?(lesson: Lesson, step: S, state: RunnerState, scoreRatio: () => number): string;
  /** One of this type's records applied to the state; `step` is undefined when the lesson no longer has it. */
  apply?(step: S | undefined, state: RunnerState, record: R): RunnerState;
  /** The points this step adds to the lesson's score (pre-tests none), once it has any. */
  score?(step: S, state: RunnerState): { points: number; maxPoints: number } | null;
  /** What a diligent student does here (right answers, first options): for playing lessons in tests and benches. */
  diligent?(step: S, state: RunnerState): RunnerEvent[];
  summary?: SummaryFold<R, F>;
  /** The statement a record makes, or null for records that are navigation (a hotspot looked at). */
  xapi?(record: R): XapiFacts | null;
  /** The xAPI interaction type of this step's activity (a quiz's "choice"), when it is a question. */
  xapiInteraction?(step: S): string | undefined;
}
