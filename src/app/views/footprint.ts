import type { Language } from '../../lesson/common.ts';
import type { Lesson, Source } from '../../lesson/schema.ts';
import type { FootprintStep } from '../../lesson/steps/footprint.ts';
import { pick, pickPlain } from '../../lesson/text.ts';
import {
  chosenOption, comparisonBars, consequenceLevel, footprintSummary, kgPerUnit, optionKgPerChoice, optionKgPerYear,
  stepMaxKgPerYear, unitsFor,
} from '../../runner/footprint.ts';
import type { RunnerState } from '../../runner/types.ts';
import { formatKg, formatNumber, formatPercent, formatQuantity } from './numbers.ts';
import type { Translate } from './translate.ts';

/** The most balloons or trees a consequence shows: enough to read as "more", few enough to count. */
export const MAX_UNITS = { balloons: 24, trees: 20 } as const;
/** A choice made this many times a year is a daily one: its figures read "a day". */
const DAYS_A_YEAR = 365;

export interface FootprintOptionView {
  id: string;
  label: string;
  /** "4 km" */
  quantity: string;
  /** "0.77 kg CO₂e each time" ("… a day" for a daily choice), with "≈ " when approximate. */
  perChoice: string;
  /** "146 kg CO₂e a year", with "≈ " when approximate. */
  perYear: string;
  /** Publisher and year, short enough for a 3D button. */
  sourceShort: string;
  /** Title, publisher and year. */
  sourceFull: string;
  approximate: boolean;
  chosen: boolean;
}

export interface BarView {
  key: string;
  kind: 'total' | 'benchmark';
  label: string;
  /** "≈ 12,000 kg CO₂e a year" */
  value: string;
  /** 0..1 on a scale shared by every bar. */
  fraction: number;
  /** "You = 1.2% of this"; empty for the total itself. */
  share: string;
}

export interface ConsequenceView {
  kind: FootprintStep['consequence'];
  /** The chosen option's yearly figure against the step's highest (0..1): thermometer and sea level. */
  level: number;
  /** Balloons shown, or trees lost: proportional to kg. */
  units: number;
  maxUnits: number;
  /** What the scale means: "Each = 20 kg CO₂e a year" or "Top of scale = 280 kg CO₂e a year". */
  caption: string;
  /** The consequence in words, for screen readers and the DOM layer. */
  description: string;
}

export interface FootprintView {
  title: string;
  prompt: string;
  /** "190 times a year", or "every day" for 365 */
  times: string;
  options: FootprintOptionView[];
  anyApproximate: boolean;
  chosen: boolean;
  /** "Your year so far: 146 kg CO₂e a year" parts. */
  total: string;
  bars: BarView[];
  consequence: ConsequenceView;
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

export function sourceNames(lesson: Lesson, id: string, lang: Language): { short: string; full: string; source: Source | undefined } {
  const s = lesson.sources.find((x) => x.id === id);
  if (!s) return { short: id, full: id, source: undefined };
  const publisher = pickPlain(s.publisher, lang);
  return { short: `${shorten(publisher, 34)}, ${s.year}`, full: `${s.title} — ${publisher}, ${s.year}`, source: s };
}

const approx = (t: Translate, on: boolean, value: string) => (on ? t('steps.approx', { value }) : value);

/** The student's yearly total and every benchmark of the lesson, as labelled bars on one scale. */
export function barsView(lesson: Lesson, totalKgPerYear: number, lang: Language, t: Translate): BarView[] {
  return comparisonBars(lesson, totalKgPerYear).map((b) => {
    const value = t('steps.kgPerYear', { kg: formatKg(b.kgPerYear, lang) });
    if (b.kind === 'total') return { key: 'total', kind: b.kind, label: t('steps.footprint.you'), value, fraction: b.fraction, share: '' };
    const bench = lesson.benchmarks.find((x) => x.id === b.id)!;
    return {
      key: `benchmark:${b.id}`, kind: b.kind, label: pick(bench.label, lang), value: approx(t, bench.approximate, value),
      fraction: b.fraction, share: t('steps.footprint.share', { pct: formatPercent(b.share, lang) }),
    };
  });
}

function consequenceView(step: FootprintStep, state: RunnerState, lang: Language, t: Translate): ConsequenceView {
  const kind = step.consequence;
  const level = consequenceLevel(step, state);
  const chosen = chosenOption(step, state);
  const kg = chosen ? optionKgPerYear(step, chosen) : 0;
  const k = 'steps.footprint.consequence';
  if (kind === 'balloons' || kind === 'trees') {
    const maxUnits = MAX_UNITS[kind];
    const per = kgPerUnit(step, maxUnits);
    const units = unitsFor(kg, per, maxUnits);
    const description = units === 0 ? t(`${k}.${kind}None`, { max: maxUnits }) : t(`${k}.${kind}`, { count: units, max: maxUnits });
    return { kind, level, units, maxUnits, caption: t('steps.footprint.perUnit', { kg: formatKg(per, lang) }), description };
  }
  return {
    kind, level, units: 0, maxUnits: 0,
    caption: t('steps.footprint.scaleTop', { kg: formatKg(stepMaxKgPerYear(step), lang) }),
    // Before a choice the level means nothing yet: say so, rather than "rose to 0 %".
    description: chosen ? t(`${k}.${kind}`, { pct: formatPercent(level, lang) }) : t(`${k}.pending`),
  };
}

/** What a footprint step looks like right now; shared by the 3D panel and the DOM layer. */
export function footprintView(lesson: Lesson, step: FootprintStep, state: RunnerState, lang: Language, t: Translate): FootprintView {
  const chosenId = state.choices[step.id];
  const daily = step.timesPerYear === DAYS_A_YEAR;
  const options = step.options.map((o): FootprintOptionView => {
    const names = sourceNames(lesson, o.source, lang);
    return {
      id: o.id,
      label: pick(o.label, lang),
      quantity: t('steps.quantity', { quantity: formatQuantity(o.quantity, lang), unit: pick(o.unit, lang) }),
      perChoice: approx(t, o.approximate, t(daily ? 'steps.footprint.perDay' : 'steps.footprint.perChoice', { kg: formatKg(optionKgPerChoice(o), lang) })),
      perYear: approx(t, o.approximate, t('steps.footprint.perYear', { kg: formatKg(optionKgPerYear(step, o), lang) })),
      sourceShort: names.short,
      sourceFull: names.full,
      approximate: o.approximate,
      chosen: o.id === chosenId,
    };
  });
  const total = footprintSummary(lesson, state).totalKgPerYear;
  return {
    title: pick(step.title, lang),
    prompt: pick(step.prompt, lang),
    times: daily ? t('steps.footprint.daily') : t('steps.footprint.times', { n: formatNumber(step.timesPerYear, lang) }),
    options,
    anyApproximate: options.some((o) => o.approximate),
    chosen: chosenId !== undefined,
    total: t('steps.kgPerYear', { kg: formatKg(total, lang) }),
    bars: barsView(lesson, total, lang, t),
    consequence: consequenceView(step, state, lang, t),
  };
}

/**
 * Which face of a footprint step's 3D panel shows. A headset panel shows about 60 words at most
 * (tests/unit/panel-words.test.ts): the choices face has the question and each card's label and
 * yearly figure; the arithmetic (the prompt's assumptions, the chosen card's quantity and figure per
 * choice) and the source open on the details face. The DOM layer shows everything at once.
 */
export type FootprintFace = 'choices' | 'details';

export interface FootprintCard {
  id: string;
  label: string;
  /** "146 kg CO₂e a year" */
  figure: string;
  chosen: boolean;
}

export interface FootprintPanel {
  face: FootprintFace;
  /** The step's title (choices face only). */
  heading: string;
  /** Choices: "Choose one · every day". Details: the prompt (the assumptions behind the figures). */
  lead: string;
  /** Choices face only. */
  cards: FootprintCard[];
  /** Details face only: the chosen card's label, quantity and kg per choice, and source; or how to see them. */
  detail: string;
  /** The button that turns the panel to the other face. */
  toggle: string;
}

/** What the footprint's 3D panel draws on `face`; the figures are the view's own (footprintView). */
export function footprintPanel(v: FootprintView, face: FootprintFace, t: Translate): FootprintPanel {
  if (face === 'choices') {
    return {
      face,
      heading: v.title,
      lead: t('steps.footprint.chooseHow', { times: v.times }),
      cards: v.options.map((o) => ({ id: o.id, label: o.label, figure: o.perYear, chosen: o.chosen })),
      detail: '',
      toggle: t('steps.footprint.details'),
    };
  }
  const o = v.options.find((x) => x.chosen);
  const source = o ? t(o.approximate ? 'steps.footprint.sourceApprox' : 'steps.footprint.source', { source: o.sourceShort }) : '';
  // No heading and no "how often" here: the prompt's assumptions and the figure per choice ("a day")
  // say it, and every word the headset shows counts.
  return {
    face,
    heading: '',
    lead: v.prompt,
    cards: [],
    detail: o ? `${o.label}\n${o.quantity} · ${o.perChoice}\n${source}` : t('steps.footprint.chooseForDetails'),
    toggle: t('steps.footprint.backToChoices'),
  };
}

/** Every text the footprint's 3D panel draws at once on its face, in reading order. */
export function footprintPanelTexts(p: FootprintPanel): string[] {
  return [p.heading, p.lead, ...p.cards.map((c) => `${c.chosen ? '✓ ' : ''}${c.label}\n${c.figure}`), p.detail, p.toggle].filter(Boolean);
}
