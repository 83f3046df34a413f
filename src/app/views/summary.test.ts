import { describe, expect, test } from 'vitest';
import type { SummaryStep } from '../../lesson/steps/summary.ts';
import { summaryView } from './summary.ts';
import { choicesLesson, play, translator } from './testing.ts';

const lesson = choicesLesson();
const step = lesson.steps.find((s) => s.id === 'summary') as SummaryStep;
const en = translator('en');
const ko = translator('ko');

/** The whole fixture lesson: pre-quiz wrong, car, beef, usual, fan, post-quiz right, two pledges. */
function finished() {
  return play(lesson,
    { type: 'answer', value: 'tofu' }, { type: 'next' },
    { type: 'choose', optionId: 'car' }, { type: 'next' },
    { type: 'choose', optionId: 'beef' }, { type: 'next' },
    { type: 'choose', optionId: 'usual' }, { type: 'next' },
    { type: 'choose', optionId: 'fan' }, { type: 'next' },
    { type: 'answer', value: 'beef' }, { type: 'next' },
    { type: 'pledge', choice: { optionId: 'lunch' } }, { type: 'pledge', choice: { actionId: 'walk-cycle', timeId: 'school-days' } }, { type: 'next' });
}

describe('summary view', () => {
  test('score, pre → post per measure, footprint, biggest savings, pledges and sources', () => {
    const s = finished();
    expect(s.stepId).toBe('summary');
    const v = summaryView(lesson, step, s, 'en', en);
    expect(v.score).toBe('1 / 1 points');
    expect(v.gain).toEqual(['Which 100 g portion has the largest footprint? — wrong → right']);
    // 145.92 + 3631.02 + 609.26 + 18.78
    expect(v.footprint!.total).toBe('Your year: 4,405 kg CO₂e');
    expect(v.footprint!.bars).toHaveLength(3);
    expect(v.footprint!.savings).toEqual([
      'What\'s on your lunch tray? — Beef → Tofu saves 3,516 kg CO₂e a year',
      'Your share of home electricity — A usual day → Careful saves 305 kg CO₂e a year',
      'How will you get to school? — Car, driven alone → Walk saves 146 kg CO₂e a year',
    ]);
    expect(v.pledges).toEqual(['Choose chicken, tofu or vegetables over beef more often', 'I will walk or cycle to school on school days']);
    expect(v.sources![0]).toEqual({
      id: 'owid-travel', line: 'Which form of transport has the smallest carbon footprint? — Our World in Data, 2020',
      url: 'https://ourworldindata.org/travel-carbon-footprint', secondary: false,
    });
    expect(v.sources![2]).toMatchObject({ url: null, secondary: true });
  });

  test('Korean: every number formatted for ko-KR', () => {
    const v = summaryView(lesson, step, finished(), 'ko', ko);
    expect(v.score).toBe('1 / 1점');
    expect(v.footprint!.total).toBe('나의 1년: 4,405 kg CO₂e');
    expect(v.footprint!.savings[0]).toBe('점심 식판에 무엇을 담을까요? — 소고기 → 두부, 1년 3,516 kg CO₂e 줄어요');
    expect(v.gain).toEqual(['100 g 한 그릇 가운데 탄소 발자국이 가장 큰 것은? — 틀림 → 맞음']);
  });

  test('only the parts the step shows; nothing scored means no score line', () => {
    const only = { ...step, show: ['pledges'] } as SummaryStep;
    const v = summaryView(lesson, only, play(lesson, { goto: 'summary' }), 'en', en);
    expect(v).toMatchObject({ score: null, gain: [], footprint: null, pledges: [], sources: null });
    const scoreOnly = summaryView(lesson, { ...step, show: ['score'] } as SummaryStep, play(lesson, { goto: 'summary' }), 'en', en);
    expect(scoreOnly.score).toBeNull();
  });

  test('before any choice the footprint says so and offers no savings', () => {
    const v = summaryView(lesson, step, play(lesson, { goto: 'summary' }), 'en', en);
    expect(v.footprint).toMatchObject({ total: 'Your year: 0 kg CO₂e', savings: [], hasChoices: false });
  });
});
