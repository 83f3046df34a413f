import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createProgressStore, type ProgressStore } from '../../src/progress/store.ts';
import { summarize } from '../../src/progress/summary.ts';
import { openProgressDb } from '../../src/progress/db.ts';
import type { NativeExport } from '../../src/progress/native.ts';
import { logPages } from '../../src/progress/pages.ts';
import { statementProblems } from '../fixtures/progress/xapi-check.ts';
import type { ProgressEvent } from '../../src/progress/types.ts';
import { autoplay, seeded } from '../../scripts/bench/class/autoplay.ts';
import { commuteLesson } from '../../scripts/bench/class/lessons.ts';

const lesson = commuteLesson();
const open: ProgressStore[] = [];
let n = 0;
async function device(): Promise<ProgressStore> {
  const s = await createProgressStore({ name: `merge-${++n}` });
  open.push(s);
  return s;
}
afterEach(() => { for (const s of open.splice(0)) s.close(); });

/** A headset on which `students` students each play the lesson (some leave half-way). */
async function headset(students: number, seed: number): Promise<ProgressStore> {
  const store = await device();
  for (let i = 0; i < students; i++) {
    const made = await store.createProfile(`학생 ${seed}-${i}`);
    if (!made.ok) throw new Error(made.problem);
    const played = autoplay(lesson, 'middle', seeded(seed * 100 + i), i === 0 ? { steps: 3 } : {});
    for (const batch of played.batches) await store.append(made.profile.id, lesson.id, lesson.version, batch);
  }
  return store;
}

const exported = async (s: ProgressStore) => (await s.exportNative()).text();
const exportedFile = async (s: ProgressStore) => JSON.parse(await exported(s)) as NativeExport;
const sortEvents = (events: ProgressEvent[]) => [...events].sort((a, b) => a.id.localeCompare(b.id));

describe('importing exports from many headsets', () => {
  it('merges idempotently: the same file twice, or re-exported, adds nothing', async () => {
    const [a, b, laptop] = [await headset(3, 1), await headset(2, 2), await device()];
    const fileA = await exported(a);
    const first = await laptop.importNative(fileA);
    const countA = (await a.events()).length;
    expect(first).toMatchObject({ ok: true, added: countA, duplicates: 0, conflicts: 0, profilesAdded: 3, invalid: 0 });
    expect(await laptop.importNative(fileA)).toMatchObject({ ok: true, added: 0, duplicates: countA, profilesAdded: 0 });
    await laptop.importNative(await exported(b));
    const merged = await laptop.events();
    expect(merged).toHaveLength(countA + (await b.events()).length);
    // The laptop's own export, imported again, changes nothing.
    expect(await laptop.importNative(await exported(laptop))).toMatchObject({ ok: true, added: 0 });
    expect(await laptop.events()).toHaveLength(merged.length);
    expect(await laptop.profiles({ all: true })).toHaveLength(5);
    expect(await laptop.profiles()).toHaveLength(0); // imported students are not offered in this device's picker
  });

  it('gives the same summaries whatever order files and events arrive in', async () => {
    const [a, b] = [await headset(2, 3), await headset(2, 4)];
    const [l1, l2] = [await device(), await device()];
    await l1.importNative(await exported(a));
    await l1.importNative(await exported(b));
    // Reversed files, each with its events shuffled and split in two halves imported separately.
    for (const s of [b, a]) {
      const file = await exportedFile(s);
      const shuffled = [...file.events].sort(() => Math.random() - 0.5);
      const half = Math.floor(shuffled.length / 2);
      await l2.importNative(JSON.stringify({ ...file, events: shuffled.slice(half) }));
      await l2.importNative(JSON.stringify({ ...file, events: shuffled.slice(0, half) }));
    }
    const key = (x: { profileId: string }) => x.profileId;
    const s1 = (await l1.summaries()).sort((x, y) => key(x).localeCompare(key(y)) );
    const s2 = (await l2.summaries()).sort((x, y) => key(x).localeCompare(key(y)));
    expect(s2).toEqual(s1);
    const all = await l1.events();
    expect(s1).toEqual(expect.arrayContaining([...summarize(all as ProgressEvent[]).values()]));
    expect(sortEvents((await l2.events()) as ProgressEvent[])).toEqual(sortEvents(all as ProgressEvent[]));
  });

  it('refuses what is not a progress export, in words the desk can show', async () => {
    const laptop = await device();
    expect(await laptop.importNative('not json')).toEqual({ ok: false, problem: 'json' });
    expect(await laptop.importNative('{"hello":1}')).toEqual({ ok: false, problem: 'not-progress' });
    expect(await laptop.importNative('{"format":"climatexr-progress","version":99,"profiles":[],"events":[]}')).toEqual({ ok: false, problem: 'too-new' });
    expect(await laptop.importNative('{"format":"climatexr-progress","version":1,"profiles":{},"events":[]}')).toEqual({ ok: false, problem: 'shape' });
  });

  it('skips and counts broken events but keeps the good ones', async () => {
    const a = await headset(1, 5);
    const file = await exportedFile(a);
    const events: unknown[] = [...file.events];
    events[0] = { ...file.events[0]!, record: { kind: 'rm -rf', stepId: 'x' } };
    events[1] = { ...file.events[1]!, seq: -4 };
    events.push('<script>alert(1)</script>');
    const laptop = await device();
    const r = await laptop.importNative(JSON.stringify({ ...file, events }));
    expect(r).toMatchObject({ ok: true, invalid: 3, added: file.events.length - 2 });
  });

  it('skips events whose ids the xAPI export could not name (a lone surrogate), saying why, and keeps the rest', async () => {
    const a = await headset(2, 9);
    const file = await exportedFile(a);
    const events: unknown[] = [...file.events];
    const [e0, e1, e2, e3, e4] = file.events as [ProgressEvent, ProgressEvent, ProgressEvent, ProgressEvent, ProgressEvent];
    events.splice(0, 5,
      { ...e0, lessonId: 'commute\ud800' },
      { ...e1, lessonId: 'Commute' }, // not the lesson format's id
      { ...e2, record: { kind: 'step-entered', stepId: 'intro\udfff' } },
      { ...e3, record: { kind: 'chose', stepId: 'meal', optionId: '\udc00bus', kgPerYear: 1 } },
      { ...e4, record: { kind: 'visited', stepId: 'intro', hotspotId: 'x\ud83d' } });
    const text = JSON.stringify({ ...file, events });
    const { parseNative } = await import('../../src/progress/native.ts');
    const parsed = parseNative(text);
    expect(parsed).toMatchObject({ ok: true, invalid: 5 });
    const details = (parsed as { details: string[] }).details;
    expect(details).toEqual([
      expect.stringMatching(/^events\[0\]\.lessonId: a lesson id/), expect.stringMatching(/^events\[1\]\.lessonId: a lesson id/),
      expect.stringMatching(/\.record\.stepId: a step id/), expect.stringMatching(/\.record\.optionId: an id with a lone surrogate/),
      expect.stringMatching(/\.record\.hotspotId: an id with a lone surrogate/),
    ]);
    // Well-formed pairs (an emoji) and the lesson format's ids still pass.
    expect(parseNative(JSON.stringify({ ...file, events: [{ ...e0, lessonId: 'lesson-01_b' }, { ...e3, record: { kind: 'chose', stepId: 'meal', optionId: '자전거😀', kgPerYear: 1 } }] }))).toMatchObject({ ok: true, invalid: 0 });
    const laptop = await device();
    const r = await laptop.importNative(text);
    expect(r).toMatchObject({ ok: true, invalid: 5, added: file.events.length - 5 });
    // The export of what was kept does not throw.
    expect(JSON.parse(await (await laptop.exportXapi([lesson])).text()).length).toBeGreaterThan(0);
  });

  it('exports one lesson alone', async () => {
    const a = await headset(2, 7);
    const other = autoplay(lesson, 'high', seeded(70));
    const [p] = await a.profiles();
    for (const batch of other.batches) await a.append(p!.id, 'another-lesson', '1.0.0', batch);
    const only = JSON.parse(await (await a.exportNative({ lessonId: 'another-lesson' })).text()) as NativeExport;
    expect(only.events).toHaveLength(other.batches.flat().length);
    expect(new Set(only.events.map((e) => e.lessonId))).toEqual(new Set(['another-lesson']));
    const all = await exportedFile(a);
    expect(all.events).toHaveLength((await a.events()).length);
    expect(all.events.map((e) => e.seq)).toEqual([...all.events.map((e) => e.seq)].sort((x, y) => x - y));
  });

  it('exports xAPI statements from the store, each activity described once', async () => {
    const a = await headset(3, 8);
    const statements = JSON.parse(await (await a.exportXapi([lesson])).text()) as { id: string; object: { id: string; definition?: unknown } }[];
    for (const s of statements) expect(statementProblems(s)).toEqual([]);
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    const described = statements.filter((s) => s.object.definition).map((s) => s.object.id);
    expect(new Set(described).size).toBe(described.length);
    expect(new Set(described)).toEqual(new Set(statements.map((s) => s.object.id)));
  });

  it('reads the log in pages, in (device, seq) order as its index has it, without skipping or repeating', async () => {
    const db = await openProgressDb(`pages-${++n}`, () => {});
    // Ids at random (the store's order), device ids whose code-unit order is not their alphabetical one, seqs past 9.
    const devices = ['a', 'Z', 'B', '가'];
    const events: ProgressEvent[] = devices.flatMap((deviceId, d) => Array.from({ length: 6 + 4 * d }, (_, i) => ({
      id: crypto.randomUUID(), deviceId, seq: 1 + i * 3, profileId: `p${i % 3}`, lessonId: 'l', lessonVersion: '1', at: new Date().toISOString(), record: { kind: 'step-entered' as const, stepId: `s${i}` },
    })));
    const tx = db.transaction('events', 'readwrite');
    await Promise.all([...events.map((e) => tx.store.add(e)), tx.done]);
    const pages: ProgressEvent[][] = [];
    let read = 0;
    for await (const page of logPages(db, 7, (k) => { read += k; })) pages.push(page);
    expect(read).toBe(events.length);
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(7);
    expect(pages.flat().map((e) => e.id)).toEqual((await db.getAllFromIndex('events', 'by-device-seq')).map((e) => e.id));
    db.close();
  });

  it('does not bring back a student who deleted their data', async () => {
    const a = await headset(2, 6);
    const file = await exported(a);
    const laptop = await device();
    await laptop.importNative(file);
    const [gone] = await laptop.profiles({ all: true });
    await laptop.deleteProfile(gone!.id);
    const again = await laptop.importNative(file);
    expect(again).toMatchObject({ ok: true, added: 0, profilesAdded: 0 });
    expect((again as { deleted: number }).deleted).toBeGreaterThan(0);
    expect((await laptop.profiles({ all: true })).map((p) => p.id)).not.toContain(gone!.id);
    expect((await laptop.summaries()).map((s) => s.profileId)).not.toContain(gone!.id);
  });
});
