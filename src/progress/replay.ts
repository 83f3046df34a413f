import type { Lesson } from '../lesson/schema.ts';
import type { PledgeStep } from '../lesson/steps/pledge.ts';
import type { QuizStep } from '../lesson/steps/quiz.ts';
import { resumeState, stepById } from '../runner/runner.ts';
import type { Record_, RunnerState } from '../runner/types.ts';
import { applyPledge } from './pledges.ts';

function apply(lesson: Lesson, s: RunnerState, r: Record_): RunnerState {
  switch (r.kind) {
    case 'lesson-started':
      return {
        lessonId: lesson.id, lessonVersion: r.lessonVersion, ageBand: r.ageBand, stepId: '', history: [], finished: false,
        quiz: {}, choices: {}, visited: {}, pledges: {},
      };
    case 'step-entered':
      return { ...s, stepId: r.stepId, history: [...s.history, r.stepId] };
    case 'went-back':
      return { ...s, stepId: r.stepId, history: s.history.slice(0, -1) };
    case 'visited': {
      const seen = s.visited[r.stepId] ?? [];
      return seen.includes(r.hotspotId) ? s : { ...s, visited: { ...s.visited, [r.stepId]: [...seen, r.hotspotId] } };
    }
    case 'answered': {
      const step = stepById(lesson, r.stepId);
      // Done as the runner decides it: right, or out of attempts. A question removed since counts as done.
      const maxAttempts = step?.type === 'quiz' ? (step as QuizStep).maxAttempts : r.attempt;
      const rec = { value: r.value, attempts: r.attempt, correct: r.correct, done: r.correct || r.attempt >= maxAttempts, points: r.points };
      return { ...s, quiz: { ...s.quiz, [r.stepId]: rec } };
    }
    case 'chose':
      return { ...s, choices: { ...s.choices, [r.stepId]: r.optionId } };
    case 'pledged':
    case 'unpledged': {
      const step = stepById(lesson, r.stepId);
      const max = step?.type === 'pledge' ? (step as PledgeStep).max : Infinity;
      const op = { op: r.kind === 'pledged' ? ('add' as const) : ('remove' as const), choice: r.choice };
      return { ...s, pledges: { ...s.pledges, [r.stepId]: applyPledge(s.pledges[r.stepId] ?? [], op, max) } };
    }
    case 'lesson-completed':
      return { ...s, finished: true };
    case 'step-completed':
      return s;
  }
}

/**
 * The runner state the records of the latest run lead to, exactly as the runner left it (same step,
 * history, answers, choices, pledges). Null when there is no run to resume. Records must be in log
 * order (by seq). The state is as saved: pass it to the runner's `resumeState` (or use `replay`).
 */
export function savedState(lesson: Lesson, records: readonly Record_[]): RunnerState | null {
  let from = -1;
  for (let i = records.length - 1; i >= 0; i--) if (records[i]!.kind === 'lesson-started') { from = i; break; }
  if (from < 0) return null;
  let state = apply(lesson, null as unknown as RunnerState, records[from]!);
  for (let i = from + 1; i < records.length; i++) state = apply(lesson, state, records[i]!);
  return state.stepId === '' ? null : state;
}

/**
 * Where a student resumes `lesson` from their log: the exact step with answers kept, or the nearest
 * step that still exists when the lesson changed (`moved`). `changed`: the lesson's version differs
 * from the one the run began with. Null: nothing to resume, start afresh.
 */
export function replay(lesson: Lesson, events: readonly { record: Record_ }[]): { state: RunnerState; moved: boolean; changed: boolean } | null {
  const saved = savedState(lesson, events.map((e) => e.record));
  if (!saved) return null;
  const resumed = resumeState(lesson, saved);
  return resumed && { ...resumed, changed: saved.lessonVersion !== lesson.version };
}
