import { expect, test } from 'vitest';
import { bundles } from '../../src/i18n/all.ts';

/** Every key path of a nested strings object, with the plural suffixes (_one, _other…) folded together. */
function keys(o: unknown, prefix = ''): string[] {
  if (typeof o !== 'object' || o === null) return [prefix.replace(/_(zero|one|two|few|many|other)$/, '')];
  return Object.entries(o).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

test('Korean and English UI strings have the same keys, in every bundle', () => {
  const { ko, en } = bundles();
  const k = new Set(keys(ko));
  const e = new Set(keys(en));
  expect([...k].filter((x) => !e.has(x))).toEqual([]);
  expect([...e].filter((x) => !k.has(x))).toEqual([]);
});

test('no UI string is empty', () => {
  const { ko, en } = bundles();
  const empty = (o: unknown, path: string): string[] =>
    typeof o === 'string' ? (o.trim() ? [] : [path]) : Object.entries(o as object).flatMap(([k, v]) => empty(v, `${path}.${k}`));
  expect([...empty(ko, 'ko'), ...empty(en, 'en')]).toEqual([]);
});
