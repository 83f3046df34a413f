import { HANDLERS, recordOwner } from '../runner/registry.ts';
import type { StepFacts, SummaryFold } from '../runner/types.ts';
import type { AnyEvent, LessonSummary, RunFacts } from './types.ts';

/** Bump when the fold below changes: stored summaries of an older version are rebuilt from the log. */
// 2: answers no longer keep the last value (the desk never shows it); 3: the pair's event count (for
// an export cache, since removed); 4: without it again, and each step type's facts in its own slice
// (a sort step's among them)
export const SUMMARY_VERSION = 4;

/** A gap between two events longer than this counts as this much (a break, a clock jump). */
export const IDLE_CAP_MS = 5 * 60_000; // 5 minutes

/** Each step type's summary fold (its module's `summary`), for the types that have one. */
const FOLDS = Object.values(HANDLERS).flatMap((h) => (h.summary ? [h.summary as SummaryFold<unknown, unknown>] : []));

function newRun(e: AnyEvent): RunFacts {
  const started = e.record.kind === 'lesson-started' ? e.record : null;
  const slices = Object.fromEntries(FOLDS.map((f) => [f.slice, {}])) as unknown as StepFacts;
  return {
    runId: e.id, deviceId: e.deviceId, lessonVersion: started?.lessonVersion ?? e.lessonVersion, ageBand: started?.ageBand ?? null,
    firstAt: e.at, lastAt: e.at, activeMs: 0, lastSeq: e.seq ?? 0, events: 0, stepId: null,
    completed: false, score: 0, maxScore: 0, footprintKgPerYear: 0, ...slices,
  };
}

/** A slice of the run's facts, by step id. */
const sliceOf = (run: RunFacts, f: SummaryFold<unknown, unknown>) => run[f.slice] as unknown as Record<string, unknown>;

/** The run's score and footprint while it is under way, as each step type counts its facts (pre-tests do not score). */
function rescore(run: RunFacts): void {
  let score = 0;
  let max = 0;
  let kg = 0;
  for (const f of FOLDS) {
    for (const facts of Object.values(sliceOf(run, f))) {
      const p = f.points?.(facts);
      if (p) {
        score += p.points;
        max += p.maxPoints;
      }
      kg += f.kgPerYear?.(facts) ?? 0;
    }
  }
  run.score = score;
  run.maxScore = max;
  run.footprintKgPerYear = kg;
}

/**
 * Folds one event into a student's summary of a lesson. Events must come in log order (per device
 * by seq). Mutates and returns `summary` (a fresh one when undefined): callers own the object.
 */
export function foldEvent(summary: LessonSummary | undefined, e: AnyEvent): LessonSummary {
  const r = e.record;
  let s = summary;
  if (!s || r.kind === 'lesson-started') {
    const run = newRun(e);
    // A finished run stays as the last completed one while the new run is under way.
    s = s ? { ...s, runs: s.runs + 1, last: run, lastCompleted: s.last.completed ? s.last : s.lastCompleted } : { profileId: e.profileId, lessonId: e.lessonId, runs: 1, completedRuns: 0, last: run, lastCompleted: null };
  }
  const run = s.last;
  const gap = Date.parse(e.at) - Date.parse(run.lastAt);
  if (gap > 0) run.activeMs += Math.min(gap, IDLE_CAP_MS); // a clock set back counts nothing, never less than nothing
  run.lastAt = e.at;
  run.lastSeq = e.seq ?? run.lastSeq;
  run.events++;
  switch (r.kind) {
    case 'lesson-started':
    case 'step-completed':
      break;
    case 'step-entered':
    case 'went-back':
      run.stepId = r.stepId;
      break;
    case 'lesson-completed':
      // The runner's own figures are authoritative for a finished run.
      Object.assign(run, { completed: true, score: r.score, maxScore: r.maxScore, footprintKgPerYear: r.footprintKgPerYear });
      s.completedRuns++;
      s.lastCompleted = null; // `last` is now the latest completed run
      break;
    default: {
      // A step's record: its type folds it into its slice (types without a summary keep nothing of it).
      const fold = recordOwner(r).handler.summary as SummaryFold<unknown, unknown> | undefined;
      if (!fold) break;
      const slice = sliceOf(run, fold);
      slice[r.stepId] = fold.fold(slice[r.stepId], r);
      rescore(run);
    }
  }
  return s;
}

/** Summaries of every (student, lesson) pair in `events`, which must be in log order per device. */
export function summarize(events: Iterable<AnyEvent>): Map<string, LessonSummary> {
  const out = new Map<string, LessonSummary>();
  for (const e of events) {
    const key = pairKey(e.profileId, e.lessonId);
    out.set(key, foldEvent(out.get(key), e));
  }
  return out;
}

/** The latest completed run, or null if the student never finished the lesson. */
export function completedRun(s: LessonSummary): RunFacts | null {
  return s.last.completed ? s.last : s.lastCompleted;
}

export function pairKey(profileId: string, lessonId: string): string {
  return `${profileId}\u0000${lessonId}`;
}

/** Pre and post results (1 right, 0 wrong) per measure of a run, and the mean gain over measures with both. */
export function gainOf(run: RunFacts): { pre: number; post: number; gain: number; measures: number } | null {
  const m: Record<string, { pre?: number; post?: number }> = {};
  for (const a of Object.values(run.answers)) if (a.measure && a.phase) (m[a.measure] ??= {})[a.phase] = a.correct ? 1 : 0;
  const both = Object.values(m).filter((x): x is { pre: number; post: number } => x.pre !== undefined && x.post !== undefined);
  if (!both.length) return null;
  const pre = both.reduce((s, x) => s + x.pre, 0) / both.length;
  const post = both.reduce((s, x) => s + x.post, 0) / both.length;
  return { pre, post, gain: post - pre, measures: both.length };
}
