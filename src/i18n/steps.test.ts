import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import en from './steps-en.ts';
import ko from './steps-ko.ts';

type Tree = { [k: string]: string | Tree };
function leaves(t: Tree, prefix = ''): [string, string][] {
  return Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}

test('the step strings have the same keys and placeholders in Korean and English', () => {
  const k = new Map(leaves(ko));
  const e = new Map(leaves(en));
  expect([...k.keys()].sort()).toEqual([...e.keys()].sort());
  const params = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
  for (const [key, text] of k) expect(params(text), key).toEqual(params(e.get(key)!));
});

test('every character the footprint, pledge and summary steps draw in 3D is in the local font', () => {
  const fontkit = createRequire(import.meta.url)('fontkit') as { create(b: Buffer): { hasGlyphForCodePoint(c: number): boolean } };
  const font = fontkit.create(readFileSync(new URL('../../assets/fonts/climatexr.woff', import.meta.url)));
  // The strings, and the marks the 3D components add themselves (check, cross, remove, arrows, quotes, bullets).
  const text = [...leaves(ko), ...leaves(en)].map(([, v]) => v.replace(/{{\w+}}/g, '')).join('') + '✓✗×◀▶“”•…';
  const missing = [...new Set(text)].filter((c) => c.trim() && !font.hasGlyphForCodePoint(c.codePointAt(0)!));
  expect(missing).toEqual([]);
});
