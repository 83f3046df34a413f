import { IDLE_CAP_MS } from './summary.ts';
import type { ProgressEvent } from './types.ts';

/**
 * What an xAPI statement needs of the run an event belongs to: its registration (the id of the run's
 * lesson-started event, or of its first event) and its active time so far (the completed
 * statement's duration). The same figures as `foldEvent`'s `last.runId` and `last.activeMs` on that
 * device (tests/unit/progress-xapi-runs.test.ts holds them to that), without the rest of the summary.
 */
export interface RunFold {
  runId: string;
  /** `Date.parse` of the run's latest event's time (NaN for an unreadable one, as foldEvent has it). */
  lastMs: number;
  activeMs: number;
}

/**
 * Runs by (profile, lesson, device): a run happens on one device (progress is local), so a student
 * who went on with a lesson on a second device without starting it again has a run there of its own.
 */
export type Runs = Map<string, RunFold>;

export const runKey = (e: ProgressEvent): string => `${e.profileId}\u0000${e.lessonId}\u0000${e.deviceId}`;

/** Folds one event into its run (events of one device in seq order); returns the run, which `runs` keeps. */
export function foldRun(runs: Runs, e: ProgressEvent): RunFold {
  const key = runKey(e);
  const at = Date.parse(e.at);
  let run = runs.get(key);
  if (!run || e.record.kind === 'lesson-started') {
    run = { runId: e.id, lastMs: at, activeMs: 0 };
    runs.set(key, run);
    return run;
  }
  const gap = at - run.lastMs;
  if (gap > 0) run.activeMs += Math.min(gap, IDLE_CAP_MS); // as foldEvent: a clock set back counts nothing
  run.lastMs = at;
  return run;
}
