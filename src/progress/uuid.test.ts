import { afterEach, expect, test, vi } from 'vitest';
import { newId } from './uuid.ts';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

afterEach(() => vi.unstubAllGlobals());

test('ids are version-4 UUIDs, also where crypto.randomUUID is missing (a plain-http page)', () => {
  expect(newId()).toMatch(V4);
  const { getRandomValues } = crypto;
  vi.stubGlobal('crypto', { getRandomValues: getRandomValues.bind(crypto) });
  const ids = new Set(Array.from({ length: 1000 }, () => newId()));
  expect(ids.size).toBe(1000);
  for (const id of ids) expect(id).toMatch(V4);
});
