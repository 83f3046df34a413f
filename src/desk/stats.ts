import type { Lesson, Step } from '../lesson/schema.ts';
import { handlerFor, HANDLERS } from '../runner/registry.ts';
import { pledgeKey } from '../runner/steps/pledge.ts';
import type { PledgeChoice, QuestionStat, SummaryFold } from '../runner/types.ts';
import { cellOf } from './rows.ts';
import { completedRun } from '../progress/summary.ts';
import type { LessonSummary, RunFacts } from '../progress/types.ts';

export type { QuestionStat };

export interface LessonStats {
  lessonId: string;
  started: number;
  completed: number;
  /** Completed runs' footprint totals, kg CO2e per year, ascending. */
  footprints: number[];
  meanRatio: number | null;
  gain: { pre: number; post: number; students: number } | null;
  questions: QuestionStat[];
  pledges: { key: string; choice: PledgeChoice; count: number }[];
}

type Fold = SummaryFold<unknown, unknown>;
/** The step types whose facts are questions the desk tallies (quizzes, sort items, …). */
const ASKING = Object.values(HANDLERS).flatMap((h) => (h.summary?.questions ? [h.summary as Fold] : []));

/**
 * The questions of a lesson across the class, in the lesson's order (then those of steps it no longer
 * has): each step type tallies its own facts from the runs shown (`questions` of its summary fold).
 */
function questionsOf(lesson: Lesson | undefined, runs: readonly RunFacts[]): QuestionStat[] {
  const perStep = new Map<string, { fold: Fold; step: Step | undefined; facts: unknown[] }>();
  for (const step of lesson?.steps ?? []) {
    const fold = handlerFor(step).summary as Fold | undefined;
    if (fold?.questions) perStep.set(step.id, { fold, step, facts: [] });
  }
  for (const run of runs) {
    for (const fold of ASKING) {
      for (const [stepId, facts] of Object.entries(run[fold.slice] as unknown as Record<string, unknown>)) {
        let entry = perStep.get(stepId);
        if (!entry) perStep.set(stepId, (entry = { fold, step: undefined, facts: [] }));
        entry.facts.push(facts);
      }
    }
  }
  return [...perStep].flatMap(([stepId, e]) => e.fold.questions!(e.step, stepId, e.facts));
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** One lesson across the class, from its students' summaries (questions in the lesson's order). */
export function lessonStats(lessonId: string, lesson: Lesson | undefined, summaries: readonly LessonSummary[]): LessonStats {
  const footprints: number[] = [];
  const ratios: number[] = [];
  const gains: { pre: number; post: number }[] = [];
  const pledges = new Map<string, { key: string; choice: PledgeChoice; count: number }>();
  const shown: RunFacts[] = [];
  let started = 0;
  for (const s of summaries) {
    if (s.lessonId !== lessonId) continue;
    started++;
    const cell = cellOf(s, lesson);
    if (cell.status === 'completed') footprints.push(cell.footprintKgPerYear);
    if (cell.ratio !== null) ratios.push(cell.ratio);
    if (cell.gain) gains.push(cell.gain);
    shown.push(completedRun(s) ?? s.last);
    for (const choice of cell.pledges) {
      const key = pledgeKey(choice);
      const p = pledges.get(key) ?? { key, choice, count: 0 };
      p.count++;
      pledges.set(key, p);
    }
  }
  return {
    lessonId, started, completed: footprints.length,
    footprints: footprints.sort((a, b) => a - b),
    meanRatio: ratios.length ? mean(ratios) : null,
    gain: gains.length ? { pre: mean(gains.map((g) => g.pre)), post: mean(gains.map((g) => g.post)), students: gains.length } : null,
    questions: questionsOf(lesson, shown),
    pledges: [...pledges.values()].sort((a, b) => b.count - a.count),
  };
}
