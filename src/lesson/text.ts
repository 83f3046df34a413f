import type { Language, Localized } from './common.ts';

/** The text in the wanted language, else in the other one, else "". Never HTML. */
export function pick(text: Localized | undefined, lang: Language): string {
  if (!text) return '';
  return text[lang] ?? text.ko ?? text.en ?? '';
}
