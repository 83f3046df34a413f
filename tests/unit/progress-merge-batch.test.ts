import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openProgressDb } from '../../src/progress/db.ts';
import { mergeInto, type MergeResult } from '../../src/progress/merge.ts';
import { summarize } from '../../src/progress/summary.ts';
import type { Profile, ProgressEvent } from '../../src/progress/types.ts';
import { autoplay, seeded } from '../../scripts/bench/class/autoplay.ts';
import { commuteLesson } from '../../scripts/bench/class/lessons.ts';

/**
 * The merge reads the ids already here once per device and adds each event with its error caught
 * (merge.ts). Whatever a file holds (repeats, events already here, ids or seqs taken by other
 * events, students new or half there), it must count and keep exactly what the one-event-at-a-time
 * rule says, and leave every summary equal to a fold of the whole log.
 */

const lesson = commuteLesson();
const DEVICES = ['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b'];
const PROFILES = ['00000000-0000-4000-8000-0000000000p1', '00000000-0000-4000-8000-0000000000p2', '00000000-0000-4000-8000-0000000000p3'];

/** A pool of events: each profile plays the lesson on a device (seqs per device in order). */
function pool(): ProgressEvent[] {
  const seqs = new Map<string, number>();
  const out: ProgressEvent[] = [];
  let n = 0;
  PROFILES.forEach((profileId, i) => {
    for (const lessonId of ['commute', 'other']) {
      const deviceId = DEVICES[i % 2]!;
      for (const record of autoplay(lesson, 'middle', seeded(i * 7 + lessonId.length)).batches.flat()) {
        const seq = (seqs.get(deviceId) ?? 0) + 1;
        seqs.set(deviceId, seq);
        out.push({ id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, deviceId, seq, profileId, lessonId, lessonVersion: '1', at: new Date(Date.UTC(2026, 2, 2) + n * 5000).toISOString(), record });
      }
    }
  });
  return out;
}

/** The rule, one event at a time, against what was here before the file (as the merge always was). */
function expected(here: readonly ProgressEvent[], file: readonly ProgressEvent[], tombstones: ReadonlySet<string>): Omit<MergeResult, 'profilesAdded'> & { kept: ProgressEvent[] } {
  const ids = new Set(here.map((e) => e.id));
  const seqs = new Set(here.map((e) => `${e.deviceId}#${e.seq}`));
  const seen = new Set<string>();
  const seenSeq = new Set<string>();
  const r = { added: 0, duplicates: 0, conflicts: 0, deleted: 0, kept: [] as ProgressEvent[] };
  for (const e of file) {
    const seq = `${e.deviceId}#${e.seq}`;
    if (tombstones.has(e.profileId)) r.deleted++;
    else if (seen.has(e.id)) r.duplicates++;
    else if (seenSeq.has(seq)) { seen.add(e.id); r.conflicts++; }
    else {
      seen.add(e.id);
      seenSeq.add(seq);
      if (ids.has(e.id)) r.duplicates++;
      else if (seqs.has(seq)) r.conflicts++;
      else { r.added++; r.kept.push(e); }
    }
  }
  return r;
}

const profile = (id: string): Profile => ({ id, nickname: id.slice(-2), deviceId: DEVICES[0]!, createdAt: '2026-03-02T00:00:00.000Z' });
let n = 0;

describe('merging a file in one batch', () => {
  it('counts and keeps what the one-event rule says, and every summary is a fold of the log', async () => {
    const all = pool();
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(all.map((_, i) => i)),
        fc.array(fc.record({
          from: fc.nat({ max: all.length - 1 }),
          // what the file does with the event: as it is, its id at another seq, its seq under a new id, or repeated
          as: fc.constantFrom('same', 'moved', 'forged', 'repeat'),
        }), { maxLength: 80 }),
        fc.subarray(PROFILES, { maxLength: 1 }),
        fc.boolean(),
        async (hereIdx, picks, gone, shuffle) => {
          const db = await openProgressDb(`merge-batch-${++n}`, () => {});
          try {
            const here = hereIdx.map((i) => all[i]!);
            if (here.length) await mergeInto(db, PROFILES.map(profile), here);
            for (const p of gone) await db.put('meta', 'x', `tombstone:${p}`);
            const file: ProgressEvent[] = [];
            picks.forEach(({ from, as }, k) => {
              const e = all[from]!;
              if (as === 'same') file.push(e);
              else if (as === 'moved') file.push({ ...e, seq: e.seq + 10_000 + k });
              else if (as === 'forged') file.push({ ...e, id: `00000000-0000-4000-9000-${String(k).padStart(12, '0')}` });
              else file.push(e, e);
            });
            if (shuffle) file.reverse();
            const want = expected(here, file, new Set(gone));
            const got = await mergeInto(db, PROFILES.map(profile), file);
            expect({ ...got, profilesAdded: undefined }).toEqual({ added: want.added, duplicates: want.duplicates, conflicts: want.conflicts, deleted: want.deleted, profilesAdded: undefined });
            const log = await db.getAllFromIndex('events', 'by-device-seq');
            const byId = (a: ProgressEvent, b: ProgressEvent) => a.id.localeCompare(b.id);
            expect([...log].sort(byId)).toEqual([...here, ...want.kept].sort(byId));
            const summaries = await db.getAll('summaries');
            const folded = [...summarize(log).values()];
            const key = (s: { profileId: string; lessonId: string }) => `${s.profileId}/${s.lessonId}`;
            expect(summaries.sort((a, b) => key(a).localeCompare(key(b)))).toEqual(folded.sort((a, b) => key(a).localeCompare(key(b))));
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('reports its progress up to the whole file', async () => {
    const db = await openProgressDb(`merge-batch-${++n}`, () => {});
    const seen: number[] = [];
    const file = pool();
    const r = await mergeInto(db, PROFILES.map(profile), file, (f) => seen.push(f));
    expect(r.added).toBe(file.length);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(1);
    db.close();
  });
});
