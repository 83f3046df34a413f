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
