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
