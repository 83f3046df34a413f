import { expect, test } from 'vitest';
import { QuizStep } from '../../lesson/steps/quiz.ts';
import { isCorrect, pointsFor } from './quiz.ts';

const t = { ko: 'x', en: 'x' };
const base = { id: 'q', type: 'quiz', question: t, explanation: t };

test('multiple choice is right only with exactly the correct set, in any order', () => {
  const q = QuizStep.parse({ ...base, kind: 'multiple', options: [
    { id: 'a', text: t, correct: true }, { id: 'b', text: t, correct: true }, { id: 'c', text: t },
  ] });
  expect(isCorrect(q, ['b', 'a'])).toBe(true);
  expect(isCorrect(q, ['a'])).toBe(false);
  expect(isCorrect(q, ['a', 'b', 'c'])).toBe(false);
  expect(isCorrect(q, 'a')).toBeNull();
});

test('true/false and numeric estimates with a tolerance', () => {
  const tf = QuizStep.parse({ ...base, kind: 'truefalse', answer: false });
  expect(isCorrect(tf, false)).toBe(true);
  expect(isCorrect(tf, true)).toBe(false);
  const n = QuizStep.parse({ ...base, kind: 'numeric', answer: 12, tolerance: 2, unit: t, min: 0, max: 30, step: 1 });
  expect(isCorrect(n, 14)).toBe(true);
  expect(isCorrect(n, 9.5)).toBe(false);
  expect(isCorrect(n, Number.NaN)).toBeNull();
});

test('points fall with each attempt', () => {
  const q = QuizStep.parse({ ...base, kind: 'truefalse', answer: true, points: 3, maxAttempts: 3 });
  expect([1, 2, 3].map((a) => pointsFor(q, a))).toEqual([3, 2, 1]);
});
