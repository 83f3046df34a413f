import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadLesson } from '../lesson/load.ts';
import type { Lesson } from '../lesson/schema.ts';
import type { BranchStep } from '../lesson/steps/branch.ts';
import { footprintSummary } from './footprint.ts';
import { currentStep, start, transition } from './runner.ts';
import { score } from './score.ts';
import { holds } from './steps/branch.ts';
import { buildLesson, text } from '../../tests/fixtures/lessons/build.ts';
import type { AgeBand, RunnerEvent, RunnerState } from './types.ts';

/** Branch conditions other than "answer of": by a footprint choice, by the score, by the footprint so far. */

const t = (ko: string) => text(ko);
const lesson = buildLesson;
const narration = (id: string, more = {}) => ({ id, type: 'narration' as const, title: t(id), body: t(id), ...more });
const single = (id: string, more = {}) => ({
  id, type: 'quiz' as const, kind: 'single' as const, question: t('q'), explanation: t('e'), ...more,
  options: [{ id: 'a', text: t('a'), correct: true }, { id: 'b', text: t('b') }],
});
const option = (id: string, quantity: number, factor: number) => ({ id, label: t(id), quantity, unit: t('km'), factor, source: 'src' });
/** walk 0, bus 10 × 0.1 × 100 = 100, car 10 × 0.5 × 100 = 500 kg a year. */
const travel = (id = 'travel', more = {}) => ({
  id, type: 'footprint' as const, title: t(id), prompt: t(id), timesPerYear: 100, consequence: 'balloons' as const,
  options: [option('walk', 10, 0), option('bus', 10, 0.1), option('car', 10, 0.5)], ...more,
});
const branch = (id: string, rules: BranchStep['rules'], otherwise: string) => ({ id, type: 'branch' as const, rules, otherwise });

function play(l: Lesson, s: RunnerState, ...events: RunnerEvent[]): RunnerState {
  let state = s;
  for (const e of events) {
    const r = transition(l, state, e);
    expect(r.effects.find((x) => x.type === 'rejected'), `${state.stepId}: ${JSON.stringify(e)}`).toBeUndefined();
    state = r.state;
  }
  return state;
}
const next = { type: 'next' } as const;
const choose = (optionId: string) => ({ type: 'choose', optionId }) as const;
const answer = (value: string) => ({ type: 'answer', value }) as const;
const begin = (l: Lesson, band: AgeBand = 'middle') => start(l, band).state;

describe('branch by a footprint choice', () => {
  const l = lesson([
    travel(),
    branch('route', [{ when: { choiceOf: 'travel', is: 'car' }, goto: 'car-tip' }, { when: { choiceOf: 'travel', is: 'bus' }, goto: 'bus-tip' }], 'well-done'),
    narration('car-tip', { next: 'end' }),
    narration('bus-tip', { next: 'end' }),
    narration('well-done'),
    narration('end'),
  ]);

  test('goes where the chosen option says, and otherwise when no rule names it', () => {
    expect(play(l, begin(l), choose('car'), next).stepId).toBe('car-tip');
    expect(play(l, begin(l), choose('bus'), next).stepId).toBe('bus-tip');
    expect(play(l, begin(l), choose('walk'), next).stepId).toBe('well-done');
  });

  test('follows the last choice when the student changes their mind, and never shows the branch', () => {
    const s = play(l, begin(l), choose('car'), choose('walk'), next);
    expect(s.stepId).toBe('well-done');
    expect(s.history).not.toContain('route');
    expect(currentStep(l, s).type).toBe('narration');
  });

  test('does not hold for a footprint step the student never saw (another age band)', () => {
    const l2 = lesson([
      travel('travel', { ageBands: ['high'] }),
      branch('route', [{ when: { choiceOf: 'travel', is: 'walk' }, goto: 'walked' }], 'other'),
      narration('walked', { next: 'end' }),
      narration('other'),
      narration('end'),
    ]);
    const s = begin(l2, 'middle');
    expect(s.stepId).toBe('other');
    expect(s.choices).toEqual({});
  });
});

describe('branch by the score', () => {
  const l = lesson([
    single('pre', { phase: 'pre', measure: 'm' }),
    single('q1'),
    single('q2', { maxAttempts: 2 }),
    branch('route', [{ when: { scoreAtLeast: 1 }, goto: 'perfect' }, { when: { scoreAtLeast: 0.5 }, goto: 'good' }], 'review'),
    narration('perfect', { next: 'end' }),
    narration('good', { next: 'end' }),
    narration('review'),
    narration('end'),
  ]);

  test('the first rule that holds decides: full marks, at least half, or neither', () => {
    expect(play(l, begin(l), answer('a'), next, answer('a'), next, answer('a'), next).stepId).toBe('perfect');
    // 1 of 2 points is exactly half: "at least" holds at the threshold.
    const half = play(l, begin(l), answer('a'), next, answer('a'), next, answer('b'), answer('b'), next);
    expect(score(l, half).ratio).toBe(0.5);
    expect(half.stepId).toBe('good');
    expect(play(l, begin(l), answer('a'), next, answer('b'), next, answer('b'), answer('b'), next).stepId).toBe('review');
  });

  test('a pre-test question does not count, and a second try earns half a point', () => {
    // Wrong on the pre-test, right on q1, right on the second try at q2: (1 + 0.5) / 2 = 0.75.
    const s = play(l, begin(l), answer('b'), next, answer('a'), next, answer('b'), answer('a'), next);
    expect(score(l, s)).toMatchObject({ points: 1.5, maxPoints: 2, ratio: 0.75 });
    expect(s.stepId).toBe('good');
  });

  test('with no scored quiz answered the ratio is 0: only scoreAtLeast 0 holds', () => {
    const l2 = lesson([
      narration('intro'),
      branch('route', [{ when: { scoreAtLeast: 0.1 }, goto: 'some' }, { when: { scoreAtLeast: 0 }, goto: 'none' }], 'end'),
      narration('some', { next: 'end' }),
      narration('none'),
      narration('end'),
    ]);
    expect(play(l2, begin(l2), next).stepId).toBe('none');
  });
});

describe('branch by the footprint total', () => {
  const l = lesson([
    travel(),
    travel('weekend', { timesPerYear: 10 }),
    branch('route', [{ when: { footprintAtLeast: 500 }, goto: 'high' }], 'low'),
    narration('high', { next: 'end' }),
    narration('low'),
    narration('end'),
  ]);

  test('holds at the threshold and above, not below', () => {
    // car 500 + walk 0 = 500: exactly the threshold.
    const atIt = play(l, begin(l), choose('car'), next, choose('walk'), next);
    expect(footprintSummary(l, atIt).totalKgPerYear).toBe(500);
    expect(atIt.stepId).toBe('high');
    // bus 100 + walk 0 = 100.
    expect(play(l, begin(l), choose('bus'), next, choose('walk'), next).stepId).toBe('low');
  });

  test('adds every footprint step chosen so far', () => {
    // bus 100 a year + car on weekends 10 × 0.5 × 10 = 50: 150, still low; car + car: 550, high.
    const s = play(l, begin(l), choose('bus'), next, choose('car'), next);
    expect(footprintSummary(l, s).totalKgPerYear).toBe(150);
    expect(s.stepId).toBe('low');
    expect(play(l, begin(l), choose('car'), next, choose('car'), next).stepId).toBe('high');
  });

  test('holds() reads the total at the moment the branch is reached', () => {
    const when = { footprintAtLeast: 500 } as const;
    const before = begin(l);
    expect(holds(l, before, when, () => 0)).toBe(false);
    expect(holds(l, play(l, before, choose('car')), when, () => 0)).toBe(true);
    expect(holds(l, before, { footprintAtLeast: 0 }, () => 0)).toBe(true);
  });
});

describe('branch by the age band', () => {
  const l = lesson([
    narration('intro'),
    branch('route', [{ when: { ageBand: 'adult' }, goto: 'operators' }, { when: { ageBand: 'high' }, goto: 'design' }], 'basics'),
    narration('operators', { next: 'end' }),
    narration('design', { next: 'end' }),
    narration('basics'),
    narration('end'),
  ], { ageBands: ['adult', 'middle', 'high'] });

  test('holds for the band the student started in, adults included', () => {
    for (const band of ['middle', 'high', 'adult'] as const) {
      expect(holds(l, begin(l, band), { ageBand: 'adult' }, () => 0), band).toBe(band === 'adult');
    }
  });

  test('sends each band its own way: adults, then high school, then the rest', () => {
    expect(play(l, begin(l, 'adult'), next).stepId).toBe('operators');
    expect(play(l, begin(l, 'high'), next).stepId).toBe('design');
    expect(play(l, begin(l, 'middle'), next).stepId).toBe('basics');
    expect(play(l, begin(l, 'adult'), next, next).stepId).toBe('end');
  });
});

describe('the branch example', () => {
  const text = readFileSync(new URL('../../lessons/examples/example-branch.json', import.meta.url), 'utf8');
  const loaded = loadLesson(text, 'lessons/examples/example-branch.json');
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('; '));
  const l = loaded.lesson;

  test('branches by an answer, a footprint choice and the score', () => {
    const kinds = l.steps.flatMap((s) => (s.type === 'branch' ? s.rules.map((r) => Object.keys(r.when)[0]) : []));
    expect(kinds).toEqual(expect.arrayContaining(['answerOf', 'choiceOf', 'scoreAtLeast']));
  });

  test('each way through ends on the summary', () => {
    const walk = (...events: RunnerEvent[]) => {
      const s = play(l, begin(l), ...events);
      return { s, path: s.history };
    };
    const right = walk({ type: 'answer', value: true }, next, next, choose('car'), next, next, next);
    expect(right.path).toEqual(['check', 'well-done', 'to-school', 'car-tip', 'top-marks', 'end']);
    expect(right.s.finished).toBe(true);
    const wrong = walk({ type: 'answer', value: false }, next, next, choose('bus'), next, next);
    expect(wrong.path).toEqual(['check', 'review', 'to-school', 'keep-going', 'end']);
    expect(wrong.s.finished).toBe(true);
  });
});
