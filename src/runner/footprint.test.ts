import { describe, expect, test } from 'vitest';
import { Lesson, type LessonInput } from '../lesson/schema.ts';
import type { FootprintStep } from '../lesson/steps/footprint.ts';
import {
  benchmarkShares, chosenOption, comparisonBars, consequenceLevel, footprintSummary, kgPerUnit, niceCeil, optionKgPerYear,
  stepMaxKgPerYear, unitsFor,
} from './footprint.ts';
import { start, transition } from './runner.ts';
import type { RunnerState } from './types.ts';

const t = (ko: string) => ({ ko, en: ko });
const option = (id: string, quantity: number, factor: number) => ({ id, label: t(id), quantity, unit: t('km'), factor, source: 'src' });
const fp = (id: string, options: ReturnType<typeof option>[], timesPerYear = 100) =>
  ({ id, type: 'footprint' as const, title: t(id), prompt: t(id), options, timesPerYear, consequence: 'balloons' as const });

function lesson(extra: Partial<LessonInput> = {}): Lesson {
  return Lesson.parse({
    id: 'l', formatVersion: 1, version: '1.0.0', title: t('L'), summary: t('S'), languages: ['ko', 'en'],
    ageBands: ['middle'], minutes: 5, objectives: [t('o')],
    sources: [{ id: 'src', title: 'T', publisher: 'P', year: 2024 }],
    benchmarks: [
      { id: 'avg', label: t('avg'), kgPerYear: 1000, source: 'src' },
      { id: 'target', label: t('target'), kgPerYear: 250, source: 'src' },
    ],
    steps: [
      fp('travel', [option('walk', 4, 0), option('bus', 4, 0.1), option('car', 4, 0.2)]),
      fp('food', [option('beef', 1, 5), option('tofu', 1, 0.5)], 10),
      { id: 'end', type: 'summary', title: t('end') },
    ],
    ...extra,
  });
}
const choose = (l: Lesson, s: RunnerState, optionId: string) => transition(l, s, { type: 'choose', optionId }).state;
const next = (l: Lesson, s: RunnerState) => transition(l, s, { type: 'next' }).state;
const stepOf = (l: Lesson, id: string) => l.steps.find((s) => s.id === id) as FootprintStep;

describe('footprint arithmetic', () => {
  test('the total is the sum of quantity × factor × times a year over the choices made', () => {
    const l = lesson();
    let s = choose(l, start(l, 'middle').state, 'car');
    expect(footprintSummary(l, s).totalKgPerYear).toBeCloseTo(4 * 0.2 * 100);
    s = choose(l, next(l, s), 'beef');
    const f = footprintSummary(l, s);
    expect(f.totalKgPerYear).toBeCloseTo(80 + 50);
    // Beef → tofu saves 45 a year, car → walk 80: the car comes first.
    expect(f.biggestSavings.map((x) => [x.stepId, x.bestOptionId, Math.round(x.savingKgPerYear)])).toEqual([['travel', 'walk', 80], ['food', 'tofu', 45]]);
    expect(benchmarkShares(l, f.totalKgPerYear).map((b) => b.share)).toEqual([0.13, 0.52]);
  });

  test('a step scales its consequence by its own highest option', () => {
    const l = lesson();
    const travel = stepOf(l, 'travel');
    let s = start(l, 'middle').state;
    expect(chosenOption(travel, s)).toBeUndefined();
    expect(consequenceLevel(travel, s)).toBe(0);
    expect(stepMaxKgPerYear(travel)).toBeCloseTo(80);
    s = choose(l, s, 'bus');
    expect(consequenceLevel(travel, s)).toBeCloseTo(0.5);
    s = choose(l, s, 'walk');
    expect(consequenceLevel(travel, s)).toBe(0);
  });

  test('a step where every option is zero has level 0, not NaN', () => {
    const l = lesson({ steps: [fp('z', [option('a', 1, 0), option('b', 2, 0)])] });
    const s = choose(l, start(l, 'middle').state, 'b');
    expect(consequenceLevel(stepOf(l, 'z'), s)).toBe(0);
    expect(kgPerUnit(stepOf(l, 'z'), 20)).toBe(1);
  });

  test('niceCeil rounds up to 1, 2 or 5 times a power of ten', () => {
    expect([0.03, 0.7, 1, 1.2, 2, 3, 6.08, 10, 11, 181.55, 1e6].map(niceCeil)).toEqual([0.05, 1, 1, 2, 2, 5, 10, 10, 20, 200, 1e6]);
    expect(niceCeil(0)).toBe(1);
    expect(niceCeil(Number.NaN)).toBe(1);
  });

  test('units are proportional, capped, and at least one for anything above zero', () => {
    const travel = stepOf(lesson(), 'travel');
    const per = kgPerUnit(travel, 24); // 80 / 24 = 3.3 → 5 kg a unit
    expect(per).toBe(5);
    expect(unitsFor(optionKgPerYear(travel, travel.options[2]!), per, 24)).toBe(16);
    expect(unitsFor(optionKgPerYear(travel, travel.options[1]!), per, 24)).toBe(8);
    expect(unitsFor(0, per, 24)).toBe(0);
    expect(unitsFor(0.1, per, 24)).toBe(1);
    expect(unitsFor(1e9, per, 24)).toBe(24);
    expect(unitsFor(5, 0, 24)).toBe(0);
  });

  test('comparison bars share one scale whose longest bar is 1, total first', () => {
    const l = lesson();
    expect(comparisonBars(l, 130)).toEqual([
      { kind: 'total', id: '', kgPerYear: 130, fraction: 0.13, share: 1 },
      { kind: 'benchmark', id: 'avg', kgPerYear: 1000, fraction: 1, share: 0.13 },
      { kind: 'benchmark', id: 'target', kgPerYear: 250, fraction: 0.25, share: 0.52 },
    ]);
    const over = comparisonBars(l, 2000);
    expect(over.map((b) => b.fraction)).toEqual([1, 0.5, 0.125]);
    expect(comparisonBars(lesson({ benchmarks: [] }), 0)).toEqual([{ kind: 'total', id: '', kgPerYear: 0, fraction: 0, share: 1 }]);
  });
});
