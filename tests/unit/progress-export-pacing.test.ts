import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openProgressDb } from '../../src/progress/db.ts';
import { nativeBlob, xapiBlob } from '../../src/progress/exports.ts';
import { exportSource, logPages, pacer, SLICE_MS } from '../../src/progress/pages.ts';
import { listProfiles } from '../../src/progress/profiles.ts';
import { layDown, readFixture } from '../fixtures/progress/db-fixtures.ts';
import { commuteLesson } from '../../scripts/bench/class/lessons.ts';

/**
 * Exports run on the desk's own page: they say how far they have come ("Exporting… 40 %") and let
 * the page draw and answer clicks between pages of the log.
 */

/** Whether a promise settles within a few microtask turns (no task, no timer, no input in between). */
async function settlesAtOnce(p: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void p.then(() => { settled = true; });
  for (let i = 0; i < 10; i++) await Promise.resolve();
  const atOnce = settled;
  await p;
  return atOnce;
}

describe('an export on the page', () => {
  it('gives the page a turn (a task of its own) once it has worked SLICE_MS since the last, and not before', async () => {
    let t = 0;
    const pace = pacer(() => t);
    t = SLICE_MS - 1;
    expect(await settlesAtOnce(pace())).toBe(true);
    t = SLICE_MS;
    expect(await settlesAtOnce(pace()), 'worked a slice: waits for a task').toBe(false);
    t += SLICE_MS - 1;
    expect(await settlesAtOnce(pace()), 'the slice starts again after the turn').toBe(true);
  });

  it('says how far it has come, in whole percents that only grow, up to 100 %, for the whole log and for one lesson', async () => {
    await layDown('pacing-v4', readFixture(4));
    const db = await openProgressDb('pacing-v4', () => {});
    try {
      const seen: number[][] = [[], [], []];
      const whole = await exportSource(db);
      // The log in pages of 30 events (200 in all): a step per page read, then per page written.
      await nativeBlob('d', await listProfiles(db), { ...whole, pages: (step) => logPages(db, 30, step) }, new Date(0), (f) => seen[0]!.push(f));
      await xapiBlob([commuteLesson()], await exportSource(db), {}, (f) => seen[1]!.push(f));
      // One lesson: a step per student (3 played commute-2).
      await xapiBlob([commuteLesson()], await exportSource(db, 'commute-2'), {}, (f) => seen[2]!.push(f));
      for (const fractions of seen) {
        expect(fractions.at(-1)).toBe(1);
        for (const [i, f] of fractions.entries()) {
          expect(Math.round(f * 100)).toBeCloseTo(f * 100, 9);
          if (i) expect(f).toBeGreaterThan(fractions[i - 1]!);
        }
      }
      expect(seen[0]!.length, 'reading (7 pages) and writing (8) each move it').toBe(15);
      // Reading the log is half the work: one page of 200, then each device's events written.
      expect(seen[1]).toEqual([0.5, 0.82, 1]);
      expect(seen[2]).toEqual([0.33, 0.66, 1]);
    } finally {
      db.close();
    }
  });
});
