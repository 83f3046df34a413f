import type { Language } from '../lesson/common.ts';
import { translateIn, type Bundle, type Params } from './translate.ts';

const KEY = 'climatexr.lang';

/** The language the student chose last time on this device; Korean by default. */
export function savedLanguage(): Language {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'ko';
  } catch {
    return 'ko';
  }
}

// Each language's strings are a chunk of their own (strings.<lang>.ts), fetched when first needed:
// the first frame carries one language, and the other comes when a student switches. The teacher's
// desk adds its own strings (desk.<lang>.ts), fetched with the desk and for each language after.
type Area = 'core' | 'desk';
const loaders: Record<Area, Record<Language, () => Promise<{ strings: Bundle }>>> = {
  core: { ko: () => import('./strings.ko.ts'), en: () => import('./strings.en.ts') },
  desk: { ko: () => import('./desk.ko.ts'), en: () => import('./desk.en.ts') },
};
const areas = new Set<Area>(['core']);
const loaded: Record<Area, Partial<Record<Language, Bundle>>> = { core: {}, desk: {} };
const lookups: Partial<Record<Language, ReturnType<typeof translateIn>>> = {};
let language: Language = 'ko';
let wanted: Language = 'ko';
const listeners = new Set<() => void>();

const bundleOf = (lang: Language): Bundle | undefined =>
  loaded.core[lang] && Object.assign({}, loaded.core[lang], ...[...areas].map((a) => loaded[a][lang] ?? {}));

/** Fetches a language's strings, for every area in use (once each); rejects only if a chunk cannot be fetched. */
export async function loadLanguage(lang: Language): Promise<void> {
  await Promise.all([...areas].map(async (a) => {
    loaded[a][lang] ??= (await loaders[a][lang]()).strings;
  }));
  // A missing English key falls back to Korean once Korean is here (tests keep the keys equal).
  const ko = bundleOf('ko');
  for (const l of ['ko', 'en'] as const) {
    const b = bundleOf(l);
    if (b) lookups[l] = translateIn(b, l, l === 'ko' ? undefined : ko, 'ko');
  }
}

/** The teacher's desk's strings, in the current language and in any the page switches to later. */
export async function loadDeskStrings(): Promise<void> {
  areas.add('desk');
  await loadLanguage(language);
}

export const currentLanguage = (): Language => language;

/** A UI string in the current language, or in `lang`; `ns` is a key prefix (see translate.ts). */
export function translate(key: string, params?: Params, ns?: string, lang: Language = language): string {
  const lookup = lookups[lang] ?? lookups[language];
  return lookup ? lookup(key, params, ns) : key;
}

/** Calls `listener` after every language change; returns the unsubscribe. */
export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function show(lang: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  if (lang === language) return;
  language = lang;
  for (const l of [...listeners]) l();
}

/**
 * Switches the UI strings (and the page's `lang`) to `lang` as soon as its strings are here; the
 * last call wins if several are in flight. Rejects if that language's strings cannot be fetched
 * (the page keeps the language it has).
 */
export async function setI18nLanguage(lang: Language): Promise<void> {
  wanted = lang;
  await loadLanguage(lang);
  if (wanted === lang) show(lang);
}

/** Remembers the student's choice on this device and switches to it. */
export function rememberLanguage(lang: Language): Promise<void> {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Private mode or storage refused: the choice lasts until the page closes.
  }
  return setI18nLanguage(lang);
}

/** Before the first render: the page's language, with its strings loaded. */
export const initI18n = (lang: Language): Promise<void> => setI18nLanguage(lang);
