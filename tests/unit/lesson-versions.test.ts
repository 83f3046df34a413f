import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../src/lesson/load.ts';
import { migrate, MIGRATIONS } from '../../src/lesson/migrations/index.ts';
import { FORMAT_VERSION } from '../../src/lesson/schema.ts';
import { codes, FIXTURES, LESSONS, problemsOf, readText } from './lesson-helpers.ts';

const old = (name: string) => readText(join(FIXTURES, 'old', name));

describe('lesson format versions', () => {
  it('has one numbered migration for every format before the current one', () => {
    expect(MIGRATIONS.length).toBe(FORMAT_VERSION);
  });

  it('says in a sentence when a lesson is newer than the app', () => {
    const r = loadLesson('{\n  "formatVersion": 3,\n  "steps": "from the future"\n}');
    expect(problemsOf(r)).toEqual([
      { line: 2, column: 20, path: 'formatVersion', code: 'too-new', severity: 'error', message: 'this lesson is written for lesson format 3; this app reads up to 1: update the app' },
    ]);
  });

  it('migrates a format-0 lesson to exactly its hand-written format-1 twin, with a warning', () => {
    const r0 = loadLesson(old('v0-monolingual.json'));
    const r1 = loadLesson(old('v0-monolingual.v1.json'));
    expect(r1).toEqual({ ok: true, lesson: expect.anything(), warnings: [] });
    expect(r0.ok && r1.ok && r0.lesson).toEqual(r1.ok && r1.lesson);
    expect(codes(r0)).toEqual(['old-format']);
    expect(problemsOf(r0)[0]!.message).toMatch(/^this lesson is written for lesson format 0; the app reads it by migrating it to format 1/);
  });

  it('reads "formatVersion": 0 as format 0', () => {
    const r = loadLesson(old('v0-format-zero.json'));
    expect(r.ok).toBe(true);
    expect(r.ok && r.lesson.title).toEqual({ ko: '물 아껴 쓰기' });
    expect(problemsOf(r)).toMatchObject([{ code: 'old-format', path: 'formatVersion', line: 3 }]);
  });

  it('locates problems of a migrated lesson where they are in the old file', () => {
    const problems = problemsOf(loadLesson(old('v0-bilingual.json')));
    // `text` became `body`: the problem points at `text`, where the author will look.
    expect(problems.find((p) => p.code === 'missing-language' && p.path.startsWith('steps'))).toMatchObject({ path: 'steps[0].text', line: 11 });
    expect(problems.find((p) => p.code === 'unknown-key')).toMatchObject({ path: 'steps[1].text.fr' });
    // A plain-string title became { "ko": … }: the missing English is reported at the string.
    expect(problems.find((p) => p.path === 'title')).toMatchObject({ code: 'missing-language', line: 5 });
  });

  it('migrates without changing its input', () => {
    const input = JSON.parse(old('v0-monolingual.json')) as Record<string, unknown>;
    const before = structuredClone(input);
    migrate(input, 0);
    expect(input).toEqual(before);
  });

  it('refuses a formatVersion that is not a whole number, and reads the rest as the current format', () => {
    const text = readText(join(LESSONS, 'examples/example-summary.json')).replace('"formatVersion": 1', '"formatVersion": 1.5');
    expect(codes(loadLesson(text))).toEqual(['invalid-value']);
  });
});
