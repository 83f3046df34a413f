import { expect, test } from 'vitest';
import { keepUnitsTogether } from './units.ts';

const NB = '\u00a0';

test('a number keeps its unit on the same line, in English and Korean text', () => {
  expect(keepUnitsTogether('9.9 kg CO₂e each time')).toBe(`9.9${NB}kg CO₂e each time`);
  expect(keepUnitsTogether('약 0.26–0.84 kWh per m³, 1 m³ of water')).toBe(`약 0.26–0.84${NB}kWh per m³, 1${NB}m³ of water`);
  expect(keepUnitsTogether('1년 3,516 kg CO₂e 줄어요 · 25 °C · 30 %')).toBe(`1년 3,516${NB}kg CO₂e 줄어요 · 25${NB}°C · 30${NB}%`);
});

test('words that only start like a unit, and numbers before other words, keep their spaces', () => {
  expect(keepUnitsTogether('2 kids walk 3 minutes to 12 trees')).toBe('2 kids walk 3 minutes to 12 trees');
  expect(keepUnitsTogether('in 2045 the city')).toBe('in 2045 the city');
  expect(keepUnitsTogether('no numbers here')).toBe('no numbers here');
});
