import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Record_ } from '../../src/runner/types.ts';
import type { ProgressEvent } from '../../src/progress/types.ts';
import { foldEvent } from '../../src/progress/summary.ts';
import type { LessonSummary } from '../../src/progress/types.ts';
import { foldRun, runKey, type RunFold } from '../../src/progress/xapi-runs.ts';
import { statementOf, toStatements, xapiContext } from '../../src/progress/xapi.ts';
import { jsonPieces, statementJson } from '../../src/progress/xapi-json.ts';
import { commuteLesson } from '../fixtures/progress/lessons.ts';
import { statementProblems } from '../fixtures/progress/xapi-check.ts';
import { autoplay, seeded } from '../fixtures/progress/autoplay.ts';

/**
 * The xAPI export writes each statement as JSON text from cached pieces (xapi-json.ts); it must be
 * byte for byte what JSON.stringify makes of the statement object, whatever the strings hold.
 */

const HOSTILE = ['"', '\\', '\\"', '\u2028', '\u2029', '\u0000', '\u0007', '\n', '\r', '\t', '\u001f', '\u007f', '한', '글', '\ud800', '\udfff', '😀', '</script>', '{', '}', ',', ':', 'a', '/'];
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom(...HOSTILE), maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('intro', 'pre-bus', 'trip', 'tf', 'meal', 'pledge', 'bus', 'walk'),
);
const number = fc.oneof(fc.integer({ min: -5, max: 20 }), fc.double(), fc.constantFrom(0, -0, 0.1, 1e21, 1e-7, Number.NaN, Infinity));
const answer = fc.oneof(text, fc.array(text, { maxLength: 3 }), fc.boolean(), number);
const choice = fc.oneof(fc.record({ optionId: text }), fc.record({ actionId: text, timeId: text }));

const record: fc.Arbitrary<Record_> = fc.oneof(
  fc.record({ kind: fc.constant('lesson-started' as const), lessonVersion: text, ageBand: fc.constantFrom('middle' as const, 'high' as const) }),
  fc.record({ kind: fc.constantFrom('step-entered' as const, 'went-back' as const, 'step-completed' as const), stepId: text }),
  fc.record({ kind: fc.constant('visited' as const), stepId: text, hotspotId: text }),
  fc.record(
    { kind: fc.constant('answered' as const), stepId: text, value: answer, correct: fc.boolean(), attempt: fc.integer({ min: 1, max: 5 }), points: number, maxPoints: number, phase: fc.constantFrom('pre' as const, 'post' as const), measure: text },
    { requiredKeys: ['kind', 'stepId', 'value', 'correct', 'attempt', 'points', 'maxPoints'] },
  ),
  fc.record({ kind: fc.constant('chose' as const), stepId: text, optionId: text, kgPerYear: number }),
  fc.record({ kind: fc.constantFrom('pledged' as const, 'unpledged' as const), stepId: text, choice }),
  fc.record({ kind: fc.constant('lesson-completed' as const), score: number, maxScore: number, footprintKgPerYear: number }),
) as fc.Arbitrary<Record_>;

const event = (lessonIds: string[]): fc.Arbitrary<ProgressEvent> => fc.record({
  id: fc.oneof(fc.uuid(), text),
  deviceId: fc.oneof(fc.uuid(), text),
  seq: fc.oneof(fc.integer({ min: 1, max: 1e9 }), number),
  profileId: fc.oneof(fc.constantFrom('p1', 'p2'), text),
  lessonId: fc.oneof(fc.constantFrom(...lessonIds), text),
  lessonVersion: text,
  at: fc.date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }).map((d) => d.toISOString()),
  record,
});

const base = commuteLesson();
const outcome = <T>(f: () => T): { value: T } | { error: string } => {
  try {
    return { value: f() };
  } catch (e) {
    return { error: String(e) };
  }
};

describe('xAPI statements as JSON text', () => {
  it('are exactly JSON.stringify of the statement objects, for hostile strings (quotes, backslashes, Hangul, control characters, U+2028)', () => {
    fc.assert(
      fc.property(fc.tuple(text, text, text), fc.array(event([base.id, 'other']), { minLength: 1, maxLength: 30 }), fc.option(text, { nil: undefined }), ([id, ko, en], events, homePage) => {
        const lessons = [base, { ...base, id: id || 'x', title: { ko, en } }];
        const ids = [base.id, lessons[1]!.id];
        const opts = homePage === undefined ? {} : { homePage };
        const [a, b] = [xapiContext(lessons, opts), xapiContext(lessons, opts)];
        const [runsA, runsB] = [new Map<string, RunFold>(), new Map<string, RunFold>()];
        const pieces = jsonPieces();
        for (const raw of events) {
          const e = ids.includes(raw.lessonId) || raw.lessonId.length % 2 ? raw : { ...raw, lessonId: ids[raw.seq % 2 ? 1 : 0]! };
          // Both fail alike where the object form fails (a lone surrogate in an IRI part).
          const json = outcome(() => statementJson(a, pieces, runsA, e));
          const object = outcome(() => statementOf(b, runsB, e));
          if ('error' in object) return void expect(json).toEqual(object);
          expect(json).toEqual({ value: object.value === null ? null : JSON.stringify(object.value) });
          if ('value' in json && json.value !== null) expect(JSON.parse(json.value)).toEqual(JSON.parse(JSON.stringify(object.value)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('of a played lesson are valid xAPI and the same as the object form', () => {
    const played = autoplay(base, 'middle', seeded(3));
    const deviceId = crypto.randomUUID();
    const profileId = crypto.randomUUID();
    const events: ProgressEvent[] = played.batches.flat().map((record, i) => ({ id: crypto.randomUUID(), deviceId, seq: i + 1, profileId, lessonId: base.id, lessonVersion: base.version, at: new Date(Date.UTC(2026, 2, 2, 9) + i * 9000).toISOString(), record }));
    const ctx = xapiContext([base]);
    const runs = new Map<string, RunFold>();
    const pieces = jsonPieces();
    const texts = events.map((e) => statementJson(ctx, pieces, runs, e)).filter((s): s is string => s !== null);
    const statements = texts.map((s) => JSON.parse(s) as Record<string, unknown> & { id: string });
    expect(statements).toEqual(toStatements(events, [base]));
    for (const s of statements) expect(statementProblems(s)).toEqual([]);
  });

  it('fold runs per (student, lesson, device), to the registration and active time foldEvent gives on that device alone', () => {
    const at = fc.oneof(
      fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 0, 2) }).map((t) => new Date(t).toISOString()),
      fc.constantFrom('not a time', '2026-01-01T00:00:00Z'),
    );
    const kinds = fc.constantFrom<Record_>(
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

  it('of a student who plays one lesson on two devices name each device\'s run apart', () => {
    const [a, b] = [crypto.randomUUID(), crypto.randomUUID()];
    const profileId = crypto.randomUUID();
    const ev = (deviceId: string, seq: number, minute: number, record: Record_): ProgressEvent =>
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
