import type { ProgressEvent } from './types.ts';
import type { Runs } from './xapi-runs.ts';
import { type Activity, EXT, type Verb } from './xapi-vocabulary.ts';
import { factsOf, firstMention, GROUPING, isUuid, PLATFORM, VERB_OBJECTS, type XapiContext } from './xapi.ts';

/**
 * A statement as JSON text, exactly `JSON.stringify(statementOf(ctx, runs, e))` (the unit tests
 * hold it to that), built from pieces: an export writes hundreds of thousands of statements whose
 * actor, verb, object and context differ only in a few strings. Every string that comes from data
 * goes through JSON.stringify of the string itself, so quotes, backslashes, control characters and
 * U+2028 are escaped as JSON.stringify escapes them.
 */
export interface JsonPieces {
  /** `{"objectType":"Agent",…,"name":<profile>}}` per profile id. */
  actors: Map<string, string>;
  /** The context's `contextActivities` of a lesson's steps (parent: the lesson), per lesson activity. */
  parents: Map<Activity, string>;
  /** `"…:device":<id>` per device id. */
  devices: Map<string, string>;
}

export const jsonPieces = (): JsonPieces => ({ actors: new Map(), parents: new Map(), devices: new Map() });

const q = JSON.stringify;
const num = (n: number) => (Number.isFinite(n) ? `${n}` : 'null');
const VERB_JSON = Object.fromEntries(Object.entries(VERB_OBJECTS).map(([v, o]) => [v, q(o)])) as Record<Verb, string>;
const GROUPING_ONLY = q({ grouping: GROUPING });
const SEQ = `,${q(`${EXT}:seq`)}:`;
const LESSON_VERSION = `,${q(`${EXT}:lesson-version`)}:`;

function cached<K>(map: Map<K, string>, key: K, make: () => string): string {
  let s = map.get(key);
  if (s === undefined) map.set(key, (s = make()));
  return s;
}

/**
 * A statement's JSON text around its object: `head + object + tail`, where the object is the
 * activity's `fullJson` the first time an export names it and its `refJson` afterwards. Nothing in
 * `head` or `tail` depends on the export's lessons (only the object's full definition does), which
 * is what lets export-cache.ts keep statements as text. `stepId`: the activity's step, null for the lesson.
 */
export interface StatementText {
  head: string;
  activity: Activity;
  stepId: string | null;
  tail: string;
}

/** The statement for one event in two halves around its object, or null for navigation (see `factsOf`). */
export function statementParts(ctx: XapiContext, pieces: JsonPieces, runs: Runs, e: ProgressEvent): StatementText | null {
  const f = factsOf(ctx, runs, e);
  if (!f) return null;
  const { activity, lesson, result, registration } = f;
  const actor = cached(pieces.actors, e.profileId, () => q({ objectType: 'Agent', account: { homePage: ctx.homePage, name: e.profileId } }));
  const activities = activity === lesson ? GROUPING_ONLY : cached(pieces.parents, lesson, () => q({ parent: [lesson.ref], grouping: GROUPING }));
  const device = cached(pieces.devices, e.deviceId, () => `${q(`${EXT}:device`)}:${q(e.deviceId)}`);
  return {
    head: `{"id":${q(e.id)},"actor":${actor},"verb":${VERB_JSON[f.verb]},"object":`,
    activity,
    stepId: activity === lesson ? null : (e.record as { stepId: string }).stepId,
    tail: `${result ? `,"result":${q(result)}` : ''}`
      + `,"context":{${isUuid(registration) ? `"registration":${q(registration)},` : ''}"platform":${q(PLATFORM)},"contextActivities":${activities}`
      + `,"extensions":{${device}${SEQ}${num(e.seq)}${LESSON_VERSION}${q(e.lessonVersion)}}},"timestamp":${q(new Date(e.at).toISOString())}}`,
  };
}

/** The statement for one event as JSON text, or null for navigation (see `factsOf`). */
export function statementJson(ctx: XapiContext, pieces: JsonPieces, runs: Runs, e: ProgressEvent): string | null {
  const p = statementParts(ctx, pieces, runs, e);
  if (!p) return null;
  return `${p.head}${firstMention(ctx.described, p.activity) ? p.activity.fullJson : p.activity.refJson}${p.tail}`;
}
