import { expect, test } from 'vitest';
import { countWords, pageByWords } from './panelWords.ts';

test('words are tokens with a letter or a digit, in Korean and English', () => {
  expect(countWords('≈ 146 kg CO₂e a year')).toBe(5);
  expect(countWords('하나를 고르세요 · 매일')).toBe(3);
  expect(countWords('◀ Question  1 / 2 ▶')).toBe(3);
  expect(countWords('')).toBe(0);
});

test('pages keep items in order within the room and the most per page, evened out', () => {
  const w = (n: number) => n;
  // 5 items of 10 words, room 30: greedy gives 3 + 2; most 4 does not change that.
  expect(pageByWords([10, 10, 10, 10, 10], w, 30, 4)).toEqual([[10, 10, 10], [10, 10]]);
  // Four that would go 3 + 1 by words go 2 + 2.
  expect(pageByWords([10, 10, 10, 10], w, 30, 4)).toEqual([[10, 10], [10, 10]]);
  // At most `most` a page, however short.
  expect(pageByWords([1, 1, 1, 1, 1], w, 60, 2)).toEqual([[1, 1], [1, 1], [1]]);
  // An item longer than the room gets a page of its own.
  expect(pageByWords([5, 80, 5], w, 30, 4)).toEqual([[5], [80], [5]]);
  expect(pageByWords([], w, 30, 4)).toEqual([]);
});
