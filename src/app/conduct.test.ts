import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadLesson } from '../lesson/load.ts';
import type { Lesson } from '../lesson/schema.ts';
import { start, transition } from '../runner/runner.ts';
import type { RunnerEvent, RunnerState } from '../runner/types.ts';
import { nextClassStep, paceAllowsNext, paceHolds } from './conduct.ts';

const lessonAt = (path: string): Lesson => {
  const r = loadLesson(readFileSync(new URL(`../../lessons/${path}.json`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(`${path} does not load`);
  return r.lesson;
};
const welcome = lessonAt('welcome'); // hello, how-to-press, try-it (quiz), ready
const branch = lessonAt('examples/example-branch');
const run = (lesson: Lesson, ...events: RunnerEvent[]): RunnerState =>
  events.reduce((s, e) => transition(lesson, s, e).state, start(lesson, 'middle').state);
const teacher = (stepId: string, lessonId = 'welcome') => ({ mode: 'teacher', lessonId, stepId }) as const;

test('self-paced (the default), another lesson, an unknown step: Next is never held', () => {
  const s = run(welcome);
  expect(paceHolds(welcome, s, { mode: 'self' })).toBe(false);
  expect(paceHolds(welcome, s, teacher('hello', 'me-to-my-city'))).toBe(false);
  expect(paceHolds(welcome, s, teacher('gone'))).toBe(false);
});

test('teacher-paced: up to the step the teacher opened, not past it; Back and forward again work', () => {
  const atHello = run(welcome);
  expect(paceHolds(welcome, atHello, teacher('hello'))).toBe(true);
  expect(paceAllowsNext(welcome, atHello, teacher('how-to-press'))).toBe(true);
  const atPress = run(welcome, { type: 'next' });
  expect(paceHolds(welcome, atPress, teacher('how-to-press'))).toBe(true);
  // The teacher opens the next step: the class may go on to it, and no further.
  expect(paceHolds(welcome, atPress, teacher('try-it'))).toBe(false);
  // A student ahead of the teacher is held where they are; back on an earlier step they may come forward to the teacher's.
  const back = transition(welcome, atPress, { type: 'back' }).state;
  expect(back.stepId).toBe('hello');
  expect(paceHolds(welcome, back, teacher('how-to-press'))).toBe(false);
  expect(paceHolds(welcome, atPress, teacher('hello'))).toBe(true);
});

test('a step not finished yet is the runner\'s to hold, not the teacher\'s', () => {
  const atQuiz = run(welcome, { type: 'next' }, { type: 'next' });
  expect(atQuiz.stepId).toBe('try-it');
  // Unanswered: Next is disabled anyway, and the pace does not claim it (no "wait for your teacher").
  expect(paceHolds(welcome, atQuiz, teacher('hello'))).toBe(false);
  expect(paceHolds(welcome, atQuiz, teacher('try-it'))).toBe(false);
});

test('on the last step Next finishes the lesson: allowed once the teacher has opened that step', () => {
  const atQuiz = run(welcome, { type: 'next' }, { type: 'next' });
  const answered = { ...atQuiz, stepId: 'ready', history: [...atQuiz.history, 'ready'] };
  expect(paceHolds(welcome, answered, teacher('ready'))).toBe(false);
  expect(paceHolds(welcome, answered, teacher('try-it'))).toBe(true);
  expect(paceHolds(welcome, { ...answered, finished: true }, teacher('hello'))).toBe(false);
});

test('a jump ahead (a branch routing past the teacher\'s step) is held; landing on the teacher\'s step is not', () => {
  // example-branch: check (true/false) → route (branch): right → well-done (4th in the file), else review (3rd).
  const answered = transition(branch, start(branch, 'middle').state, { type: 'answer', value: true }).state;
  expect(transition(branch, answered, { type: 'next' }).state.stepId).toBe('well-done');
  expect(paceHolds(branch, answered, teacher('review', branch.id))).toBe(true);
  expect(paceHolds(branch, answered, teacher('well-done', branch.id))).toBe(false);
});

test('the desk\'s "next step for the class": the course\'s visible steps, skipping branches', () => {
  expect(nextClassStep(welcome, 'middle', null)).toBe('hello');
  expect(nextClassStep(welcome, 'middle', 'hello')).toBe('how-to-press');
  expect(nextClassStep(welcome, 'middle', 'ready')).toBe(null);
  expect(nextClassStep(branch, 'middle', 'check')).toBe('review');
});
