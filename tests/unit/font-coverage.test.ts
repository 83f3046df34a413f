import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import { SORT_WORDS } from '../../src/app/views/sort.ts';
import { bundles } from '../../src/i18n/all.ts';

/**
 * 3D text is drawn with assets/fonts/climatexr.woff only: a character missing from it would make its
 * label silently vanish (or, worse, make troika fetch a fallback font from a CDN). Every character of
 * every lesson and every UI string must be in the font.
 */
const fontkit = createRequire(import.meta.url)('fontkit') as { create(b: Buffer): unknown };
const font = fontkit.create(readFileSync('assets/fonts/climatexr.woff')) as unknown as { hasGlyphForCodePoint(c: number): boolean };

function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}

function lessonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? lessonFiles(join(dir, e.name)) : e.name.endsWith('.json') && e.name !== 'lesson.schema.json' ? [join(dir, e.name)] : []);
}

test('the local font has every character the lessons and the UI use', () => {
  const texts = [
    ...lessonFiles('lessons').flatMap((f) => strings(JSON.parse(readFileSync(f, 'utf8')))),
    ...strings(bundles().ko),
    ...strings(bundles().en),
    // Words a step type keeps beside its view model (the sort step's), as they read with sample values.
    ...Object.values(SORT_WORDS).flatMap((w) => Object.values(w).map((f) => (typeof f === 'string' ? f : (f as (...a: unknown[]) => string)('가', 'b', 1)))),
  ];
  const missing = new Set<string>();
  for (const t of texts) for (const ch of t) {
    const cp = ch.codePointAt(0)!;
    if (!/\s/.test(ch) && !font.hasGlyphForCodePoint(cp)) missing.add(`${ch} U+${cp.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  expect([...missing]).toEqual([]);
});
