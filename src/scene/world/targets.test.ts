import { expect, test } from 'vitest';
import { DEFAULT_WORLD, type WorldView } from '../../app/views/world.ts';
import { CALM, type WorldAnswer } from '../../app/views/worldAnswer.ts';
import { worldTargets } from './targets.ts';

const view = (answer: Partial<WorldAnswer>, world: Partial<WorldView['world']> = {}): WorldView =>
  ({ world: { ...DEFAULT_WORLD, place: 'street', ...world }, near: true, answer: { ...CALM, ...answer } });

test('the road keeps its usual traffic until a travel choice speaks; walking empties it', () => {
  expect(worldTargets(view({}), 0.4).traffic).toBe(0.4);
  expect(worldTargets(view({ acts: 'traffic', traffic: 0, haze: 0 }), 0.4).traffic).toBe(0);
  expect(worldTargets(view({ acts: 'traffic', traffic: 1, haze: 1 }), 0.4)).toMatchObject({ traffic: 1, haze: 1 });
});

test('heat: a cool choice leaves the surfaces barely warm, the hottest glows; a heatwave glows a little by itself', () => {
  expect(worldTargets(view({}, { weather: 'heatwave' }), 0).heat).toBeGreaterThan(0);
  expect(worldTargets(view({}), 0).heat).toBe(0);
  const cool = worldTargets(view({ acts: 'heat', heat: 0.2, green: 0.8 }, { weather: 'heatwave' }), 0);
  const hot = worldTargets(view({ acts: 'heat', heat: 1, green: 0 }, { weather: 'heatwave' }), 0);
  expect(cool.heat).toBeLessThan(0.1);
  expect(hot.heat).toBe(1);
  // The cool choice plants trees and whitens roofs; the hot one does neither.
  expect(cool).toMatchObject({ planted: 0.8, cool: 0.8 });
  expect(hot).toMatchObject({ planted: 0, cool: 0 });
});

test('what is built stands whatever the choice', () => {
  const t = worldTargets(view({ acts: 'heat', heat: 1, green: 0 }, { built: ['trees', 'cool-roofs'] }), 0);
  expect(t).toMatchObject({ planted: 1, cool: 1 });
});

test('flood, felled trees and balloons pass through', () => {
  expect(worldTargets(view({ acts: 'flood', flood: 0.3 }), 0).flood).toBe(0.3);
  expect(worldTargets(view({ acts: 'trees', treesLost: 0.5 }), 0).felled).toBe(0.5);
  expect(worldTargets(view({ balloons: 7 }), 0).balloons).toBe(7);
});
