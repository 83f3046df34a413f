import { describe, expect, test } from 'vitest';
import type { PledgeStep } from '../../lesson/steps/pledge.ts';
import { allPledges, composeParts, cycleCompose, pledgeView, setComposePart } from './pledge.ts';
import { choicesLesson, play, translator } from './testing.ts';

const lesson = choicesLesson();
const step = lesson.steps.find((s) => s.id === 'pledge') as PledgeStep;
const en = translator('en');
const ko = translator('ko');
const at = { goto: 'pledge' };

describe('pledge view', () => {
  test('lists the options, none chosen, and the compose parts with the first of each preselected', () => {
    const v = pledgeView(step, play(lesson, at), null, 'en', en);
    expect(v.options.map((o) => [o.key, o.chosen])).toEqual([['opt:travel', false], ['opt:lunch', false], ['opt:switch-off', false]]);
    expect(v.compose).toMatchObject({ actionId: 'walk-cycle', timeId: 'school-days', preview: 'I will walk or cycle to school on school days', already: false });
    expect(v.mineTitle).toBe('My pledges (0/2)');
    expect(v.full).toBe(false);
    expect(pledgeView(step, play(lesson, at), null, 'ko', ko).compose!.preview).toBe('학교 가는 날마다 걷거나 자전거로 등교하기');
  });

  test('chosen pledges show, in the order made; the third replaces the oldest', () => {
    const composed = { actionId: 'bottle', timeId: 'weekly' };
    let s = play(lesson, at, { type: 'pledge', choice: { optionId: 'lunch' } }, { type: 'pledge', choice: composed });
    let v = pledgeView(step, s, ['bottle', 'weekly'], 'en', en);
    expect(v.chosen.map((c) => c.text)).toEqual(['Choose chicken, tofu or vegetables over beef more often', 'I will carry a reusable bottle once a week']);
    expect(v.options.find((o) => o.key === 'opt:lunch')!.chosen).toBe(true);
    expect(v.compose!.already).toBe(true);
    expect(v.full).toBe(true);
    expect(v.mineTitle).toBe('My pledges (2/2)');
    s = play(lesson, at, { type: 'pledge', choice: { optionId: 'lunch' } }, { type: 'pledge', choice: composed }, { type: 'pledge', choice: { optionId: 'travel' } });
    v = pledgeView(step, s, null, 'en', en);
    expect(v.chosen.map((c) => c.key)).toEqual(['act:bottle@weekly', 'opt:travel']);
    s = play(lesson, at, { type: 'pledge', choice: { optionId: 'lunch' } }, { type: 'unpledge', choice: { optionId: 'lunch' } });
    expect(pledgeView(step, s, null, 'en', en).chosen).toEqual([]);
  });

  test('compose parts cycle both ways and wrap; stale drafts fall back to the first parts', () => {
    expect(composeParts(step, ['nope', 'weekly'])).toEqual({ actionId: 'walk-cycle', timeId: 'weekly' });
    expect(cycleCompose(step, null, 'action', 1)).toEqual(['meat-free', 'school-days']);
    expect(cycleCompose(step, null, 'action', -1)).toEqual(['bottle', 'school-days']);
    expect(cycleCompose(step, ['bottle', 'school-days'], 'time', 1)).toEqual(['bottle', 'weekly']);
    expect(cycleCompose(step, ['bottle', 'weekly'], 'time', 1)).toEqual(['bottle', 'school-days']);
    expect(setComposePart(step, ['bottle', 'weekly'], 'action', 'meat-free')).toEqual(['meat-free', 'weekly']);
  });

  test('a step without compose has no compose view', () => {
    const plain = { ...step, compose: undefined } as unknown as PledgeStep;
    expect(pledgeView(plain, play(lesson, at), null, 'en', en).compose).toBeNull();
    expect(cycleCompose(plain, null, 'time', 1)).toEqual([]);
  });

  test('allPledges gathers every pledge step in words', () => {
    const s = play(lesson, at, { type: 'pledge', choice: { actionId: 'meat-free', timeId: 'weekly' } });
    expect(allPledges(lesson, s, 'ko', ko).map((p) => p.text)).toEqual(['일주일에 한 번 고기 없는 점심 고르기']);
  });
});
