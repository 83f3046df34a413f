/**
 * The lesson format's world: a lesson-level `world` that steps change field by field. The
 * exact messages with line and column are pinned by tests/fixtures/lessons/broken/world-*.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { lessonJsonSchema } from '../../src/lesson/json-schema.ts';
import { Lesson } from '../../src/lesson/schema.ts';
import { codes, FIXTURES, load, problemsOf, readText } from './lesson-helpers.ts';

const Ajv2020 = ((Ajv2020Module as unknown as { default?: typeof Ajv2020Module }).default ?? Ajv2020Module);
const validate = new Ajv2020({ strict: true }).compile(lessonJsonSchema());

const t = (s: string) => ({ ko: s, en: s });
function lesson(world: unknown, stepWorld?: unknown): Record<string, unknown> {
  return {
    id: 'w', formatVersion: 1, version: '1.0.0', title: t('W'), summary: t('S'), languages: ['ko', 'en'], ageBands: ['middle'],
    minutes: 5, objectives: [t('o')], ...(world === undefined ? {} : { world }),
    steps: [{ id: 'a', type: 'narration', title: t('A'), body: t('A'), ...(stepWorld === undefined ? {} : { world: stepWorld }) }],
  };
}

describe('world in the lesson format', () => {
  it('a lesson world needs a place; time, weather and built default to noon, clear and nothing', () => {
    const parsed = Lesson.parse(lesson({ place: 'street' }));
    expect(parsed.world).toEqual({ place: 'street', time: 'noon', weather: 'clear', built: [] });
    expect(Lesson.safeParse(lesson({ time: 'night' })).success).toBe(false);
    // A lesson without a world is still a lesson (its scene steps' environments decide).
    expect(Lesson.parse(lesson(undefined)).world).toBeUndefined();
  });

  it('a step may give any of the fields, and only those', () => {
    const parsed = Lesson.parse(lesson({ place: 'home' }, { time: 'night', built: ['trees'] }));
    expect(parsed.steps[0]!.world).toEqual({ time: 'night', built: ['trees'] });
    expect(Lesson.safeParse(lesson({ place: 'home' }, {})).success).toBe(true);
    expect(Lesson.safeParse(lesson({ place: 'home' }, { colour: 'red' })).success).toBe(false);
  });

  it('the JSON Schema agrees with the app on worlds an editor would underline', () => {
    const cases: [unknown, unknown, boolean][] = [
      [{ place: 'water-plant', time: 'dawn', weather: 'storm', built: ['wind-turbines'] }, { weather: 'rain' }, true],
      [{ place: 'hot-block' }, { place: 'city-square', built: [] }, true],
      [{ place: 'streat' }, undefined, false],
      [{ place: 'street', weather: 'snow' }, undefined, false],
      [{ place: 'street' }, { time: 7 }, false],
      [{ place: 'street' }, { built: ['solar-panels'] }, false],
      [{ place: 'street', wether: 'rain' }, undefined, false],
    ];
    for (const [world, stepWorld, ok] of cases) {
      const l = lesson(world, stepWorld);
      expect(Lesson.safeParse(l).success, JSON.stringify([world, stepWorld])).toBe(ok);
      expect(validate(l), JSON.stringify([world, stepWorld])).toBe(ok);
    }
  });

  it('bad values are errors at their line and column, with the words that would do', () => {
    const r = load(readText(join(FIXTURES, 'broken/world-values.json')), 'world-values.json');
    expect(r.ok).toBe(false);
    const at = (path: string) => problemsOf(r).find((p) => p.path === path);
    expect(at('world.place')).toMatchObject({ line: 12, column: 23, severity: 'error' });
    expect(at('world.place')?.message).toContain('did you mean "street"?');
    expect(at('steps[0].world.weather')).toMatchObject({ line: 19, column: 29, severity: 'error' });
    expect(at('steps[1].world.time')).toMatchObject({ line: 26, column: 26, severity: 'error' });
  });

  it('worlds that run but hide what was written are warnings', () => {
    const r = load(readText(join(FIXTURES, 'broken/world-warnings.json')), 'world-warnings.json');
    expect(r.ok).toBe(true);
    expect(codes(r).sort()).toEqual(['environment-ignored', 'feature-indoors', 'repeated-feature', 'world-on-branch']);
  });

  it('every ICEC lesson has a world and names no environment it would ignore', () => {
    for (const id of ['my-carbon-day', 'clean-water-journey', 'hot-city-green-city', 'me-to-my-city']) {
      const r = load(readFileSync(new URL(`../../lessons/${id}.json`, import.meta.url), 'utf8'), `${id}.json`, {});
      expect(r.ok, id).toBe(true);
      if (!r.ok) continue;
      expect(r.lesson.world, id).toBeDefined();
      expect(codes(r).filter((c) => c.startsWith('environment') || c.includes('world') || c.includes('feature')), id).toEqual([]);
    }
  });
});
