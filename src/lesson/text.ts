import type { Language, Localized } from './common.ts';

/** The text in the wanted language, else in the other one, else "". Never HTML. */
/** A text that may be the same in every language (a plain string) or given per language. */
export function pickPlain(text: string | Localized | undefined, lang: Language): string {
  return typeof text === 'string' ? text : pick(text, lang);
}

export function pick(text: Localized | undefined, lang: Language): string {
  if (!text) return '';
  return text[lang] ?? text.ko ?? text.en ?? '';
}
