import { expect, test } from 'vitest';
import { forTroika } from './units.ts';

test('3D text joins a number and its unit where the lesson put a no-break space, and keeps every other space', () => {
  expect(forTroika('약 0.26\u00a0kWh, 1\u00a0m³의 물')).toBe('약 0.26kWh, 1m³의 물');
  expect(forTroika('1.5\u00a0°C lifestyle')).toBe('1.5°C lifestyle');
  expect(forTroika('no change here')).toBe('no change here');
});
