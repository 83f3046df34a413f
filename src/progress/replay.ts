import type { Lesson } from '../lesson/schema.ts';
import { applyRecord, resumeState } from '../runner/runner.ts';
import type { LogRecord, RunnerState } from '../runner/types.ts';

/**
 * The runner state the records of the latest run lead to, exactly as the runner left it (same step,
 * history, answers, choices, pledges): the records go through the runner's own `applyRecord`, the
 * function play changes the state with. Null when there is no run to resume. Records must be in log
 * order (by seq). The state is as saved: pass it to the runner's `resumeState` (or use `replay`).
 */
export function savedState(lesson: Lesson, records: readonly LogRecord[]): RunnerState | null {
  let from = -1;
  for (let i = records.length - 1; i >= 0; i--) if (records[i]!.kind === 'lesson-started') { from = i; break; }
  if (from < 0) return null;
  let state = applyRecord(lesson, undefined as unknown as RunnerState, records[from]!);
  for (let i = from + 1; i < records.length; i++) state = applyRecord(lesson, state, records[i]!);
  return state.stepId === '' ? null : state;
}

/**
 * Where a student resumes `lesson` from their log: the exact step with answers kept, or the nearest
 * step that still exists when the lesson changed (`moved`). `changed`: the lesson's version differs
 * from the one the run began with. Null: nothing to resume, start afresh.
 */
export function replay(lesson: Lesson, events: readonly { record: LogRecord }[]): { state: RunnerState; moved: boolean; changed: boolean } | null {
  const saved = savedState(lesson, events.map((e) => e.record));
  if (!saved) return null;
  const resumed = resumeState(lesson, saved);
  return resumed && { ...resumed, changed: saved.lessonVersion !== lesson.version };
}
