import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { checkFiles } from '../../scripts/lessons-check.ts';
import { LESSONS } from './lesson-helpers.ts';

// A lesson folder as an author would share it: the lesson file and its own pictures beside it.
const dir = mkdtempSync(join(tmpdir(), 'climatexr-beside-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const narration = readFileSync(join(LESSONS, 'examples/example-narration.json'), 'utf8');

test('the checker finds "./" pictures beside the lesson file, and says where a missing one should be', () => {
  mkdirSync(join(dir, 'pictures'));
  writeFileSync(join(dir, 'pictures/greenhouse-effect.png'), readFileSync(join(LESSONS, 'examples/pictures/greenhouse-effect.png')));
  const good = join(dir, 'example-narration.json');
  writeFileSync(good, narration);
  expect(checkFiles([good]).lines.filter((l) => l.includes('error'))).toEqual([]);

  // The same path from a lesson in another folder names a file that is not there.
  mkdirSync(join(dir, 'elsewhere'));
  const moved = join(dir, 'elsewhere/example-narration.json');
  writeFileSync(moved, narration);
  const errors = checkFiles([moved]).lines.filter((l) => l.includes('error:'));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/example-narration\.json:\d+:\d+: error: steps\[1\]\.image\.src: no file \.\/pictures\/greenhouse-effect\.png \(beside the lesson file\): add it there/);
});
