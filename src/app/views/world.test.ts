import { describe, expect, test } from 'vitest';
import { buildLesson, text } from '../../../tests/fixtures/lessons/build.ts';
import { start } from '../../runner/runner.ts';
import { worldAt, worldView } from './world.ts';

const narration = (id: string, more: Record<string, unknown> = {}) => ({ id, type: 'narration' as const, title: text(id), body: text(id), ...more });
const scene = (id: string, more: Record<string, unknown> = {}) => ({ id, type: 'scene' as const, title: text(id), ...more });

describe('worldAt', () => {
  const lesson = buildLesson(
    [
      narration('morning'),
      narration('dusk', { world: { time: 'evening', weather: 'rain' } }),
      narration('after'),
      narration('green', { world: { built: ['trees'] } }),
      narration('bare', { world: { built: [] } }),
      narration('indoors', { world: { place: 'classroom' } }),
    ],
    { world: { place: 'street', time: 'morning', built: ['bike-lanes'] } },
  );

  test('every step inherits the lesson world', () => {
    expect(worldAt(lesson, 'morning')).toEqual({ place: 'street', time: 'morning', weather: 'clear', built: ['bike-lanes'] });
  });

  test('a step changes only the fields it gives, and the next step is back to the lesson world', () => {
    expect(worldAt(lesson, 'dusk')).toEqual({ place: 'street', time: 'evening', weather: 'rain', built: ['bike-lanes'] });
    expect(worldAt(lesson, 'after')).toEqual(worldAt(lesson, 'morning'));
    expect(worldAt(lesson, 'indoors')).toMatchObject({ place: 'classroom', time: 'morning' });
  });

  test("a step's built list replaces the lesson's, an empty one clears it", () => {
    expect(worldAt(lesson, 'green').built).toEqual(['trees']);
    expect(worldAt(lesson, 'bare').built).toEqual([]);
  });

  test('a lesson without a world: the last scene environment at or before the step, in file order, else the park at noon', () => {
    const old = buildLesson([
      narration('intro'), scene('city', { environment: 'city' }), narration('mid'), scene('plain'),
      scene('night', { environment: 'night' }), narration('hot', { world: { weather: 'heatwave' } }),
    ]);
    expect(worldAt(old, 'intro')).toEqual({ place: 'park', time: 'noon', weather: 'clear', built: [], environment: 'park' });
    expect(worldAt(old, 'city')).toMatchObject({ place: 'street', environment: 'city' });
    expect(worldAt(old, 'mid')).toMatchObject({ place: 'street', environment: 'city' });
    expect(worldAt(old, 'plain')).toMatchObject({ place: 'street', environment: 'city' });
    expect(worldAt(old, 'night')).toMatchObject({ place: 'park', time: 'night', environment: 'night' });
    // A step's own world still applies on top.
    expect(worldAt(old, 'hot')).toMatchObject({ place: 'park', time: 'night', weather: 'heatwave' });
  });

  test("in a lesson with a world, a scene's environment changes nothing", () => {
    const l = buildLesson([scene('s', { environment: 'night' })], { world: { place: 'water-plant' } });
    expect(worldAt(l, 's')).toEqual({ place: 'water-plant', time: 'noon', weather: 'clear', built: [] });
  });
});

describe('worldView', () => {
  test('a scene step with props leaves the space ahead to them; other steps show the whole place', () => {
    const l = buildLesson(
      [narration('a'), scene('props', { props: [{ model: 'tree', position: [0, 0, -5] }] }), scene('empty')],
      { world: { place: 'street' } },
    );
    const at = (stepId: string) => worldView(l, { ...start(l, 'middle').state, stepId });
    expect(at('a').near).toBe(true);
    expect(at('props').near).toBe(false);
    expect(at('empty').near).toBe(true);
    expect(at('props').world.place).toBe('street');
  });
});
