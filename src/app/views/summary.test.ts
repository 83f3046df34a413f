import { describe, expect, test } from 'vitest';
import type { SummaryStep } from '../../lesson/steps/summary.ts';
import { countWords, PANEL_WORDS } from './panelWords.ts';
import { summaryFaces, summaryPanel, summaryPanelTexts, summaryTabs, summaryView, type SummaryPanel } from './summary.ts';
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

describe('the 3D panel: one part at a time, in tabs and pages (at most about 60 words at once)', () => {
  const words = (p: SummaryPanel) => countWords(summaryPanelTexts(p).join(' '));

  test('results first: the closing text, score, before → after and pledges on one page when they fit', () => {
    const v = summaryView(lesson, step, finished(), 'en', en);
    const p = summaryPanel(v, 'results', 0, en);
    expect(p.tabs.map((x) => [x.tab, x.label, x.selected])).toEqual([['results', 'Results', true], ['footprint', 'Footprint', false], ['sources', 'Sources', false]]);
    expect(p.heading).toBe(v.title);
    expect(p.blocks.map((b) => b.kind)).toEqual(['body', 'score', 'heading', 'gain', 'heading', 'pledges']);
    expect(p.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['Before → after the lesson', 'Your pledges']);
    expect(p.blocks.find((b) => b.kind === 'gain')!.text).toBe('• Which 100 g portion has the largest footprint? — wrong → right');
    expect(p.blocks.find((b) => b.kind === 'score')!.text).toBe('Score: 1 / 1 points');
    expect(p.blocks.find((b) => b.kind === 'pledges')!.text).toBe('• Choose chicken, tofu or vegetables over beef more often\n• I will walk or cycle to school on school days');
    expect(p.pageLabel).toBe('');
    expect(words(p)).toBeLessThanOrEqual(PANEL_WORDS);
  });

  test('the footprint tab: the changes that matter most, or that the lowest were chosen', () => {
    const p = summaryPanel(summaryView(lesson, step, finished(), 'en', en), 'footprint', 0, en);
    expect(p.heading).toBe('The changes that matter most');
    expect(p.blocks).toHaveLength(1);
    expect(p.blocks[0]!.text.split('\n')[0]).toBe('• What\'s on your lunch tray? — Beef → Tofu saves 3,516 kg CO₂e a year');
    // Before any choice there is nothing to say about changes: no footprint tab.
    const none = summaryView(lesson, step, play(lesson, { goto: 'summary' }), 'en', en);
    expect(summaryTabs(none, en)).toEqual(['results', 'sources']);
    expect(summaryPanel(none, 'footprint', 0, en).tab).toBe('results');
  });

  test('sources page by words, each with its address, every source on exactly one page', () => {
    const v = summaryView(lesson, step, finished(), 'en', en);
    const first = summaryPanel(v, 'sources', 0, en);
    expect(first.pages).toBeGreaterThan(1);
    const pages = Array.from({ length: first.pages }, (_, i) => summaryPanel(v, 'sources', i, en));
    expect(pages.map((x) => x.pageLabel)).toEqual(pages.map((_, i) => `${i + 1} / ${first.pages}`));
    expect(first.blocks[0]!.text.startsWith('• Which form of transport has the smallest carbon footprint? — Our World in Data, 2020\nhttps://ourworldindata.org/travel-carbon-footprint')).toBe(true);
    const all = pages.flatMap((x) => x.blocks.map((b) => b.text)).join('\n');
    for (const s of v.sources!) expect(all.split(s.line).length - 1, s.id).toBe(1);
    for (const x of pages) expect(words(x)).toBeLessThanOrEqual(PANEL_WORDS);
    expect(summaryPanel(v, 'sources', 99, en).page).toBe(first.pages - 1);
  });

  test('a long results tab pages, keeping a section whole when it fits on the next page', () => {
    const body = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const long = { ...step, body: { en: body, ko: body } } as SummaryStep;
    const v = summaryView(lesson, long, finished(), 'en', en);
    const p0 = summaryPanel(v, 'results', 0, en);
    const p1 = summaryPanel(v, 'results', 1, en);
    expect(p0.pages).toBe(2);
    expect(p0.blocks.map((b) => b.kind)).toEqual(['body', 'score']);
    expect(p1.blocks.map((b) => b.kind)).toEqual(['heading', 'gain', 'heading', 'pledges']);
    expect(p1.blocks[0]!.text).toBe('Before → after the lesson');
    expect([p0, p1].map((x) => x.pageLabel)).toEqual(['1 / 2', '2 / 2']);
    for (const x of [p0, p1]) expect(words(x)).toBeLessThanOrEqual(PANEL_WORDS);
  });

  test('one part shown: no tabs; summaryFaces lists every tab and page and the totals card', () => {
    const only = { ...step, show: ['pledges'] } as SummaryStep;
    const p = summaryPanel(summaryView(lesson, only, play(lesson, { goto: 'summary' }), 'ko', ko), 'sources', 0, ko);
    expect(p.tab).toBe('results');
    expect(p.tabs).toEqual([]);
    expect(p.blocks.slice(-2)).toEqual([{ kind: 'heading', text: '나의 약속' }, { kind: 'pledges', text: '고른 약속이 없어요' }]);
    const faces = summaryFaces(lesson, step, finished(), 'en', en);
    expect(faces[0]!.panel).toBe('results tab, page 1');
    expect(faces.at(-1)!.panel).toBe('totals');
    expect(faces.at(-1)!.texts[0]).toBe('Your year: 4,405 kg CO₂e');
    expect(faces.filter((f) => f.panel.startsWith('sources tab')).length).toBe(summaryPanel(summaryView(lesson, step, finished(), 'en', en), 'sources', 0, en).pages);
  });
});
