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
