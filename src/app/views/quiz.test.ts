import { expect, test } from 'vitest';
import { snapToStep } from './quiz.ts';

test('numeric answers stay on the slider grid without floating-point dust', () => {
  const n = { min: 0, max: 10, step: 0.1 };
  let v = 4.2;
  v = snapToStep(n, v + n.step);
  expect(v).toBe(4.3);
  expect(snapToStep(n, 0.1 + 0.2)).toBe(0.3);
  expect(snapToStep(n)).toBe(5);
  expect(snapToStep(n, 12)).toBe(10);
  expect(snapToStep({ min: 1, max: 4, step: 2 })).toBe(3);
  expect(snapToStep({ min: 0.5, max: 2, step: 1 }, 0.9)).toBe(0.5);
});
