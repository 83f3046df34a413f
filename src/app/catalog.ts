import type { LoadResult } from '../lesson/load.ts';

/**
 * Every lesson file under lessons/, checked at build time (scripts/lesson-modules-plugin.ts): each is
 * its own lazy chunk holding the loader's result, so opening one lesson loads only it, a broken file
 * never breaks the build or the other lessons, and the app carries no validator.
 */
const shipped = import.meta.glob<LoadResult>(['/lessons/**/*.json', '!/lessons/lesson.schema.json'], { query: '?lesson', import: 'default' });
// Browser tests build with VITE_TEST_LESSONS=1 to add hostile lessons (tests/fixtures/app-lessons/), as "tests/<name>".
const testing = import.meta.env.VITE_TEST_LESSONS
  ? import.meta.glob<LoadResult>('/tests/fixtures/app-lessons/*.json', { query: '?lesson', import: 'default' })
  : {};
const files = { ...shipped, ...testing };

export interface CatalogEntry {
  /** Path from the project root, e.g. "lessons/my-carbon-day.json". */
  file: string;
  /** The route id: the path under lessons/ without ".json", e.g. "my-carbon-day" or "examples/quiz". */
  id: string;
}

export const catalog: CatalogEntry[] = Object.keys(files)
  .map((key) => ({ file: key.slice(1), id: key.replace(/^\/lessons\//, '').replace(/^\/tests\/fixtures\/app-lessons\//, 'tests/').replace(/\.json$/, '') }))
  .sort((a, b) => Number(a.id.includes('/')) - Number(b.id.includes('/')) || a.id.localeCompare(b.id));

export interface LoadedEntry extends CatalogEntry {
  result: LoadResult;
}

/** The checked lesson; `result` replaces it (live preview hands in a freshly checked file). */
export async function loadEntry(entry: CatalogEntry, result?: LoadResult): Promise<LoadedEntry> {
  return { ...entry, result: result ?? (await files[`/${entry.file}`]!()) };
}

/**
 * Why a lesson chunk could not be fetched: 'offline' when the device has no network (and no saved copy
 * answered), otherwise 'server' (the laptop serving the class stopped, or the address is wrong).
 */
export type LoadFailureKind = 'offline' | 'server';

export interface FailedEntry extends CatalogEntry {
  failed: LoadFailureKind;
}

export function loadFailureKind(online: boolean = typeof navigator === 'undefined' || navigator.onLine): LoadFailureKind {
  return online ? 'server' : 'offline';
}

/** The i18n key of the sentence for a lesson that could not be fetched. */
export function loadFailureKey(kind: LoadFailureKind): 'errors.lessonOffline' | 'errors.lessonFailed' {
  return kind === 'offline' ? 'errors.lessonOffline' : 'errors.lessonFailed';
}

/**
 * loadEntry that never rejects: a chunk that cannot be fetched becomes a FailedEntry the screens show
 * with a sentence and a Retry (calling this again fetches again; Chromium does not keep failed imports).
 */
export async function tryLoadEntry(entry: CatalogEntry): Promise<LoadedEntry | FailedEntry> {
  try {
    return await loadEntry({ file: entry.file, id: entry.id }); // not a FailedEntry's `failed`
  } catch {
    return { file: entry.file, id: entry.id, failed: loadFailureKind() };
  }
}

export function isFailed(e: LoadedEntry | FailedEntry): e is FailedEntry {
  return 'failed' in e;
}

export function findEntry(id: string): CatalogEntry | undefined {
  return catalog.find((e) => e.id === id);
}
