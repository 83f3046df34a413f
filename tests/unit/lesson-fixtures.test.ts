/**
 * Every broken and old-format fixture, checked against the exact lines `npm run lessons:check` prints
 * (NAME.expected.txt beside it). Set UPDATE_FIXTURES=1 to rewrite them, then read the diff.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, jsonFiles, load, readText, render } from './lesson-helpers.ts';

for (const group of ['broken', 'old']) {
  describe(`lesson fixtures: ${group}/`, () => {
    for (const name of jsonFiles(join(FIXTURES, group)).filter((f) => !f.endsWith('.v1.json'))) {
      it(name, () => {
        const actual = render(name, load(readText(join(FIXTURES, group, name)), name));
        const expectedFile = join(FIXTURES, group, name.replace(/\.json$/, '.expected.txt'));
        if (process.env.UPDATE_FIXTURES || !existsSync(expectedFile)) writeFileSync(expectedFile, actual);
        expect(actual).toBe(readText(expectedFile));
      });
    }
  });
}
