import { expect, test } from 'vitest';
import { forTroika } from './units.ts';

test('3D text gets plain spaces for no-break spaces, and is otherwise unchanged', () => {
  expect(forTroika('약 0.26\u00a0kWh, 1\u00a0m³의 물')).toBe('약 0.26 kWh, 1 m³의 물');
  expect(forTroika('no change here')).toBe('no change here');
});
