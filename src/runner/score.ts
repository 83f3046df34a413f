import type { Lesson } from '../lesson/schema.ts';
import type { QuizStep } from '../lesson/steps/quiz.ts';
import type { RunnerState } from './types.ts';

export interface Score {
  points: number;
  maxPoints: number;
  /** 0..1; 0 when there was nothing to score. */
  ratio: number;
  /** Per measure, the pre and post result (1 right, 0 wrong) for learning gain. */
  measures: Record<string, { pre?: number; post?: number }>;
}

/**
 * The score over the quizzes the student has finished. Pre-test questions measure what the student
 * knew before the lesson, so they do not count towards the score.
 */
export function score(lesson: Lesson, state: RunnerState): Score {
  let points = 0;
  let maxPoints = 0;
  const measures: Score['measures'] = {};
  for (const step of lesson.steps) {
    if (step.type !== 'quiz') continue;
    const rec = state.quiz[step.id];
    if (!rec?.done) continue;
    const q = step as QuizStep;
    if (q.measure && q.phase) (measures[q.measure] ??= {})[q.phase] = rec.correct ? 1 : 0;
    if (q.phase === 'pre') continue;
    points += rec.points;
    maxPoints += q.points;
  }
  return { points, maxPoints, ratio: maxPoints > 0 ? points / maxPoints : 0, measures };
}
