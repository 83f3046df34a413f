import type { Lesson } from '../lesson/schema.ts';
import type { Localized } from '../lesson/common.ts';
import type { QuizStep } from '../lesson/steps/quiz.ts';
import { answerText } from './answers.ts';
import { pledgeKey } from './pledges.ts';
import { foldEvent, pairKey } from './summary.ts';
import type { LessonSummary, ProgressEvent } from './types.ts';

/**
 * xAPI 1.0.3 statements from the log, for a Learning Record Store. The actor is pseudonymous: an
 * `account` on the app's fixed home page named by the profile's random id; no nickname leaves the
 * device this way. Statement ids are the events' ids (UUIDs made on the device), so sending an
 * export twice stores nothing twice. The run's lesson-started id is the context `registration`.
 */
export const XAPI_HOME = 'urn:climatexr';
const EXT = 'urn:climatexr:xapi';

const VERBS = {
  attempted: { ko: '시도함', en: 'attempted' },
  experienced: { ko: '경험함', en: 'experienced' },
  answered: { ko: '답함', en: 'answered' },
  interacted: { ko: '선택함', en: 'interacted' },
  responded: { ko: '약속함', en: 'responded' },
  completed: { ko: '완료함', en: 'completed' },
} as const;
type Verb = keyof typeof VERBS;

const langMap = (text: Localized | undefined, fallback: string): Record<string, string> => {
  const map: Record<string, string> = {};
  if (text?.ko) map['ko-KR'] = text.ko;
  if (text?.en) map['en-US'] = text.en;
  return Object.keys(map).length ? map : { und: fallback };
};

const verb = (v: Verb) => ({ id: `http://adlnet.gov/expapi/verbs/${v}`, display: { 'en-US': VERBS[v].en, 'ko-KR': VERBS[v].ko } });

/** ISO 8601 duration, e.g. PT754.2S. */
const duration = (ms: number) => `PT${Math.round(ms / 100) / 10}S`;

const INTERACTION = { single: 'choice', multiple: 'choice', truefalse: 'true-false', numeric: 'numeric' } as const;

export interface XapiOptions {
  /** The account's home page (an IRI); fixed by default so every headset names students alike. */
  homePage?: string;
}

export type Statement = Record<string, unknown> & { id: string };

/** Activities are built once per lesson and step and shared between statements (an export holds many). */
function activities(lessons: readonly Lesson[]) {
  const byId = new Map(lessons.map((l) => [l.id, l]));
  const lessonCache = new Map<string, { iri: string; full: Record<string, unknown>; ref: Record<string, unknown> }>();
  const stepCache = new Map<string, { full: Record<string, unknown>; ref: Record<string, unknown> }>();
  const lessonOf = (lessonId: string) => {
    let a = lessonCache.get(lessonId);
    if (!a) {
      const iri = `${XAPI_HOME}:lesson:${encodeURIComponent(lessonId)}`;
      const full = { objectType: 'Activity', id: iri, definition: { name: langMap(byId.get(lessonId)?.title, lessonId), type: 'http://adlnet.gov/expapi/activities/lesson' } };
      lessonCache.set(lessonId, (a = { iri, full, ref: { objectType: 'Activity', id: iri } }));
    }
    return a;
  };
  const stepOf = (lessonId: string, stepId: string) => {
    const key = `${lessonId}\u0000${stepId}`;
    let a = stepCache.get(key);
    if (!a) {
      const step = byId.get(lessonId)?.steps.find((s) => s.id === stepId);
      const title = step && ('title' in step ? step.title : 'question' in step ? step.question : undefined);
      const interaction = step?.type === 'quiz' ? { type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType: INTERACTION[(step as QuizStep).kind] } : {};
      const id = `${lessonOf(lessonId).iri}:step:${encodeURIComponent(stepId)}`;
      a = { full: { objectType: 'Activity', id, definition: { name: langMap(title as Localized | undefined, stepId), ...interaction } }, ref: { objectType: 'Activity', id } };
      stepCache.set(key, a);
    }
    return a;
  };
  return { lessonOf, stepOf };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const VERB_OBJECTS = Object.fromEntries(Object.keys(VERBS).map((v) => [v, verb(v as Verb)])) as Record<Verb, ReturnType<typeof verb>>;
const GROUPING = [{ objectType: 'Activity', id: XAPI_HOME }];

export interface XapiContext {
  homePage: string;
  /** Activities already described in this export: later statements name them by id only (an LRS keeps the definition). */
  described: Set<unknown>;
  lessonOf: ReturnType<typeof activities>['lessonOf'];
  stepOf: ReturnType<typeof activities>['stepOf'];
}

export function xapiContext(lessons: readonly Lesson[], opts: XapiOptions = {}): XapiContext {
  return { homePage: opts.homePage ?? XAPI_HOME, described: new Set(), ...activities(lessons) };
}

/**
 * The statement for one event, or null for navigation (step-entered, went-back, visited). `runs`
 * folds each student's lesson as events go by, for the run's registration and duration: pass the
 * same map for every event of an export, each pair's events in log order.
 */
export function statementOf({ homePage, described, lessonOf, stepOf }: XapiContext, runs: Map<string, LessonSummary>, e: ProgressEvent): Statement | null {
  const key = pairKey(e.profileId, e.lessonId);
  const summary = foldEvent(runs.get(key), e);
  runs.set(key, summary);
  const lesson = lessonOf(e.lessonId);
  const r = e.record;
  let v: Verb;
  let activity: { full: Record<string, unknown>; ref: Record<string, unknown> };
  let result: Record<string, unknown> | undefined;
  switch (r.kind) {
    case 'lesson-started':
      v = 'attempted';
      activity = lesson;
      break;
    case 'step-completed':
      v = 'experienced';
      activity = stepOf(e.lessonId, r.stepId);
      break;
    case 'answered':
      v = 'answered';
      activity = stepOf(e.lessonId, r.stepId);
      result = {
        success: r.correct, response: answerText(r.value),
        ...(r.maxPoints > 0 ? { score: { raw: r.points, min: 0, max: r.maxPoints, scaled: r.points / r.maxPoints } } : {}),
        extensions: { [`${EXT}:attempt`]: r.attempt, ...(r.phase ? { [`${EXT}:phase`]: r.phase } : {}), ...(r.measure ? { [`${EXT}:measure`]: r.measure } : {}) },
      };
      break;
    case 'chose':
      v = 'interacted';
      activity = stepOf(e.lessonId, r.stepId);
      result = { response: r.optionId, extensions: { [`${EXT}:kg-co2e-per-year`]: r.kgPerYear } };
      break;
    case 'pledged':
    case 'unpledged':
      v = 'responded';
      activity = stepOf(e.lessonId, r.stepId);
      result = { response: pledgeKey(r.choice), extensions: { [`${EXT}:pledge`]: r.kind === 'pledged' ? 'made' : 'withdrawn' } };
      break;
    case 'lesson-completed':
      v = 'completed';
      activity = lesson;
      result = {
        completion: true, duration: duration(summary.last.activeMs),
        ...(r.maxScore > 0 ? { score: { raw: r.score, min: 0, max: r.maxScore, scaled: Math.max(-1, Math.min(1, r.score / r.maxScore)) } } : {}),
        extensions: { [`${EXT}:kg-co2e-per-year`]: r.footprintKgPerYear },
      };
      break;
    default:
      return null;
  }
  const registration = summary.last.runId;
  const object = described.has(activity) ? activity.ref : activity.full;
  described.add(activity);
  return {
    id: e.id,
    actor: { objectType: 'Agent', account: { homePage, name: e.profileId } },
    verb: VERB_OBJECTS[v],
    object,
    ...(result ? { result } : {}),
    context: {
      ...(UUID.test(registration) ? { registration } : {}),
      platform: 'ClimateXR',
      contextActivities: activity === lesson ? { grouping: GROUPING } : { parent: [lesson.ref], grouping: GROUPING },
      extensions: { [`${EXT}:device`]: e.deviceId, [`${EXT}:seq`]: e.seq, [`${EXT}:lesson-version`]: e.lessonVersion },
    },
    timestamp: new Date(e.at).toISOString(),
  };
}

/** Statements for events in log order (a whole export in memory; `xapiParts` streams). */
export function toStatements(events: readonly ProgressEvent[], lessons: readonly Lesson[], opts: XapiOptions = {}): Statement[] {
  const ctx = xapiContext(lessons, opts);
  const runs = new Map<string, LessonSummary>();
  const out: Statement[] = [];
  for (const e of events) {
    const s = statementOf(ctx, runs, e);
    if (s) out.push(s);
  }
  return out;
}
