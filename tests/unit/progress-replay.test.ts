import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { footprintSummary } from '../../src/runner/footprint.ts';
import { score } from '../../src/runner/score.ts';
import type { LogRecord } from '../../src/runner/types.ts';
import { replay, savedState } from '../../src/progress/replay.ts';
import { pledgesFrom } from '../../src/runner/steps/pledge.ts';
import { completedRun, foldEvent, gainOf, IDLE_CAP_MS, summarize } from '../../src/progress/summary.ts';
import type { ProgressEvent } from '../../src/progress/types.ts';
import { autoplay, seeded } from '../../scripts/bench/class/autoplay.ts';
import { commuteLesson } from '../../scripts/bench/class/lessons.ts';

const lesson = commuteLesson();

/** Records as the log holds them: device order by seq, a clock that ticks 10 s per event. */
function asEvents(batches: LogRecord[][], t0 = Date.parse('2026-03-02T09:00:00Z')): ProgressEvent[] {
  return batches.flat().map((record, i) => ({
    id: `e${i}`, deviceId: 'd', seq: i + 1, profileId: 'p', lessonId: lesson.id, lessonVersion: lesson.version,
    at: new Date(t0 + i * 10_000).toISOString(), record,
  }));
}

describe('replay: the log brings a student back exactly where they were', () => {
  it('matches the runner state after any prefix of any plausible play', () => {
    fc.assert(fc.property(fc.integer(), fc.integer({ min: 0, max: 20 }), fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true }), (seed, steps, high, skill) => {
      const played = autoplay(lesson, high ? 'high' : 'middle', seeded(seed), { steps, skill });
      expect(savedState(lesson, played.batches.flat())).toEqual(played.state);
      expect(replay(lesson, asEvents(played.batches))).toEqual({ state: played.state, moved: false, changed: false });
    }), { numRuns: 300 });
  });

  it('resumes the latest run when a lesson was played twice', () => {
    const first = autoplay(lesson, 'middle', seeded(1));
    const second = autoplay(lesson, 'high', seeded(2), { steps: 4 });
    expect(savedState(lesson, [...first.batches.flat(), ...second.batches.flat()])).toEqual(second.state);
  });

  it('starts afresh when there is nothing to resume', () => {
    expect(replay(lesson, [])).toBeNull();
    expect(savedState(lesson, [{ kind: 'step-entered', stepId: 'intro' }])).toBeNull();
  });

  it('moves to the nearest step still there when the lesson changed, keeping answers', () => {
    const played = autoplay(lesson, 'middle', seeded(7), { steps: 4 });
    const at = played.state.stepId;
    const changed = commuteLesson({ version: '1.1.0' });
    changed.steps = changed.steps.filter((s) => s.id !== at);
    const r = replay(changed, asEvents(played.batches))!;
    expect(r.moved).toBe(true);
    expect(r.changed).toBe(true);
    expect(changed.steps.some((s) => s.id === r.state.stepId)).toBe(true);
    expect(r.state.quiz).toEqual(played.state.quiz);
    expect(r.state.choices).toEqual(played.state.choices);
  });
});

describe('summaries folded from the log', () => {
  it('agree with the runner on score, footprint and pledges', () => {
    fc.assert(fc.property(fc.integer(), fc.boolean(), (seed, high) => {
      const played = autoplay(lesson, high ? 'high' : 'middle', seeded(seed));
      const s = [...summarize(asEvents(played.batches)).values()][0]!;
      const want = score(lesson, played.state);
      expect(s.completedRuns).toBe(1);
      expect(completedRun(s)!.score).toBeCloseTo(want.points);
      expect(completedRun(s)!.maxScore).toBe(want.maxPoints);
      expect(completedRun(s)!.footprintKgPerYear).toBeCloseTo(footprintSummary(lesson, played.state).totalKgPerYear);
      expect(pledgesFrom(s.last.pledgeOps['promise'] ?? [], 2)).toEqual(played.state.pledges['promise'] ?? []);
      const m = want.measures['bus-vs-car']!;
      expect(gainOf(completedRun(s)!)).toEqual({ pre: m.pre, post: m.post, gain: m.post! - m.pre!, measures: 1 });
    }), { numRuns: 200 });
  });

  it('in-progress runs score what has been answered so far', () => {
    const played = autoplay(lesson, 'middle', seeded(3), { steps: 5, skill: 1 });
    const s = [...summarize(asEvents(played.batches)).values()][0]!;
    expect(completedRun(s)).toBeNull();
    expect(s.last.completed).toBe(false);
    expect(s.last.stepId).toBe(played.state.stepId);
    expect(s.last.score).toBe(score(lesson, { ...played.state, quiz: Object.fromEntries(Object.entries(played.state.quiz).map(([k, v]) => [k, { ...v, done: true }])) }).points);
  });

  it('counts time from the gaps between events, capping breaks and ignoring a clock set back', () => {
    const played = autoplay(lesson, 'middle', seeded(4));
    const events = asEvents(played.batches);
    events[5]!.at = new Date(Date.parse(events[4]!.at) + 3 * 3600_000).toISOString(); // a 3-hour break
    events[6]!.at = '2001-01-01T00:00:00.000Z'; // the clock jumps back
    const s = foldEvent(undefined, events[0]!);
    for (const e of events.slice(1)) foldEvent(s, e);
    const normalGaps = events.length - 1 - 3; // all but 4→5 (capped), 5→6 (negative), 6→7 (from 2001: capped)
    expect(s.last.activeMs).toBe(normalGaps * 10_000 + 2 * IDLE_CAP_MS);
  });

  it('keeps the last completed run while a retake is under way', () => {
    const first = autoplay(lesson, 'middle', seeded(5));
    const retake = autoplay(lesson, 'middle', seeded(6), { steps: 2 });
    const s = [...summarize(asEvents([...first.batches, ...retake.batches])).values()][0]!;
    expect(s.runs).toBe(2);
    expect(s.completedRuns).toBe(1);
    expect(s.last.completed).toBe(false);
    expect(completedRun(s)!.score).toBeCloseTo(score(lesson, first.state).points);
  });
});
