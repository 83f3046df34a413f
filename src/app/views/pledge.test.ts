import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadLesson } from '../../lesson/load.ts';
import type { PledgeStep } from '../../lesson/steps/pledge.ts';
import { start } from '../../runner/runner.ts';
import { countWords, PANEL_WORDS } from './panelWords.ts';
import { allPledges, composeParts, cycleCompose, pledgeFaces, pledgeMine, pledgePanel, pledgePanelTexts, pledgeView, setComposePart } from './pledge.ts';
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

describe('the 3D panel: tabs, pages and the card (at most about 60 words at once)', () => {
  const words = (texts: string[]) => countWords(texts.join(' '));

  test('a short list is one page: heading, prompt, tabs and every option, ✓ on the chosen', () => {
    const v = pledgeView(step, play(lesson, at, { type: 'pledge', choice: { optionId: 'lunch' } }), null, 'en', en);
    const p = pledgePanel(v, 'pick', 0, en);
    expect(p.pages).toBe(1);
    expect(p.pageLabel).toBe('');
    expect(p.tabs).toEqual([{ tab: 'pick', label: 'Pick from the list', selected: true }, { tab: 'compose', label: 'Build your own', selected: false }]);
    expect(p.options.map((o) => o.label)).toEqual(['Walk, cycle or take the bus or subway to school', '✓ Choose chicken, tofu or vegetables over beef more often', "Switch off lights, screens and chargers I'm not using"]);
    expect(p.lead).toBe(`${v.prompt}\nYou can choose up to 2`);
  });

  test('a long list pages by words, evenly, each page within 60 words, every option on one page', () => {
    const mcd = loadLesson(readFileSync(new URL('../../../lessons/my-carbon-day.json', import.meta.url), 'utf8'));
    if (!mcd.ok) throw new Error('my-carbon-day.json does not load');
    const long = mcd.lesson.steps.find((s) => s.id === 'pledge') as PledgeStep;
    const v = pledgeView(long, start(mcd.lesson, 'middle').state, null, 'en', en);
    const first = pledgePanel(v, 'pick', 0, en);
    expect(first.pages).toBe(2);
    const pages = [0, 1].map((i) => pledgePanel(v, 'pick', i, en));
    expect(pages.map((x) => x.options.length)).toEqual([2, 2]);
    expect(pages.map((x) => x.pageLabel)).toEqual(['1 / 2', '2 / 2']);
    expect(pages.flatMap((x) => x.options.map((o) => o.key))).toEqual(v.options.map((o) => o.key));
    for (const x of pages) expect(words(pledgePanelTexts(x))).toBeLessThanOrEqual(PANEL_WORDS);
    // Everything at once would not have fitted.
    expect(words([first.heading, first.lead, ...first.tabs.map((x) => x.label), ...v.options.map((o) => o.text)])).toBeGreaterThan(PANEL_WORDS);
    // A page past the end shows the last one.
    expect(pledgePanel(v, 'pick', 7, en).page).toBe(1);
    expect(pledgeFaces(long, start(mcd.lesson, 'middle').state, 'en', en).map((f) => f.panel)).toEqual(['pick tab, page 1', 'pick tab, page 2', 'compose tab', 'my pledges']);
  });

  test('the compose tab: both parts, the sentence they make and the add button, no list', () => {
    const v = pledgeView(step, play(lesson, at), ['meat-free', 'weekly'], 'en', en);
    const p = pledgePanel(v, 'compose', 3, en);
    expect(p.options).toEqual([]);
    expect(p.compose).toMatchObject({ action: 'What: choose a meat-free lunch', time: 'When: once a week', preview: '“I will choose a meat-free lunch once a week”', add: 'Add to my pledges', already: false });
    expect(pledgePanelTexts(p)).toContain('Build your own');
  });

  test('the card beside it: none yet, then each pledge to remove and the hint once full', () => {
    const empty = pledgeMine(pledgeView(step, play(lesson, at), null, 'ko', ko), ko);
    expect(empty).toEqual({ title: '나의 약속 (0/2)', items: [], empty: '아직 고른 약속이 없어요', hint: '' });
    const s = play(lesson, at, { type: 'pledge', choice: { optionId: 'lunch' } }, { type: 'pledge', choice: { optionId: 'travel' } });
    const full = pledgeMine(pledgeView(step, s, null, 'en', en), en);
    expect(full.items.map((i) => i.label)).toEqual(['Choose chicken, tofu or vegetables over beef more often ×', 'Walk, cycle or take the bus or subway to school ×']);
    expect(full.empty).toBe('');
    expect(full.hint).toBe('Past 2, your oldest pledge makes way');
  });
});
