import type { Lesson } from '../lesson/schema.ts';
import { recordOwner } from '../runner/registry.ts';
import type { ProgressEvent } from './types.ts';
import { foldRun, type Runs } from './xapi-runs.ts';
import { activities, type Activity, duration, EXT, type Verb, verb, VERBS, XAPI_HOME } from './xapi-vocabulary.ts';

/**
 * xAPI 1.0.3 statements from the log, for a Learning Record Store. The actor is pseudonymous: an
 * `account` on the app's fixed home page named by the profile's random id; no nickname leaves the
 * device this way. Statement ids are the events' ids (UUIDs made on the device), so sending an
 * export twice stores nothing twice. The run's lesson-started id is the context `registration`.
 */
export { XAPI_HOME };

export interface XapiOptions {
  /** The account's home page (an IRI); fixed by default so every headset names students alike. */
  homePage?: string;
}

export type Statement = Record<string, unknown> & { id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID.test(s);
export const VERB_OBJECTS = Object.fromEntries(Object.keys(VERBS).map((v) => [v, verb(v as Verb)])) as Record<Verb, ReturnType<typeof verb>>;
export const GROUPING = [{ objectType: 'Activity', id: XAPI_HOME }];
export const PLATFORM = 'ClimateXR';

export interface XapiContext {
  homePage: string;
  /** Activities already described in this export: later statements name them by id only (an LRS keeps the definition). */
  described: Set<unknown>;
  lessonActivity: ReturnType<typeof activities>['lessonActivity'];
  stepActivity: ReturnType<typeof activities>['stepActivity'];
}

export function xapiContext(lessons: readonly Lesson[], opts: XapiOptions = {}): XapiContext {
  return { homePage: opts.homePage ?? XAPI_HOME, described: new Set(), ...activities(lessons) };
}

/** What one event says, before it is written as a statement (`statementOf`). */
export interface StatementFacts {
  verb: Verb;
  activity: Activity;
  lesson: Activity;
  result: Record<string, unknown> | undefined;
  /** The run's lesson-started id (the context registration when it is a UUID). */
  registration: string;
}

/**
 * What the statement for one event says, or null for navigation (step-entered, went-back, visited).
 * `runs` folds each student's lesson per device as events go by, for the run's registration and
 * duration (xapi-runs.ts): pass the same map for every event of an export, each device's events of a
 * (student, lesson) pair in seq order.
 */
export function factsOf({ lessonActivity, stepActivity }: XapiContext, runs: Runs, e: ProgressEvent): StatementFacts | null {
  const run = foldRun(runs, e);
  const lesson = lessonActivity(e.lessonId);
  const r = e.record;
  let v: Verb;
  let activity: Activity;
  let result: Record<string, unknown> | undefined;
  switch (r.kind) {
    case 'lesson-started':
      v = 'attempted';
      activity = lesson;
      break;
    case 'step-completed':
      v = 'experienced';
      activity = stepActivity(e.lessonId, r.stepId);
      break;
    case 'lesson-completed':
      v = 'completed';
      activity = lesson;
      result = {
        completion: true, duration: duration(run.activeMs),
        ...(r.maxScore > 0 ? { score: { raw: r.score, min: 0, max: r.maxScore, scaled: Math.max(-1, Math.min(1, r.score / r.maxScore)) } } : {}),
        extensions: { [`${EXT}:kg-co2e-per-year`]: r.footprintKgPerYear },
      };
      break;
    // Moving between steps is navigation: no statement.
    case 'step-entered':
    case 'went-back':
      return null;
    default: {
      // A step's record: its type says what it means (or that it is navigation, null).
      const facts = recordOwner(r).handler.xapi?.(r) ?? null;
      if (!facts) return null;
      v = facts.verb;
      activity = stepActivity(e.lessonId, r.stepId);
      result = facts.result && withExtensions(facts.result);
    }
  }
  return { verb: v, activity, lesson, result, registration: run.runId };
}

/** A step type's result with its extension keys in the app's namespace ("attempt" → "urn:climatexr:xapi:attempt"). */
function withExtensions(result: Record<string, unknown>): Record<string, unknown> {
  const ext = result.extensions as Record<string, unknown> | undefined;
  if (!ext) return result;
  return { ...result, extensions: Object.fromEntries(Object.entries(ext).map(([k, v]) => [`${EXT}:${k}`, v])) };
}

/** Whether this export describes the activity for the first time (then in full; afterwards by id). */
export function firstMention(described: Set<unknown>, activity: Activity): boolean {
  if (described.has(activity)) return false;
  described.add(activity);
  return true;
}

/** The statement for one event, or null for navigation (see `factsOf`). */
export function statementOf(ctx: XapiContext, runs: Runs, e: ProgressEvent): Statement | null {
  const f = factsOf(ctx, runs, e);
  if (!f) return null;
  const { activity, lesson, result, registration } = f;
  return {
    id: e.id,
    actor: { objectType: 'Agent', account: { homePage: ctx.homePage, name: e.profileId } },
    verb: VERB_OBJECTS[f.verb],
    object: firstMention(ctx.described, activity) ? activity.full : activity.ref,
    ...(result ? { result } : {}),
    context: {
      ...(isUuid(registration) ? { registration } : {}),
      platform: PLATFORM,
      contextActivities: activity === lesson ? { grouping: GROUPING } : { parent: [lesson.ref], grouping: GROUPING },
      extensions: { [`${EXT}:device`]: e.deviceId, [`${EXT}:seq`]: e.seq, [`${EXT}:lesson-version`]: e.lessonVersion },
    },
    timestamp: new Date(e.at).toISOString(),
  };
}

/** Statements for events in log order (a whole export in memory; `xapiParts` streams). */
export function toStatements(events: readonly ProgressEvent[], lessons: readonly Lesson[], opts: XapiOptions = {}): Statement[] {
  const ctx = xapiContext(lessons, opts);
  const runs: Runs = new Map();
  const out: Statement[] = [];
  for (const e of events) {
    const s = statementOf(ctx, runs, e);
    if (s) out.push(s);
  }
  return out;
}
