import { rememberLanguage } from '../i18n/index.ts';
import type { Language } from '../lesson/common.ts';
import { setLanguage } from './store.ts';

/**
 * The student's (or a link's) language: remembered on this device, its UI strings fetched, then the
 * page's strings and the lesson text switch together. Resolves false, leaving the page as it was, if
 * the strings cannot be fetched (the service worker normally has them).
 */
export function chooseLanguage(lang: Language): Promise<boolean> {
  return rememberLanguage(lang).then(
    () => {
      setLanguage(lang);
      return true;
    },
    () => false,
  );
}
