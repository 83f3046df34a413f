import { READING } from '../limits.ts';
import { isObj, type Ctx } from './context.ts';

/** Which reading budget a text falls under, by the field that holds it. Texts not listed are not measured. */
const ROLE: Record<string, keyof typeof READING> = {
  body: 'panel', question: 'panel', explanation: 'panel', prompt: 'panel', feedback: 'panel', captions: 'panel',
  title: 'label', label: 'label', text: 'label', unit: 'label',
};

export const englishWords = (s: string): number => s.split(/\s+/).filter(Boolean).length;
/** Characters a reader reads: everything but spaces. */
export const koreanChars = (s: string): number => [...s.replace(/\s+/g, '')].length;

/** Texts too long to read comfortably in a headset, with the measure. */
export function checkReadability(ctx: Ctx): void {
  for (const { path, value: text } of ctx.texts()) {
    if (!isObj(text) || path[0] !== 'steps') continue;
    const field = [...path].reverse().find((p): p is string => typeof p === 'string' && p in ROLE);
    // An option's or caption's "text" is measured as what it is part of: a caption reads like a panel.
    const role = path.includes('captions') ? 'panel' : field ? ROLE[field] : undefined;
    if (!role) continue;
    const limit = READING[role];
    const where = role === 'panel' ? 'a panel' : 'a label';
    if (typeof text.en === 'string' && englishWords(text.en) > limit.enWords) {
      ctx.rep.at([...path, 'en'], 'long-text', `${englishWords(text.en)} words is long to read in a headset (${where} fits about ${limit.enWords}): shorten it or split it across steps`, 'warning');
    }
    if (typeof text.ko === 'string' && koreanChars(text.ko) > limit.koChars) {
      ctx.rep.at([...path, 'ko'], 'long-text', `${koreanChars(text.ko)} characters is long to read in a headset (${where} fits about ${limit.koChars}): shorten it or split it across steps`, 'warning');
    }
  }
}

/**
 * A no-break space anywhere but after a figure (where 3D text joins it to its unit: "1 m³" → "1m³")
 * would join two words in a headset.
 */
export function checkNoBreakSpaces(ctx: Ctx): void {
  for (const { path, value: text } of ctx.texts()) {
    if (!isObj(text)) continue;
    for (const [lang, value] of Object.entries(text)) {
      if (typeof value !== 'string' || !value.includes('\u00a0')) continue;
      const stray = /(^|[^\d])\u00a0|\u00a0(\s|$)/u.exec(value);
      if (!stray) continue;
      const around = value.slice(Math.max(0, stray.index - 8), stray.index + 10).replace(/\u00a0/g, '\\u00a0');
      ctx.rep.at([...path, lang], 'stray-no-break-space', `a no-break space not after a number ("…${around}…"): in 3D the words on either side would be written together; use it only between a number and its unit, e.g. "1\\u00a0m³"`, 'warning');
    }
  }
}
