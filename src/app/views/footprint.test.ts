import { describe, expect, test } from 'vitest';
import type { FootprintStep } from '../../lesson/steps/footprint.ts';
import { footprintSummary } from '../../runner/footprint.ts';
import { footprintPanel, footprintPanelTexts, footprintView } from './footprint.ts';
import { formatKg, formatPercent } from './numbers.ts';
import { choicesLesson, play, translator } from './testing.ts';

const lesson = choicesLesson();
const step = (id: string) => lesson.steps.find((s) => s.id === id) as FootprintStep;
const en = translator('en');
const ko = translator('ko');
const atTravel = [{ type: 'answer' as const, value: 'beef' }, { type: 'next' as const }];

describe('footprint view', () => {
  test('each option shows its quantity, kg per choice and per year, and its source', () => {
    const v = footprintView(lesson, step('travel'), play(lesson, ...atTravel), 'en', en);
    expect(v.title).toBe('How will you get to school?');
    expect(v.times).toBe('190 times a year');
    expect(v.options[3]).toEqual({
      id: 'car', label: 'Car, driven alone', quantity: '4 km', perChoice: '0.77 kg CO₂e each time', perYear: '146 kg CO₂e a year',
      sourceShort: 'Our World in Data, 2020', sourceFull: 'Which form of transport has the smallest carbon footprint? — Our World in Data, 2020',
      approximate: false, chosen: false,
    });
    expect(v.options[0]!.perYear).toBe('0 kg CO₂e a year');
    expect(v.chosen).toBe(false);
    expect(v.total).toBe('0 kg CO₂e a year');
  });

  test('approximate factors are marked ≈, daily choices read "a day", and long publishers are shortened for 3D', () => {
    const v = footprintView(lesson, step('power'), play(lesson), 'ko', ko);
    expect(v.times).toBe('매일');
    expect(footprintView(lesson, step('power'), play(lesson), 'en', en).options[0]!.perChoice).toBe('≈ 0.83 kg CO₂e a day');
    expect(v.options[0]!.perChoice).toBe('≈ 하루 0.83 kg CO₂e');
    expect(v.options[0]!.perYear).toBe('≈ 1년 305 kg CO₂e');
    expect(v.anyApproximate).toBe(true);
    expect(v.options[0]!.sourceShort.length).toBeLessThanOrEqual(34 + 6);
    expect(v.options[0]!.sourceShort).toMatch(/…, 2025$/);
  });

  test('the running total and the bars follow the runner, per language', () => {
    const s = play(lesson, ...atTravel, { type: 'choose', optionId: 'car' }, { type: 'next' }, { type: 'choose', optionId: 'beef' });
    const total = footprintSummary(lesson, s).totalKgPerYear;
    expect(total).toBeCloseTo(4 * 0.192 * 190 + 0.1 * 99.48 * 365);
    const v = footprintView(lesson, step('lunch'), s, 'en', en);
    expect(v.total).toBe(`${formatKg(total, 'en')} kg CO₂e a year`);
    expect(v.total).toBe('3,777 kg CO₂e a year');
    expect(v.bars.map((b) => [b.key, b.label, b.value, b.share])).toEqual([
      ['total', 'Your choices', '3,777 kg CO₂e a year', ''],
      ['benchmark:korea-average', 'Korea, per person (2023)', '≈ 12,000 kg CO₂e a year', `You = ${formatPercent(total / 12000, 'en')} of this`],
      ['benchmark:target-2030', '1.5 °C lifestyle target (2030)', '≈ 2,500 kg CO₂e a year', 'You = 151% of this'],
    ]);
    expect(v.bars.map((b) => b.fraction)).toEqual([total / 12000, 1, 2500 / 12000]);
    const k = footprintView(lesson, step('lunch'), s, 'ko', ko);
    expect(k.total).toBe('1년 3,777 kg CO₂e');
    expect(k.bars[2]!.share).toBe('나의 합계 = 이것의 151%');
  });

  test('balloons: count in proportion to kg, with what one balloon means', () => {
    const none = footprintView(lesson, step('travel'), play(lesson, ...atTravel), 'en', en).consequence;
    expect(none).toMatchObject({ kind: 'balloons', units: 0, maxUnits: 24, level: 0, description: 'No CO₂e balloons' });
    const car = footprintView(lesson, step('travel'), play(lesson, ...atTravel, { type: 'choose', optionId: 'car' }), 'en', en).consequence;
    // 145.9 kg / 24 → 10 kg a balloon → 15 balloons.
    expect(car).toMatchObject({ units: 15, level: 1, caption: 'Each = 10 kg CO₂e a year', description: '15 CO₂e balloons' });
    const bike = footprintView(lesson, step('travel'), play(lesson, ...atTravel, { type: 'choose', optionId: 'bike' }), 'ko', ko).consequence;
    expect(bike).toMatchObject({ units: 1, caption: '하나 = 1년 10 kg CO₂e', description: 'CO₂e 풍선 1개' });
  });

  test('trees: lost in proportion to kg; all standing before a choice', () => {
    const at = { goto: 'lunch' };
    expect(footprintView(lesson, step('lunch'), play(lesson, at), 'en', en).consequence.description).toBe('All 20 trees standing');
    const beef = footprintView(lesson, step('lunch'), play(lesson, at, { type: 'choose', optionId: 'beef' }), 'en', en).consequence;
    expect(beef).toMatchObject({ kind: 'trees', units: 18, maxUnits: 20, caption: 'Each = 200 kg CO₂e a year', description: '18 of 20 trees lost' });
    const tofu = footprintView(lesson, step('lunch'), play(lesson, at, { type: 'choose', optionId: 'tofu' }), 'en', en).consequence;
    expect(tofu.description).toBe('1 of 20 trees lost');
  });

  test('thermometer and sea level: a level against the step\'s highest option', () => {
    const s = play(lesson, { goto: 'power' }, { type: 'choose', optionId: 'usual' });
    const c = footprintView(lesson, step('power'), s, 'en', en).consequence;
    expect(c.level).toBeCloseTo(4 / 6);
    expect(c).toMatchObject({ kind: 'thermometer', caption: 'Top of scale = 914 kg CO₂e a year', description: 'The thermometer rose to 67% of its scale' });
    const sea = footprintView(lesson, step('cooling'), play(lesson, { goto: 'cooling' }, { type: 'choose', optionId: 'fan' }), 'ko', ko).consequence;
    expect(sea.level).toBeCloseTo(0.5 / 6);
    expect(sea.description).toBe('바닷물이 눈금의 8.3%까지 차올랐어요');
    // Before a choice: no "rose to 0 %".
    expect(footprintView(lesson, step('cooling'), play(lesson, { goto: 'cooling' }), 'en', en).consequence.description).toBe('Choose one to see what it does');
  });
});

describe('footprint 3D panel: a face of choices, the arithmetic and source on demand', () => {
  test('the choices face shows each card\'s label and yearly figure, no source and no per-choice arithmetic', () => {
    const s = play(lesson, ...atTravel, { type: 'choose', optionId: 'car' });
    const p = footprintPanel(footprintView(lesson, step('travel'), s, 'en', en), 'choices', en);
    expect([p.heading, p.lead, p.toggle, p.detail]).toEqual(['How will you get to school?', 'Choose one · 190 times a year', 'Figures and sources', '']);
    expect(p.cards[3]).toEqual({ id: 'car', label: 'Car, driven alone', figure: '146 kg CO₂e a year', chosen: true });
    const texts = footprintPanelTexts(p).join('\n');
    expect(texts).toContain('✓ Car, driven alone\n146 kg CO₂e a year');
    expect(texts).not.toMatch(/Our World in Data|each time/);
  });

  test('the details face shows the prompt and the chosen card\'s quantity, figure per choice and source; before a choice, how to get them', () => {
    const before = footprintPanel(footprintView(lesson, step('travel'), play(lesson, ...atTravel), 'ko', ko), 'details', ko);
    expect(before.cards).toEqual([]);
    expect(before.detail).toBe('카드를 고르면 수치와 출처가 보여요.');
    expect(before.toggle).toBe('◀ 선택지');
    const s = play(lesson, ...atTravel, { type: 'choose', optionId: 'car' });
    const v = footprintView(lesson, step('travel'), s, 'en', en);
    const p = footprintPanel(v, 'details', en);
    expect(p.lead).toBe(v.prompt);
    expect(p.detail).toBe('Car, driven alone\n4 km · 0.77 kg CO₂e each time\nSource: Our World in Data, 2020');
    // An estimate from a secondary source says so on its source line.
    const power = play(lesson, { goto: 'power' }, { type: 'choose', optionId: footprintView(lesson, step('power'), play(lesson), 'en', en).options[0]!.id });
    expect(footprintPanel(footprintView(lesson, step('power'), power, 'en', en), 'details', en).detail).toMatch(/\n≈ Source: .+, 2025$/);
  });
});
