import type { Json, Migration } from './types.ts';

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Format 0 (the pilot lessons of 2025) had no `formatVersion`, was written in one `language`, gave
 * titles, the summary and objectives as plain strings in that language, and put a step's main text
 * in `text` where format 1 has `body`.
 */
export const v0ToV1: Migration = {
  summary: '`formatVersion` added; `language` → `languages`; plain-string titles, summary and objectives → { lang: text }; step `text` → `body`.',
  up(old, renamed) {
    const { formatVersion: _drop, language, ...rest } = old;
    const lesson: Json = { ...rest, formatVersion: 1 };
    if (typeof language === 'string' && !Object.hasOwn(lesson, 'languages')) {
      lesson.languages = [language];
      renamed(['languages'], ['language']);
    }
    const langs = lesson.languages;
    const lang = Array.isArray(langs) && typeof langs[0] === 'string' ? langs[0] : 'ko';
    const localize = (v: unknown): unknown => (typeof v === 'string' ? { [lang]: v } : v);
    for (const key of ['title', 'summary']) if (Object.hasOwn(lesson, key)) lesson[key] = localize(lesson[key]);
    if (Array.isArray(lesson.objectives)) lesson.objectives = lesson.objectives.map(localize);
    if (Array.isArray(lesson.steps)) {
      lesson.steps = lesson.steps.map((step, i) => {
        if (!isObj(step)) return step;
        const { text, ...s } = step;
        if (Object.hasOwn(s, 'title')) s.title = localize(s.title);
        if (text !== undefined && !Object.hasOwn(s, 'body')) {
          s.body = localize(text);
          renamed(['steps', i, 'body'], ['steps', i, 'text']);
        } else if (text !== undefined) s.text = text;
        return s;
      });
    }
    return lesson;
  },
};
