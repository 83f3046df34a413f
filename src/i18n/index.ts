import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../lesson/common.ts';
import { en } from './en.ts';
import { ko } from './ko.ts';

const KEY = 'climatexr.lang';

type Bundle = Record<string, unknown>;
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

export function rememberLanguage(lang: Language): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Private mode or storage refused: the choice lasts until the page closes.
  }
  document.documentElement.lang = lang;
  void i18next.changeLanguage(lang);
}

export function initI18n(lang: Language): typeof i18next {
  document.documentElement.lang = lang;
  const b = bundles();
  void i18next.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'ko',
    // Each top-level key is also its own namespace: t('teacher.title') and useTranslation('teacher') both work.
    resources: { ko: { translation: b.ko, ...b.ko }, en: { translation: b.en, ...b.en } },
    interpolation: { escapeValue: false }, // React renders text nodes; nothing is parsed as HTML
    returnNull: false,
  });
  return i18next;
}
