import type { LessonSummary, ProgressEvent } from './types.ts';
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

/** The statement for one event as JSON text, or null for navigation (see `factsOf`). */
export function statementJson(ctx: XapiContext, pieces: JsonPieces, runs: Map<string, LessonSummary>, e: ProgressEvent): string | null {
  const f = factsOf(ctx, runs, e);
  if (!f) return null;
  const { activity, lesson, result, registration } = f;
  const actor = cached(pieces.actors, e.profileId, () => q({ objectType: 'Agent', account: { homePage: ctx.homePage, name: e.profileId } }));
  const object = firstMention(ctx.described, activity) ? activity.fullJson : activity.refJson;
  const activities = activity === lesson ? GROUPING_ONLY : cached(pieces.parents, lesson, () => q({ parent: [lesson.ref], grouping: GROUPING }));
  const device = cached(pieces.devices, e.deviceId, () => `${q(`${EXT}:device`)}:${q(e.deviceId)}`);
  return `{"id":${q(e.id)},"actor":${actor},"verb":${VERB_JSON[f.verb]},"object":${object}${result ? `,"result":${q(result)}` : ''}`
    + `,"context":{${isUuid(registration) ? `"registration":${q(registration)},` : ''}"platform":${q(PLATFORM)},"contextActivities":${activities}`
    + `,"extensions":{${device}${SEQ}${num(e.seq)}${LESSON_VERSION}${q(e.lessonVersion)}}},"timestamp":${q(new Date(e.at).toISOString())}}`;
}
