import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../lesson/common.ts';
import { en } from './en.ts';
import { ko } from './ko.ts';

const KEY = 'climatexr.lang';

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
  void i18next.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'ko',
    resources: { ko: { translation: ko }, en: { translation: en } },
    interpolation: { escapeValue: false }, // React escapes; text is never parsed as HTML
    returnNull: false,
  });
  return i18next;
}
