import type { Lesson } from '../lesson/schema.ts';
import type { FootprintStep } from '../lesson/steps/footprint.ts';
import type { RunnerState } from './types.ts';

type Option = FootprintStep['options'][number];

/** kg CO2e for one occurrence of this choice: quantity × factor. */
export function optionKgPerChoice(option: Option): number {
  return option.quantity * option.factor;
}

/** kg CO2e per year if this choice is made `timesPerYear` times. */
export function optionKgPerYear(step: FootprintStep, option: Option): number {
  return optionKgPerChoice(option) * step.timesPerYear;
}

export interface FootprintLine {
  stepId: string;
  optionId: string;
  kgPerYear: number;
  /** The lowest-emitting option of the same step, and what switching to it would save per year. */
  bestOptionId: string;
  savingKgPerYear: number;
}

export interface FootprintSummary {
  lines: FootprintLine[];
  totalKgPerYear: number;
  /** Lines sorted by what a change would save, largest first: "which changes matter most". */
  biggestSavings: FootprintLine[];
}

function footprintSteps(lesson: Lesson): FootprintStep[] {
  return lesson.steps.filter((s): s is FootprintStep => s.type === 'footprint');
}

/** The student's footprint so far, from their choices. The only place totals are computed. */
export function footprintSummary(lesson: Lesson, state: RunnerState): FootprintSummary {
  const lines: FootprintLine[] = [];
  for (const step of footprintSteps(lesson)) {
    const chosen = step.options.find((o) => o.id === state.choices[step.id]);
    if (!chosen) continue;
    let best = chosen;
    for (const o of step.options) if (optionKgPerYear(step, o) < optionKgPerYear(step, best)) best = o;
    const kgPerYear = optionKgPerYear(step, chosen);
    lines.push({ stepId: step.id, optionId: chosen.id, kgPerYear, bestOptionId: best.id, savingKgPerYear: kgPerYear - optionKgPerYear(step, best) });
  }
  const totalKgPerYear = lines.reduce((sum, l) => sum + l.kgPerYear, 0);
  const biggestSavings = lines.filter((l) => l.savingKgPerYear > 0).sort((a, b) => b.savingKgPerYear - a.savingKgPerYear);
  return { lines, totalKgPerYear, biggestSavings };
}

/** The total as a share of each of the lesson's benchmarks (e.g. Korean average, 1.5 °C target). */
export function benchmarkShares(lesson: Lesson, totalKgPerYear: number): { id: string; kgPerYear: number; share: number }[] {
  return lesson.benchmarks.map((b) => ({ id: b.id, kgPerYear: b.kgPerYear, share: totalKgPerYear / b.kgPerYear }));
}

/** The option chosen at this step, if any. */
export function chosenOption(step: FootprintStep, state: RunnerState): Option | undefined {
  return step.options.find((o) => o.id === state.choices[step.id]);
}

/** The highest yearly figure among the step's options: the top of its consequence's scale. */
export function stepMaxKgPerYear(step: FootprintStep): number {
  return step.options.reduce((max, o) => Math.max(max, optionKgPerYear(step, o)), 0);
}

/** This step's chosen figure as a share of its highest option (0..1); 0 before a choice. */
export function consequenceLevel(step: FootprintStep, state: RunnerState): number {
  const chosen = chosenOption(step, state);
  const max = stepMaxKgPerYear(step);
  return chosen && max > 0 ? optionKgPerYear(step, chosen) / max : 0;
}

/** 1, 2, 5, 10, 20, 50 …: the smallest such number ≥ x (x > 0). */
export function niceCeil(x: number): number {
  if (!(x > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) if (m * p >= x * (1 - 1e-9)) return m * p;
  return 10 * p;
}

/**
 * What one balloon (or one tree) stands for at this step, in kg CO2e per year: a round number chosen
 * so the step's highest option needs at most `maxUnits` of them.
 */
export function kgPerUnit(step: FootprintStep, maxUnits: number): number {
  return niceCeil(stepMaxKgPerYear(step) / Math.max(1, maxUnits));
}

/** How many units show `kgPerYear`: proportional, and at least one for anything above zero. */
export function unitsFor(kgPerYear: number, perUnit: number, maxUnits: number): number {
  if (!(kgPerYear > 0) || !(perUnit > 0)) return 0;
  return Math.min(maxUnits, Math.max(1, Math.round(kgPerYear / perUnit)));
}

export interface ComparisonBar {
  kind: 'total' | 'benchmark';
  /** The benchmark's id; '' for the student's total. */
  id: string;
  kgPerYear: number;
  /** Length on a scale shared by every bar (the longest is 1). */
  fraction: number;
  /** The student's total as a share of this benchmark; 1 for the total itself. */
  share: number;
}

/** The student's yearly total and each benchmark as bars on one scale, the total first. */
export function comparisonBars(lesson: Lesson, totalKgPerYear: number): ComparisonBar[] {
  const shares = benchmarkShares(lesson, totalKgPerYear);
  const top = Math.max(totalKgPerYear, ...shares.map((b) => b.kgPerYear));
  const fraction = (kg: number) => (top > 0 ? kg / top : 0);
  return [
    { kind: 'total' as const, id: '', kgPerYear: totalKgPerYear, fraction: fraction(totalKgPerYear), share: 1 },
    ...shares.map((b) => ({ kind: 'benchmark' as const, id: b.id, kgPerYear: b.kgPerYear, fraction: fraction(b.kgPerYear), share: b.share })),
  ];
}
