import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProgressStore, type ProgressStore } from '../../src/progress/store.ts';
import type { ChangeMessage } from '../../src/progress/channel.ts';
import type { LogRecord } from '../../src/runner/types.ts';
import { autoplay, seeded } from '../../scripts/bench/class/autoplay.ts';
import { commuteLesson } from '../../scripts/bench/class/lessons.ts';

const lesson = commuteLesson();
const open: ProgressStore[] = [];
let n = 0;
async function fresh(name = `log-${++n}`): Promise<ProgressStore> {
  const s = await createProgressStore({ name });
  open.push(s);
  return s;
}
afterEach(() => {
  for (const s of open.splice(0)) s.close();
  vi.restoreAllMocks();
});

const entered = (stepId: string): LogRecord => ({ kind: 'step-entered', stepId });

describe('the progress log', () => {
  it('appends events with device ids, UUIDs and increasing seqs, and reads them back in order', async () => {
    const store = await fresh();
    const status = await store.append('p1', 'commute', '1.0.0', [entered('intro'), entered('pre-bus')]);
    await store.append('p1', 'commute', '1.0.0', [entered('street')]);
    await store.append('p2', 'commute', '1.0.0', [entered('intro')]);
    expect(status).toEqual({ state: 'saved', pending: 0 });
    const events = await store.eventsFor('p1', 'commute');
    expect(events.map((e) => [e.seq, e.record])).toEqual([[1, entered('intro')], [2, entered('pre-bus')], [3, entered('street')]]);
    for (const e of events) {
      expect(e.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(e.deviceId).toBe(store.deviceId);
      expect(Number.isNaN(Date.parse(e.at))).toBe(false);
    }
  });

  it('orders by seq, not by the wall clock', async () => {
    let clock = Date.parse('2026-05-01T10:00:00Z');
    const store = await createProgressStore({ name: `clock-${++n}`, now: () => new Date((clock -= 3600_000)) });
    open.push(store);
    for (const id of ['intro', 'pre-bus', 'street']) await store.append('p', 'commute', '1.0.0', [entered(id)]);
    const events = await store.eventsFor('p', 'commute');
    expect(events.map((e) => (e.record as { stepId: string }).stepId)).toEqual(['intro', 'pre-bus', 'street']);
    expect(events[0]!.at > events[2]!.at).toBe(true); // the clock ran backwards; the order did not
  });

  it('writes a lesson completion with strict durability, other steps with the default', async () => {
    const store = await fresh();
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
    await store.append('p', 'commute', '1.0.0', [entered('end')]);
    await store.append('p', 'commute', '1.0.0', [entered('end'), { kind: 'lesson-completed', score: 3, maxScore: 5, footprintKgPerYear: 100 }]);
    const writes = spy.mock.calls.filter((c) => c[1] === 'readwrite').map((c) => (c[2] as { durability?: string } | undefined)?.durability);
    expect(writes).toEqual(['default', 'strict']);
  });

  it('resumes a student at the exact step with answers kept', async () => {
    const store = await fresh();
    const played = autoplay(lesson, 'high', seeded(11), { steps: 6 });
    for (const batch of played.batches) void store.append('p', lesson.id, lesson.version, batch);
    // Resume reads what is queued as well as what is written: no need to wait for the disk.
    expect(await store.savedState('p', lesson)).toEqual(played.state);
    await store.retry();
    expect(await store.resume('p', lesson)).toEqual({ state: played.state, moved: false, changed: false });
  });

  it('keeps summaries in step with the log', async () => {
    const store = await fresh();
    const played = autoplay(lesson, 'middle', seeded(12));
    for (const batch of played.batches) await store.append('p', lesson.id, lesson.version, batch);
    const [summary] = await store.summaries();
    expect(summary!.completedRuns).toBe(1);
    expect(summary!.last.events).toBe(played.batches.flat().length);
  });
});

describe('the desk\'s quick reads', () => {
  it('reads summaries of some students or of one lesson, and the lessons with data', async () => {
    const store = await fresh();
    // Lesson ids that begin with another's ('l1', 'l1-b'), each with several students: every id once.
    for (const [p, l] of [['a', 'l1'], ['a', 'l2'], ['b', 'l1'], ['c', 'l3'], ['d', 'l1'], ['a', 'l1-b'], ['b', 'l1-b']] as const) await store.append(p, l, '1.0.0', [{ kind: 'lesson-started', lessonVersion: '1.0.0', ageBand: 'middle' }]);
    const pairs = (list: { profileId: string; lessonId: string }[]) => list.map((s) => `${s.profileId}/${s.lessonId}`).sort();
    expect(pairs(await store.summariesOf({ profileIds: ['a', 'c'] }))).toEqual(['a/l1', 'a/l1-b', 'a/l2', 'c/l3']);
    expect(pairs(await store.summariesOf({ lessonId: 'l1' }))).toEqual(['a/l1', 'b/l1', 'd/l1']);
    expect(pairs(await store.summariesOf({ profileIds: ['a'], lessonId: 'l2' }))).toEqual(['a/l2']);
    expect(await store.lessonIds()).toEqual(['l1', 'l1-b', 'l2', 'l3']);
  });
});

describe('two tabs on one device', () => {
  it('appending at once lose nothing, duplicate nothing and never share a seq', async () => {
    const name = `tabs-${++n}`;
    const [a, b] = [await fresh(name), await fresh(name)];
    expect(a.deviceId).toBe(b.deviceId);
    const heard: ChangeMessage[] = [];
    b.onChange((m) => heard.push(m));
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 100; i++) {
      writes.push(a.append('pa', 'commute', '1.0.0', [entered(`a${i}`)]));
      writes.push(b.append('pb', 'commute', '1.0.0', [entered(`b${i}`), entered(`b${i}x`)]));
    }
    await Promise.all(writes);
    const all = await a.events();
    expect(all).toHaveLength(300);
    expect(new Set(all.map((e) => e.id)).size).toBe(300);
    expect(all.map((e) => e.seq).sort((x, y) => x! - y!)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    // Each tab's events keep their order.
    const steps = (p: string) => all.filter((e) => e.profileId === p).map((e) => (e.record as { stepId: string }).stepId);
    expect(steps('pa')).toEqual(Array.from({ length: 100 }, (_, i) => `a${i}`));
    expect(steps('pb')).toEqual(Array.from({ length: 100 }, (_, i) => [`b${i}`, `b${i}x`]).flat());
    // The other tab is told (BroadcastChannel delivers asynchronously).
    await vi.waitFor(() => expect(heard.some((m) => m.type === 'appended' && m.profileId === 'pa')).toBe(true));
  });
});
