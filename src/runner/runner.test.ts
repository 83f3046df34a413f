import { describe, expect, test } from 'vitest';
import type { Lesson } from '../lesson/schema.ts';
import { canGoBack, canGoNext, resumeState, start, transition } from './runner.ts';
import type { Effect, RunnerEvent, RunnerState } from './types.ts';
import { buildLesson, text } from '../../tests/fixtures/lessons/build.ts';

const t = (ko: string) => text(ko);
const lesson = buildLesson;
const narration = (id: string, more = {}) => ({ id, type: 'narration' as const, title: t(id), body: t(id), ...more });
const single = (id: string, maxAttempts = 1, more = {}) => ({
  id, type: 'quiz' as const, kind: 'single' as const, question: t('q'), explanation: t('e'), maxAttempts, ...more,
  options: [{ id: 'a', text: t('a'), correct: true }, { id: 'b', text: t('b') }],
});
const records = (effects: Effect[]) => effects.flatMap((e) => (e.type === 'record' ? [e.record.kind] : []));
function play(l: Lesson, s: RunnerState, ...events: RunnerEvent[]): { state: RunnerState; effects: Effect[] } {
  let state = s;
  const effects: Effect[] = [];
  for (const e of events) {
    const r = transition(l, state, e);
    state = r.state;
    effects.push(...r.effects);
  }
  return { state, effects };
}

describe('runner', () => {
  test('starts at the first step and records the start', () => {
    const l = lesson([narration('a'), narration('b')]);
    const r = start(l, 'middle');
    expect(r.state.stepId).toBe('a');
    expect(records(r.effects)).toEqual(['lesson-started', 'step-entered']);
  });

  test('next follows the file order, then `next`, and finishing records the completion', () => {
    const l = lesson([narration('a', { next: 'c' }), narration('b'), narration('c')]);
    const r = play(l, start(l, 'high').state, { type: 'next' }, { type: 'next' });
    expect(r.state.history).toEqual(['a', 'c']);
    expect(r.state.finished).toBe(true);
    expect(records(r.effects)).toEqual(['step-completed', 'step-entered', 'step-completed', 'lesson-completed']);
  });

  test('a quiz must be answered before going on; a wrong answer uses an attempt', () => {
    const l = lesson([single('q', 2), narration('end')]);
    let s = start(l, 'middle').state;
    expect(canGoNext(l, s)).toBe(false);
    expect(transition(l, s, { type: 'next' }).effects).toEqual([{ type: 'rejected', reason: 'this step is not finished yet' }]);
    s = play(l, s, { type: 'answer', value: 'b' }).state;
    expect(s.quiz.q).toMatchObject({ correct: false, attempts: 1, done: false });
    const r = play(l, s, { type: 'answer', value: 'a' });
    expect(r.state.quiz.q).toMatchObject({ correct: true, attempts: 2, done: true, points: 0.5 });
    expect(r.effects).toContainEqual({ type: 'feedback', tone: 'correct' });
    expect(canGoNext(l, r.state)).toBe(true);
    // A finished question takes no more answers.
    expect(transition(l, r.state, { type: 'answer', value: 'b' }).state).toBe(r.state);
  });

  test('an answer that is not one of the options is rejected, not scored', () => {
    const l = lesson([single('q')]);
    const s = start(l, 'middle').state;
    const r = transition(l, s, { type: 'answer', value: 'zzz' });
    expect(r.state).toBe(s);
    expect(r.effects[0]?.type).toBe('rejected');
  });

  test('back returns to the previous step without undoing answers', () => {
    const l = lesson([narration('a'), single('q'), narration('c')]);
    let s = play(l, start(l, 'middle').state, { type: 'next' }, { type: 'answer', value: 'a' }).state;
    expect(canGoBack(s)).toBe(true);
    s = play(l, s, { type: 'back' }).state;
    expect(s.stepId).toBe('a');
    expect(s.quiz.q?.correct).toBe(true);
    expect(canGoBack(s)).toBe(false);
  });

  test('steps for another age band are skipped', () => {
    const l = lesson([narration('a'), narration('m', { ageBands: ['middle'] }), narration('h', { ageBands: ['high'] }), narration('z')]);
    expect(play(l, start(l, 'high').state, { type: 'next' }).state.stepId).toBe('h');
    expect(play(l, start(l, 'middle').state, { type: 'next' }, { type: 'next' }).state.stepId).toBe('z');
  });

  test('a branch routes by an answer and is never shown', () => {
    const l = lesson([
      single('q'),
      { id: 'br', type: 'branch', rules: [{ when: { answerOf: 'q', is: 'correct' }, goto: 'well' }], otherwise: 'again' },
      narration('again', { next: 'end' }),
      narration('well'),
      narration('end'),
    ]);
    const s = start(l, 'middle').state;
    expect(play(l, s, { type: 'answer', value: 'a' }, { type: 'next' }).state.stepId).toBe('well');
    expect(play(l, s, { type: 'answer', value: 'b' }, { type: 'next' }).state.stepId).toBe('again');
  });

  test('pre-test questions do not count towards the score', () => {
    const l = lesson([single('pre', 1, { phase: 'pre', measure: 'm' }), single('post', 1, { phase: 'post', measure: 'm' }), { id: 's', type: 'summary', title: t('s') }]);
    const r = play(l, start(l, 'middle').state, { type: 'answer', value: 'b' }, { type: 'next' }, { type: 'answer', value: 'a' }, { type: 'next' });
    const done = r.effects.find((e) => e.type === 'record' && e.record.kind === 'lesson-completed');
    expect(done).toEqual({ type: 'record', record: { kind: 'lesson-completed', score: 1, maxScore: 1, footprintKgPerYear: 0 } });
    expect(r.state.finished).toBe(true);
  });

  test('never mutates the state it is given', () => {
    const l = lesson([single('q'), narration('b')]);
    const s = start(l, 'middle').state;
    const copy = structuredClone(s);
    play(l, s, { type: 'answer', value: 'a' }, { type: 'next' }, { type: 'back' });
    expect(s).toEqual(copy);
  });

  test('resuming against a changed lesson lands on the nearest step that still exists', () => {
    const l1 = lesson([narration('a'), narration('b'), narration('c')]);
    const s = play(l1, start(l1, 'middle').state, { type: 'next' }, { type: 'next' }).state;
    expect(resumeState(l1, s)).toEqual({ state: s, moved: false });
    const l2 = lesson([narration('a'), narration('b')]);
    const r = resumeState(l2, s)!;
    expect(r.moved).toBe(true);
    expect(r.state.stepId).toBe('b');
    expect(resumeState(lesson([narration('a')], { id: 'other' }), s)).toBeNull();
  });
});

test('a pledge beyond the limit replaces the oldest, and the log says so', () => {
  const l = lesson([{ id: 'p', type: 'pledge', title: t('p'), prompt: t('p'), max: 1, options: [{ id: 'a', text: t('a') }, { id: 'b', text: t('b') }] }]);
  const s = play(l, start(l, 'middle').state, { type: 'pledge', choice: { optionId: 'a' } });
  const r = transition(l, s.state, { type: 'pledge', choice: { optionId: 'b' } });
  expect(r.state.pledges.p).toEqual([{ optionId: 'b' }]);
  expect(r.effects.flatMap((e) => (e.type === 'record' ? [[e.record.kind, 'choice' in e.record ? e.record.choice : null]] : []))).toEqual([
    ['unpledged', { optionId: 'a' }],
    ['pledged', { optionId: 'b' }],
  ]);
});
