import type { Lesson } from '../lesson/schema.ts';
import type { QuizStep } from '../lesson/steps/quiz.ts';
import { handlerFor } from './registry.ts';
import type { RunnerState } from './types.ts';

export interface Score {
  points: number;
  maxPoints: number;
  /** 0..1; 0 when there was nothing to score. */
  ratio: number;
  /** Per measure, the pre and post result (1 right, 0 wrong) for learning gain. */
  measures: Record<string, { pre?: number; post?: number }>;
}

/** The score over the steps the student has settled, as each step type counts it (pre-tests do not count). */
export function score(lesson: Lesson, state: RunnerState): Score {
  let points = 0;
  let maxPoints = 0;
  const measures: Score['measures'] = {};
  for (const step of lesson.steps) {
    const s = handlerFor(step).score?.(step, state);
    if (s) {
      points += s.points;
      maxPoints += s.maxPoints;
    }
    // Pre and post questions sharing a measure: what the student knew before and after.
    const rec = step.type === 'quiz' ? state.quiz[step.id] : undefined;
    const q = step as QuizStep;
    if (rec?.done && q.measure && q.phase) (measures[q.measure] ??= {})[q.phase] = rec.correct ? 1 : 0;
  }
  return { points, maxPoints, ratio: maxPoints > 0 ? points / maxPoints : 0, measures };
}
