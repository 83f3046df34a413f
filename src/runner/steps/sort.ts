import type { SortedRecord, SortStep } from '../../lesson/steps/sort.ts';
import { pick } from '../../lesson/text.ts';
import type { QuestionStat, RunnerState, StepHandler } from '../types.ts';
import { pointsFor } from './quiz.ts';

/** Where one item stands: the bin last tried, and whether it is settled (right, or out of tries). */
export interface SortPlacement {
  binId: string;
  attempts: number;
  correct: boolean;
  /** Right, or out of tries: the item sits in its right bin and its explanation shows. */
  done: boolean;
  points: number;
}

/** One item over a run, for the lesson summary: the first bin tried (what the student thought) and the last. */
export interface SortItemFacts {
  first: string;
  firstCorrect: boolean;
  correct: boolean;
  attempts: number;
  points: number;
  maxPoints: number;
}

declare module '../types.ts' {
  /** Sort step id → item id → where it stands. */
  interface StepStates { sorts: Record<string, Record<string, SortPlacement>> }
  interface StepEvents { sort: { itemId: string; binId: string } }
  /** Sort step id → item id → the run's tries. */
  interface StepFacts { sorts: Record<string, Record<string, SortItemFacts>> }
}

/** The student's placements at this step, by item id. */
export const placementsOf = (step: { id: string }, state: RunnerState): Record<string, SortPlacement> => state.sorts[step.id] ?? {};

function apply(step: SortStep | undefined, state: RunnerState, r: SortedRecord): RunnerState {
  const done = r.correct || r.attempt >= (step?.maxAttempts ?? r.attempt);
  const placement: SortPlacement = { binId: r.binId, attempts: r.attempt, correct: r.correct, done, points: r.points };
  return { ...state, sorts: { ...state.sorts, [r.stepId]: { ...state.sorts[r.stepId], [r.itemId]: placement } } };
}

function tally(stepId: string, itemId: string, runs: readonly SortItemFacts[]): QuestionStat {
  const wrong = new Map<string, number>();
  for (const f of runs) if (!f.firstCorrect) wrong.set(f.first, (wrong.get(f.first) ?? 0) + 1);
  const rate = (n: number) => (runs.length ? n / runs.length : 0);
  return {
    stepId, partId: itemId, answered: runs.length,
    firstCorrectRate: rate(runs.filter((f) => f.firstCorrect).length),
    finalCorrectRate: rate(runs.filter((f) => f.correct).length),
    wrongFirst: [...wrong].map(([answer, count]) => ({ answer, count })).sort((a, b) => b.count - a.count).slice(0, 3),
  };
}

export const sort: StepHandler<SortStep, SortedRecord, Record<string, SortItemFacts>> = {
  records: ['sorted'],
  slice: 'sorts',
  isComplete: (step, state) => step.items.every((item) => placementsOf(step, state)[item.id]?.done === true),
  handle(_lesson, step, state, event) {
    if (event.type !== 'sort') return null;
    const item = step.items.find((i) => i.id === event.itemId);
    if (!item || !step.bins.some((b) => b.id === event.binId)) return { state, effects: [{ type: 'rejected', reason: 'no such item or bin in this step' }] };
    const prev = placementsOf(step, state)[item.id];
    if (prev?.done) return { state, effects: [{ type: 'rejected', reason: 'already sorted' }] };
    const attempt = (prev?.attempts ?? 0) + 1;
    const correct = event.binId === item.bin;
    const record: SortedRecord = {
      kind: 'sorted', stepId: step.id, itemId: item.id, binId: event.binId, correct, attempt, points: correct ? pointsFor(step, attempt) : 0, maxPoints: step.points,
    };
    return { state: apply(step, state, record), effects: [{ type: 'record', record }, { type: 'feedback', tone: correct ? 'correct' : 'wrong' }] };
  },
  apply,
  // Each settled item counts, like a quiz once it is done.
  score: (step, state) => {
    const settled = Object.values(placementsOf(step, state)).filter((p) => p.done);
    return settled.length ? { points: settled.reduce((s, p) => s + p.points, 0), maxPoints: settled.length * step.points } : null;
  },
  diligent: (step) => step.items.map((item) => ({ type: 'sort', itemId: item.id, binId: item.bin })),
  summary: {
    slice: 'sorts',
    fold: (prev, r) => {
      const before = prev?.[r.itemId];
      const facts: SortItemFacts = {
        first: before ? before.first : r.binId, firstCorrect: before ? before.firstCorrect : r.correct,
        correct: r.correct, attempts: r.attempt, points: r.points, maxPoints: r.maxPoints,
      };
      return { ...prev, [r.itemId]: facts };
    },
    points: (items) => Object.values(items).reduce((s, f) => ({ points: s.points + f.points, maxPoints: s.maxPoints + f.maxPoints }), { points: 0, maxPoints: 0 }),
    questions: (step, stepId, runs) => {
      const ids = step?.type === 'sort' ? step.items.map((i) => i.id) : [...new Set(runs.flatMap((r) => Object.keys(r)))];
      return ids.map((id) => tally(stepId, id, runs.flatMap((r) => (r[id] ? [r[id]] : []))));
    },
    questionLabel: (step, part, lang) => {
      if (step.type !== 'sort') return `${step.id}: ${part ?? ''}`;
      const item = step.items.find((i) => i.id === part);
      return `${pick(step.title, lang)}: ${item ? pick(item.label, lang) : part ?? ''}`;
    },
    answerLabel: (step, _part, bin, lang) => {
      const found = step.type === 'sort' ? step.bins.find((b) => b.id === bin) : undefined;
      return found ? pick(found.label, lang) : bin;
    },
  },
  // xAPI's "matching" interaction: the response pairs the item with the bin, "source[.]target".
  xapi: (r) => ({
    verb: 'answered',
    result: {
      success: r.correct, response: `${r.itemId}[.]${r.binId}`,
      ...(r.maxPoints > 0 ? { score: { raw: r.points, min: 0, max: r.maxPoints, scaled: r.points / r.maxPoints } } : {}),
      extensions: { attempt: r.attempt },
    },
  }),
  xapiInteraction: () => 'matching',
};
