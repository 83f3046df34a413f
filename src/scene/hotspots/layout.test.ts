import { expect, test } from 'vitest';
import { cardSide, hotspotScale, yawToStudent } from './layout.ts';

test('markers grow with distance from 1× at the panel to at most 4×', () => {
  expect(hotspotScale([0, 1.6, -1])).toBe(1);
  expect(hotspotScale([0, 1.6, -3.2])).toBeCloseTo(2);
  expect(hotspotScale([0, 1.6, -30])).toBe(4);
});

test('markers turn to face a student at the origin', () => {
  expect(yawToStudent([0, 1, -3])).toBeCloseTo(0);
  expect(yawToStudent([3, 1, 0])).toBeCloseTo(-Math.PI / 2);
  expect(yawToStudent([-3, 1, 0])).toBeCloseTo(Math.PI / 2);
});

test('a card opens on the outer side unless that covers another marker', () => {
  const bin: [number, number, number] = [1.3, 1.4, -2.4];
  const bikes: [number, number, number] = [4.3, 1.2, -4.6];
  const car: [number, number, number] = [-3.5, 1.5, -6];
  expect(cardSide(bin, [car])).toBe(1);
  expect(cardSide(bin, [car, bikes])).toBe(-1);
  // Both sides covered (the bus just inside the left span, the bikes well inside the right): the lesser.
  expect(cardSide(bin, [[-0.5, 1.9, -5.5], bikes])).toBe(-1);
  expect(cardSide(car, [bin, bikes])).toBe(-1);
  // Covered alike either way: the outer side.
  expect(cardSide([0, 1.5, -3], [[-0.9, 1.5, -3], [0.9, 1.5, -3]])).toBe(1);
  // A marker far above or below the card is not covered.
  expect(cardSide(bin, [[3.2, 3.5, -3]])).toBe(1);
});
