import type { Lesson } from '../lesson/schema.ts';
import type { PledgeChoice } from '../runner/types.ts';
import { answerText } from './answers.ts';
import { cellOf } from './desk-rows.ts';
import { pledgeKey } from './pledges.ts';
import { completedRun } from './summary.ts';
import type { LessonSummary } from './types.ts';

export interface QuestionStat {
  stepId: string;
  phase?: 'pre' | 'post';
  answered: number;
  /** Right at the first try: what students knew, before feedback taught them. */
  firstCorrectRate: number;
  finalCorrectRate: number;
  /** The most common wrong first answers, to find misconceptions. */
  wrongFirst: { answer: string; count: number }[];
}

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

type Tally = Omit<QuestionStat, 'firstCorrectRate' | 'finalCorrectRate' | 'wrongFirst'> & { first: number; final: number; wrong: Map<string, number> };

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** One lesson across the class, from its students' summaries (questions in the lesson's order). */
export function lessonStats(lessonId: string, lesson: Lesson | undefined, summaries: readonly LessonSummary[]): LessonStats {
  const tallies = new Map<string, Tally>();
  const tally = (stepId: string, phase: 'pre' | 'post' | undefined) => {
    let q = tallies.get(stepId);
    if (!q) tallies.set(stepId, (q = { stepId, ...(phase ? { phase } : {}), answered: 0, first: 0, final: 0, wrong: new Map() }));
    return q;
  };
  for (const step of lesson?.steps ?? []) if (step.type === 'quiz') tally(step.id, step.phase);
  const footprints: number[] = [];
  const ratios: number[] = [];
  const gains: { pre: number; post: number }[] = [];
  const pledges = new Map<string, { key: string; choice: PledgeChoice; count: number }>();
  let started = 0;
  for (const s of summaries) {
    if (s.lessonId !== lessonId) continue;
    started++;
    const cell = cellOf(s, lesson);
    if (cell.status === 'completed') footprints.push(cell.footprintKgPerYear);
    if (cell.ratio !== null) ratios.push(cell.ratio);
    if (cell.gain) gains.push(cell.gain);
    for (const [stepId, a] of Object.entries((completedRun(s) ?? s.last).answers)) {
      const q = tally(stepId, a.phase);
      q.answered++;
      if (a.firstCorrect) q.first++;
      else q.wrong.set(answerText(a.first), (q.wrong.get(answerText(a.first)) ?? 0) + 1);
      if (a.correct) q.final++;
    }
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
    questions: [...tallies.values()].map(({ wrong, first, final, ...q }) => ({
      ...q,
      firstCorrectRate: q.answered ? first / q.answered : 0,
      finalCorrectRate: q.answered ? final / q.answered : 0,
      wrongFirst: [...wrong].map(([answer, count]) => ({ answer, count })).sort((a, b) => b.count - a.count).slice(0, 3),
    })),
    pledges: [...pledges.values()].sort((a, b) => b.count - a.count),
  };
}
