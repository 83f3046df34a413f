import type { Language } from '../lesson/common.ts';
import { en } from './en.ts';
import { ko } from './ko.ts';
import { translateIn, type Bundle, type Params } from './translate.ts';

const KEY = 'climatexr.lang';

/**
 * Each area of the UI keeps its strings beside the core ones, in `src/i18n/<area>-ko.ts` and
 * `<area>-en.ts`, each with a default export of its own top-level keys (e.g. `{ teacher: {…} }`).
 * They are merged here; tests/unit/i18n.test.ts checks that ko and en have the same keys.
 */
const extraKo = import.meta.glob<Record<string, Bundle>>('./*-ko.ts', { eager: true });
const extraEn = import.meta.glob<Record<string, Bundle>>('./*-en.ts', { eager: true });

/** A bundle module's strings: its default export, or else each of its named exports. */
const contents = (mods: Record<string, Record<string, Bundle>>): Bundle[] =>
  Object.values(mods).flatMap((m) => (m.default ? [m.default] : Object.values(m)));

export function bundles(): { ko: Bundle; en: Bundle } {
  return {
    ko: Object.assign({}, ko, ...contents(extraKo)),
    en: Object.assign({}, en, ...contents(extraEn)),
  };
}

/** The language the student chose last time on this device; Korean by default. */
export function savedLanguage(): Language {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'ko';
  } catch {
    return 'ko';
  }
}

// The page's one language, and a lookup per language (Korean is the fallback for a missing English key).
let language: Language = 'ko';
let lookups: Record<Language, ReturnType<typeof translateIn>> | null = null;
const listeners = new Set<() => void>();

function table() {
  if (!lookups) {
    const b = bundles();
    lookups = { ko: translateIn(b.ko, 'ko'), en: translateIn(b.en, 'en', b.ko, 'ko') };
  }
  return lookups;
}

export const currentLanguage = (): Language => language;

/** A UI string in the current language, or in `lang`; `ns` is a key prefix (see translate.ts). */
export function translate(key: string, params?: Params, ns?: string, lang: Language = language): string {
  return table()[lang](key, params, ns);
}

/** Calls `listener` after every language change; returns the unsubscribe. */
export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Switches the UI strings (and the page's `lang`) to `lang`, without remembering it. */
export function setI18nLanguage(lang: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  if (lang === language) return;
  language = lang;
  for (const l of [...listeners]) l();
}

export function rememberLanguage(lang: Language): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Private mode or storage refused: the choice lasts until the page closes.
  }
  setI18nLanguage(lang);
}

export function initI18n(lang: Language): void {
  setI18nLanguage(lang);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}
