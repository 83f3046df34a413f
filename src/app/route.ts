/** Hash routes, so a built site works on any static host and a teacher can share one URL per lesson. */
export type Route = { name: 'home' } | { name: 'lesson'; id: string } | { name: 'teacher' } | { name: 'missing'; hash: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '') || '/';
  if (path === '/' || path === '') return { name: 'home' };
  if (path === '/teacher') return { name: 'teacher' };
  const m = /^\/lesson\/([a-z0-9][a-z0-9/_-]{0,127})$/.exec(path);
  if (m) return { name: 'lesson', id: m[1]! };
  return { name: 'missing', hash };
}

export function lessonHref(id: string): string {
  return `#/lesson/${id}`;
}
