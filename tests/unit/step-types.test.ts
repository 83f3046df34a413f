/**
 * A step type is its own modules (ARCHITECTURE.md "A step type is its own modules"): every type of the
 * table has its runner handler, a 3D and a DOM component found by their names, and an example lesson;
 * each record kind is written by exactly one type; and a resume rebuilds exactly the state play left,
 * through the same runner code, for every built-in lesson.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../src/lesson/load.ts';
import type { Lesson } from '../../src/lesson/schema.ts';
import { STEP_KINDS, STEP_TYPES } from '../../src/lesson/steps/index.ts';
import { savedState } from '../../src/progress/replay.ts';
import { HANDLERS } from '../../src/runner/registry.ts';
import { autoplay, seeded } from '../../scripts/bench/class/autoplay.ts';
import { lessonFiles } from '../../scripts/lessons-check.ts';
import { LESSONS } from './lesson-helpers.ts';

const ROOT = join(import.meta.dirname, '../..');
const Cap = (t: string) => t[0]!.toUpperCase() + t.slice(1);

describe('every step type', () => {
  it.each(STEP_TYPES)('%s has its modules, components found by name, and an example lesson', (type) => {
    expect(existsSync(join(ROOT, `src/lesson/steps/${type}.ts`))).toBe(true);
    expect(existsSync(join(ROOT, `src/runner/steps/${type}.ts`))).toBe(true);
    for (const [dir, suffix] of [['scene', '3D'], ['ui', 'Dom']] as const) {
      const file = join(ROOT, `src/${dir}/steps/${Cap(type)}${suffix}.tsx`);
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file, 'utf8')).toMatch(new RegExp(`export function ${Cap(type)}${suffix}\\b`));
    }
    expect(existsSync(join(LESSONS, `examples/example-${type}.json`))).toBe(true);
  });

  it('writes the records its schema module lists, and no record kind has two owners', () => {
    const owners = new Map<string, string>();
    for (const type of STEP_TYPES) {
      const listed = STEP_KINDS[type].records.map((r) => r.shape.kind.value as string);
      expect([...HANDLERS[type].records].sort(), type).toEqual([...listed].sort());
      for (const kind of listed) {
        expect(owners.get(kind), kind).toBeUndefined();
        owners.set(kind, type);
      }
    }
  });
});

const lessons: Lesson[] = lessonFiles(LESSONS).map((f) => {
  const r = loadLesson(readFileSync(f, 'utf8'), f);
  if (!r.ok) throw new Error(`${f} does not load`);
  return r.lesson;
});

describe('a resume rebuilds the state play left', () => {
  it.each(lessons.map((l) => [l.id, l] as const))('%s, 40 students each doing something else (wrong answers, going back, leaving half-way)', (_id, lesson) => {
    for (let seed = 1; seed <= 40; seed++) {
      const rand = seeded(seed);
      const band = lesson.ageBands[seed % lesson.ageBands.length]!;
      const played = autoplay(lesson, band, rand, { skill: rand(), steps: Math.floor(rand() * lesson.steps.length * 1.5) });
      const records = played.batches.flat();
      expect(savedState(lesson, records), `seed ${seed}`).toEqual(played.state);
    }
  });
});
