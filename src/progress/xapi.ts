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

export function toStatements(events: readonly ProgressEvent[], lessons: readonly Lesson[], opts: XapiOptions = {}): Statement[] {
  const homePage = opts.homePage ?? XAPI_HOME;
  const byId = new Map(lessons.map((l) => [l.id, l]));
  const runs = new Map<string, LessonSummary>();
  const out: Statement[] = [];
  for (const e of events) {
    const key = pairKey(e.profileId, e.lessonId);
    const summary = foldEvent(runs.get(key), e);
    runs.set(key, summary);
    const lesson = byId.get(e.lessonId);
    const lessonIri = `${XAPI_HOME}:lesson:${encodeURIComponent(e.lessonId)}`;
    const lessonActivity = { objectType: 'Activity', id: lessonIri, definition: { name: langMap(lesson?.title, e.lessonId), type: 'http://adlnet.gov/expapi/activities/lesson' } };
    const stepActivity = (stepId: string, extra: Record<string, unknown> = {}) => {
      const step = lesson?.steps.find((s) => s.id === stepId);
      const title = step && ('title' in step ? step.title : 'question' in step ? step.question : undefined);
      return { objectType: 'Activity', id: `${lessonIri}:step:${encodeURIComponent(stepId)}`, definition: { name: langMap(title as Localized | undefined, stepId), ...extra } };
    };
    const r = e.record;
    let v: Verb;
    let object: Record<string, unknown>;
    let result: Record<string, unknown> | undefined;
    switch (r.kind) {
      case 'lesson-started':
        [v, object] = ['attempted', lessonActivity];
        break;
      case 'step-completed':
        [v, object] = ['experienced', stepActivity(r.stepId)];
        break;
      case 'answered': {
        const step = lesson?.steps.find((s) => s.id === r.stepId) as QuizStep | undefined;
        const interaction = step?.type === 'quiz' ? { type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType: INTERACTION[step.kind] } : {};
        [v, object] = ['answered', stepActivity(r.stepId, interaction)];
        result = {
          success: r.correct, response: answerText(r.value),
          ...(r.maxPoints > 0 ? { score: { raw: r.points, min: 0, max: r.maxPoints, scaled: r.points / r.maxPoints } } : {}),
          extensions: { [`${EXT}:attempt`]: r.attempt, ...(r.phase ? { [`${EXT}:phase`]: r.phase } : {}), ...(r.measure ? { [`${EXT}:measure`]: r.measure } : {}) },
        };
        break;
      }
      case 'chose':
        [v, object] = ['interacted', stepActivity(r.stepId)];
        result = { response: r.optionId, extensions: { [`${EXT}:kg-co2e-per-year`]: r.kgPerYear } };
        break;
      case 'pledged':
      case 'unpledged':
        [v, object] = ['responded', stepActivity(r.stepId)];
        result = { response: pledgeKey(r.choice), extensions: { [`${EXT}:pledge`]: r.kind === 'pledged' ? 'made' : 'withdrawn' } };
        break;
      case 'lesson-completed':
        [v, object] = ['completed', lessonActivity];
        result = {
          completion: true, duration: duration(summary.last.activeMs),
          ...(r.maxScore > 0 ? { score: { raw: r.score, min: 0, max: r.maxScore, scaled: Math.max(-1, Math.min(1, r.score / r.maxScore)) } } : {}),
          extensions: { [`${EXT}:kg-co2e-per-year`]: r.footprintKgPerYear },
        };
        break;
      default:
        continue; // step-entered, went-back, visited: navigation, not learning records
    }
    const registration = summary.last.runId;
    out.push({
      id: e.id,
      actor: { objectType: 'Agent', account: { homePage, name: e.profileId } },
      verb: verb(v),
      object,
      ...(result ? { result } : {}),
      context: {
        ...(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(registration) ? { registration } : {}),
        platform: 'ClimateXR',
        contextActivities: {
          ...(object === lessonActivity ? {} : { parent: [{ objectType: 'Activity', id: lessonIri }] }),
          grouping: [{ objectType: 'Activity', id: XAPI_HOME }],
        },
        extensions: { [`${EXT}:device`]: e.deviceId, [`${EXT}:seq`]: e.seq, [`${EXT}:lesson-version`]: e.lessonVersion },
      },
      timestamp: new Date(e.at).toISOString(),
    });
  }
  return out;
}
