import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LogRecord } from '../../src/runner/types.ts';
import { foldEvent } from '../../src/progress/summary.ts';
import type { LessonSummary, ProgressEvent } from '../../src/progress/types.ts';
import { foldRun, runKey, type RunFold } from '../../src/progress/xapi-runs.ts';
import { toStatements } from '../../src/progress/xapi.ts';
import { commuteLesson } from '../../scripts/bench/class/lessons.ts';

/** xAPI statements name each run (registration) and say how long it took (duration) from xapi-runs.ts's fold. */

const base = commuteLesson();

describe('xAPI runs', () => {
  it('fold runs per (student, lesson, device), to the registration and active time foldEvent gives on that device alone', () => {
    const at = fc.oneof(
      fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 0, 2) }).map((t) => new Date(t).toISOString()),
      fc.constantFrom('not a time', '2026-01-01T00:00:00Z'),
    );
    const kinds = fc.constantFrom<LogRecord>(
      { kind: 'lesson-started', lessonVersion: '1', ageBand: 'middle' }, { kind: 'step-entered', stepId: 'intro' }, { kind: 'step-completed', stepId: 'intro' },
      { kind: 'lesson-completed', score: 1, maxScore: 2, footprintKgPerYear: 3 },
    );
    fc.assert(
      fc.property(fc.array(fc.record({ device: fc.constantFrom('d1', 'd2'), profile: fc.constantFrom('p1', 'p2'), lesson: fc.constantFrom('a', 'b'), at, record: kinds }), { maxLength: 60 }), (picks) => {
        const seqs = new Map<string, number>();
        const runs = new Map<string, RunFold>();
        const summaries = new Map<string, LessonSummary>();
        picks.forEach((p, i) => {
          const seq = (seqs.get(p.device) ?? 0) + 1;
          seqs.set(p.device, seq);
          const e: ProgressEvent = { id: `e${i}`, deviceId: p.device, seq, profileId: p.profile, lessonId: p.lesson, lessonVersion: '1', at: p.at, record: p.record };
          const run = foldRun(runs, e);
          const s = foldEvent(summaries.get(runKey(e)), e);
          summaries.set(runKey(e), s);
          expect([run.runId, run.activeMs]).toEqual([s.last.runId, s.last.activeMs]);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('of a student who plays one lesson on two devices are told apart', () => {
    const [a, b] = [crypto.randomUUID(), crypto.randomUUID()];
    const profileId = crypto.randomUUID();
    const ev = (deviceId: string, seq: number, minute: number, record: LogRecord): ProgressEvent =>
      ({ id: crypto.randomUUID(), deviceId, seq, profileId, lessonId: base.id, lessonVersion: base.version, at: new Date(Date.UTC(2026, 2, 2, 9, minute)).toISOString(), record });
    // Started on device a; on device b the student went on without a new start (as an old export might hold).
    const events = [
      ev(a, 1, 0, { kind: 'lesson-started', lessonVersion: base.version, ageBand: 'middle' }), ev(a, 2, 1, { kind: 'step-completed', stepId: 'intro' }),
      ev(b, 1, 2, { kind: 'step-completed', stepId: 'trip' }), ev(b, 2, 3, { kind: 'lesson-completed', score: 1, maxScore: 1, footprintKgPerYear: 0 }),
      ev(a, 3, 4, { kind: 'lesson-completed', score: 1, maxScore: 1, footprintKgPerYear: 0 }),
    ];
    const statements = toStatements(events, [base]) as unknown as ({ context: { registration: string }; result?: { duration: string } })[];
    expect(statements.map((s) => s.context.registration)).toEqual([events[0]!.id, events[0]!.id, events[2]!.id, events[2]!.id, events[0]!.id]);
    // Each device's run counts its own time: b's from minute 2 to 3, a's from 0 to 1 and then 4.
    expect([statements[3]!.result!.duration, statements[4]!.result!.duration]).toEqual(['PT60S', 'PT240S']);
  });
});
