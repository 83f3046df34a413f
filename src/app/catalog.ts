import { loadLesson, type LoadResult } from '../lesson/load.ts';

/**
 * Every lesson file under lessons/, bundled as raw text so the loader can point at lines and a broken
 * file never breaks the build. Each file is its own lazy chunk: opening one lesson loads only it.
 */
const files = import.meta.glob<string>(['/lessons/**/*.json', '!/lessons/lesson.schema.json'], { query: '?raw', import: 'default' });

export interface CatalogEntry {
  /** Path from the project root, e.g. "lessons/my-carbon-day.json". */
  file: string;
  /** The route id: the path under lessons/ without ".json", e.g. "my-carbon-day" or "examples/quiz". */
  id: string;
}

export const catalog: CatalogEntry[] = Object.keys(files)
  .map((key) => ({ file: key.slice(1), id: key.replace(/^\/lessons\//, '').replace(/\.json$/, '') }))
  .sort((a, b) => Number(a.id.includes('/')) - Number(b.id.includes('/')) || a.id.localeCompare(b.id));

export interface LoadedEntry extends CatalogEntry {
  result: LoadResult;
}

export async function loadEntry(entry: CatalogEntry, text?: string): Promise<LoadedEntry> {
  const raw = text ?? (await files[`/${entry.file}`]!());
  return { ...entry, result: loadLesson(raw, entry.file) };
}

export function findEntry(id: string): CatalogEntry | undefined {
  return catalog.find((e) => e.id === id);
}
