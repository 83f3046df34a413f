import type { Localized } from '../lesson/common.ts';
import type { Lesson } from '../lesson/schema.ts';
import { handlerFor } from '../runner/registry.ts';
import type { XapiVerb } from '../runner/types.ts';

/** The xAPI vocabulary ClimateXR uses: its IRIs, ADL verbs with Korean and English names, and activities. */
/**
 * The account home page of the pseudonymous actors. xAPI asks for an IRL (a URL); the app has no
 * server of its own, and the address it is served from changes between laptops and headsets, so this
 * is a fixed URL on the reserved `.invalid` domain (RFC 2606): valid, the same in every export, and
 * never resolved. An LRS admin can map it to their own system.
 */
export const XAPI_HOME = 'https://climatexr.invalid/';
export const EXT = 'urn:climatexr:xapi';

export const VERBS: Record<XapiVerb, { ko: string; en: string }> = {
  attempted: { ko: '시도함', en: 'attempted' },
  experienced: { ko: '경험함', en: 'experienced' },
  answered: { ko: '답함', en: 'answered' },
  interacted: { ko: '선택함', en: 'interacted' },
  responded: { ko: '약속함', en: 'responded' },
  completed: { ko: '완료함', en: 'completed' },
};
export type Verb = XapiVerb;

export const langMap = (text: Localized | undefined, fallback: string): Record<string, string> => {
  const map: Record<string, string> = {};
  if (text?.ko) map['ko-KR'] = text.ko;
  if (text?.en) map['en-US'] = text.en;
  return Object.keys(map).length ? map : { und: fallback };
};

export const verb = (v: Verb) => ({ id: `http://adlnet.gov/expapi/verbs/${v}`, display: { 'en-US': VERBS[v].en, 'ko-KR': VERBS[v].ko } });

/** ISO 8601 duration, e.g. PT754.2S. */
export const duration = (ms: number) => `PT${Math.round(ms / 100) / 10}S`;

/** A statement's object: described in `full` the first time an export names it, by id (`ref`) afterwards. */
export interface Activity {
  full: Record<string, unknown>;
  ref: Record<string, unknown>;
}

/** Activities are built once per lesson and step and shared between statements (an export holds many). */
export function activities(lessons: readonly Lesson[]) {
  const byId = new Map(lessons.map((l) => [l.id, l]));
  const lessonCache = new Map<string, Activity & { iri: string }>();
  const stepCache = new Map<string, Activity>();
  const lessonActivity = (lessonId: string) => {
    let a = lessonCache.get(lessonId);
    if (!a) {
      const iri = `${XAPI_HOME}:lesson:${encodeURIComponent(lessonId)}`;
      const full = { objectType: 'Activity', id: iri, definition: { name: langMap(byId.get(lessonId)?.title, lessonId), type: 'http://adlnet.gov/expapi/activities/lesson' } };
      lessonCache.set(lessonId, (a = { iri, full, ref: { objectType: 'Activity', id: iri } }));
    }
    return a;
  };
  const stepActivity = (lessonId: string, stepId: string) => {
    const key = `${lessonId}\u0000${stepId}`;
    let a = stepCache.get(key);
    if (!a) {
      const step = byId.get(lessonId)?.steps.find((s) => s.id === stepId);
      const title = step && ('title' in step ? step.title : 'question' in step ? step.question : undefined);
      // A question (a quiz, a sort) is an interaction of its type's kind.
      const kind = step && handlerFor(step).xapiInteraction?.(step);
      const interaction = kind ? { type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType: kind } : {};
      const id = `${lessonActivity(lessonId).iri}:step:${encodeURIComponent(stepId)}`;
      a = { full: { objectType: 'Activity', id, definition: { name: langMap(title as Localized | undefined, stepId), ...interaction } }, ref: { objectType: 'Activity', id } };
      stepCache.set(key, a);
    }
    return a;
  };
  return { lessonActivity, stepActivity };
}
