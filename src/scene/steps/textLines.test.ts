import { expect, test } from 'vitest';
import { estimateLines } from './textLines.ts';

test('estimates wrapped lines for Latin and Hangul text', () => {
  expect(estimateLines('Walk', 1, 0.05)).toBe(1);
  expect(estimateLines('one\ntwo\nthree', 1, 0.05)).toBe(3);
  // 20 ems of Hangul (≈ 22 syllables) need two lines of 20 ems.
  expect(estimateLines('가'.repeat(22), 1, 0.05)).toBe(2);
  expect(estimateLines('word '.repeat(20).trim(), 0.5, 0.05)).toBeGreaterThanOrEqual(3);
  expect(estimateLines('', 1, 0.05)).toBe(1);
});
