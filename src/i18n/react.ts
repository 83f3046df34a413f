import { useCallback, useSyncExternalStore } from 'react';
import type { Language } from '../lesson/common.ts';
import { currentLanguage, onLanguageChange, setI18nLanguage, translate } from './index.ts';
import type { Params } from './translate.ts';

/**
 * The UI strings in React: `const { t } = useTranslation('teacher')` then `t('title')`, re-rendered
 * when the language changes; `i18n.language` is the current language.
 */
export function useTranslation(ns?: string) {
  const language: Language = useSyncExternalStore(onLanguageChange, currentLanguage, currentLanguage);
  const t = useCallback((key: string, params?: Params) => translate(key, params, ns, language), [language, ns]);
  return { t, i18n: { language, changeLanguage: setI18nLanguage } };
}
