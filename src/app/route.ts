import { LANGUAGES, type Language } from '../lesson/constants.ts';

/** Hash routes, so a built site works on any static host and a teacher can share one URL per lesson. */
export type Route = { name: 'home' } | { name: 'lesson'; id: string } | { name: 'teacher' } | { name: 'missing'; hash: string };

/** `#/lesson/x?lang=en` → the path `/lesson/x` and its query. */
function split(hash: string): { path: string; query: URLSearchParams } {
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  return { path: (q < 0 ? raw : raw.slice(0, q)).replace(/\/+$/, '') || '/', query: new URLSearchParams(q < 0 ? '' : raw.slice(q + 1)) };
}

export function parseRoute(hash: string): Route {
  const { path } = split(hash);
  if (path === '/' || path === '') return { name: 'home' };
  if (path === '/teacher') return { name: 'teacher' };
  const m = /^\/lesson\/([a-z0-9][a-z0-9/_-]{0,127})$/.exec(path);
  if (m) return { name: 'lesson', id: m[1]! };
  return { name: 'missing', hash };
}

/** The language a shared link asks for (`?lang=en` in the hash), if it names one the app has. */
export function routeLanguage(hash: string): Language | null {
  const lang = split(hash).query.get('lang');
  return (LANGUAGES as readonly string[]).includes(lang ?? '') ? (lang as Language) : null;
}

/** A lesson's address; with `lang`, the link opens in that language (the teacher's QR codes use the lesson's first one). */
export function lessonHref(id: string, lang?: Language): string {
  return lang ? `#/lesson/${id}?lang=${lang}` : `#/lesson/${id}`;
}
