import { describe, expect, test } from 'vitest';
import { choicesLesson, play } from './testing.ts';
import { CALM, FLOOD_TOP, MAX_BALLOONS, worldAnswer } from './worldAnswer.ts';

/**
 * The world's answer to a choice, on the browser tests' lesson: travel (balloons: 0–146 kg),
 * lunch (trees: 115–3,631 kg), power (thermometer: 305–914 kg) and cooling (sea level: 19–225 kg).
 */
const lesson = choicesLesson();
const at = (step: string, ...choices: [string, string][]) =>
  worldAnswer(lesson, play(lesson, ...choices.flatMap(([s, o]) => [{ goto: s }, { type: 'choose' as const, optionId: o }]), { goto: step }));

describe('worldAnswer', () => {
  test('steps that are not choices show the world as written', () => {
    expect(worldAnswer(lesson, play(lesson))).toEqual(CALM);
    expect(at('post-food', ['travel', 'car'])).toEqual(CALM);
  });

  test('a travel choice fills the street with traffic and haze, or clears it', () => {
    const car = at('travel', ['travel', 'car']);
    expect(car).toMatchObject({ traffic: 1, haze: 1, flood: 0, heat: 0 });
    const bus = at('travel', ['travel', 'bus']);
    expect(bus.traffic).toBeCloseTo(0.105 / 0.192, 6);
    // Walking clears the street: the road answers with no cars at all, not the world as written.
    expect(at('travel', ['travel', 'walk'])).toMatchObject({ acts: 'traffic', traffic: 0, haze: 0, balloons: 0 });
  });

  test('before a choice the place waits; only earlier choices hang overhead', () => {
    const fresh = at('lunch', ['travel', 'car']);
    expect(fresh).toMatchObject({ acts: null, traffic: 0, treesLost: 0 });
    expect(fresh.balloons).toBeGreaterThan(0);
  });

  test('sea-level choices raise water around the feet, up to the top of the scale', () => {
    expect(at('cooling', ['cooling', 'ac-18']).flood).toBeCloseTo(FLOOD_TOP, 9);
    expect(at('cooling', ['cooling', 'fan']).flood).toBeCloseTo(FLOOD_TOP * (0.5 / 6), 9);
  });

  test('thermometer choices heat the surfaces; cool ones bring trees and white roofs', () => {
    const hot = at('power', ['power', 'all-on']);
    expect(hot).toMatchObject({ heat: 1, green: 0 });
    const cool = at('power', ['power', 'careful']);
    expect(cool.heat).toBeCloseTo(1 / 3, 6);
    expect(cool.green).toBeCloseTo(2 / 3, 6);
  });

  test('tree choices fell a share of the trees', () => {
    expect(at('lunch', ['lunch', 'beef']).treesLost).toBe(1);
    expect(at('lunch', ['lunch', 'tofu']).treesLost).toBeCloseTo(3.16 / 99.48, 6);
  });

  test('balloons overhead count the year so far on one scale for the lesson, and stay for the summary', () => {
    const one = at('lunch', ['travel', 'car'], ['lunch', 'beef']);
    const two = at('power', ['travel', 'car'], ['lunch', 'beef'], ['power', 'all-on']);
    expect(two.balloons).toBeGreaterThan(one.balloons);
    expect(two.kgPerBalloon).toBe(one.kgPerBalloon);
    const all = at('summary', ['travel', 'car'], ['lunch', 'beef'], ['power', 'all-on'], ['cooling', 'ac-18']);
    expect(all.balloons).toBeLessThanOrEqual(MAX_BALLOONS);
    // The highest possible year needs MAX_BALLOONS at most; a balloon is a round number of kg, so at least 40 %.
    expect(all.balloons).toBeGreaterThanOrEqual(MAX_BALLOONS * 0.4);
    expect(all).toMatchObject({ acts: null, traffic: 0, flood: 0, heat: 0 });
  });
});
