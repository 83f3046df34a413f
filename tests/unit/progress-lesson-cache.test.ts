import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { clearCache } from '../../src/progress/cache-stores.ts';
import type { Db } from '../../src/progress/db.ts';
import { exportNativeFrom, exportXapiFrom, nativeBlob, xapiBlob } from '../../src/progress/exports.ts';
import { exportSource } from '../../src/progress/pages.ts';
import { deleteEverything, deleteProfileData, listProfiles } from '../../src/progress/profiles.ts';
import { META } from '../../src/progress/schema.ts';
import { writeEvents } from '../../src/progress/write.ts';
import { generateClass } from '../fixtures/progress/generate-class.ts';
import { freshDbs, headsetImporter, NOW } from './progress-cache-helpers.ts';

/**
 * The lesson text cache (lesson-cache.ts) must never make a one-lesson export differ from one that
 * reads the lesson's events: the same bytes, whatever happened to the log since the texts were made.
 */

const cls = generateClass(24, 4, 2, 7);
const lessons = cls.lessons;
const fresh = freshDbs('lesson-cache');
const importHeadset = headsetImporter(cls);

/** One lesson's two exports through the cache, and as the log says without it. */
async function lessonExports(db: Db, lessonId: string) {
  const deviceId = (await db.get('meta', META.deviceId)) as string;
  const xapi = await (await exportXapiFrom(db, lessons, lessonId)).text();
  const native = await (await exportNativeFrom(db, deviceId, lessonId, NOW)).text();
  const plainXapi = await (await xapiBlob(lessons, await exportSource(db, lessonId))).text();
  const plainNative = await (await nativeBlob(deviceId, await listProfiles(db), await exportSource(db, lessonId), NOW)).text();
  return { xapi, native, plainXapi, plainNative };
}

/** Asserts that every lesson's cached exports are byte for byte the uncached ones (and not empty). */
async function expectSame(db: Db): Promise<void> {
  for (const l of lessons) {
    const x = await lessonExports(db, l.id);
    expect(x.xapi === x.plainXapi, l.id).toBe(true);
    expect(x.native === x.plainNative, l.id).toBe(true);
    expect(JSON.parse(x.xapi).length).toBeGreaterThan(0);
  }
}

/** Counts the events read from the log through its indexes while `run` runs. */
async function eventsRead(run: () => Promise<unknown>): Promise<number> {
  const proto = IDBIndex.prototype;
  const { getAll } = proto;
  let read = 0;
  proto.getAll = function (this: IDBIndex, ...args: Parameters<IDBIndex['getAll']>) {
    const r = getAll.apply(this, args);
    if (this.objectStore.name === 'events') r.addEventListener('success', () => { read += r.result.length; });
    return r;
  };
  try {
    await run();
  } finally {
    proto.getAll = getAll;
  }
  return read;
}

/** The cache's texts: [lessonId, profileId, events it was made from]. */
async function texts(db: Db): Promise<[string, string, number][]> {
  const keys = await db.getAllKeys('lessonText');
  const values = await db.getAll('lessonText');
  return keys.map(([l, p], i) => [l, p, values[i]!.n]);
}

/** What the summaries say each text should be: [lessonId, profileId, events]. */
async function expected(db: Db): Promise<[string, string, number][]> {
  return (await db.getAll('summaries')).map((s) => [s.lessonId, s.profileId, s.events] as [string, string, number])
    .sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1));
}

describe('the lesson text cache', () => {
  it('is written by an import for every student and lesson, and one lesson\'s exports through it are the uncached bytes, reading no events', async () => {
    const db = await fresh();
    for (let i = 0; i < cls.headsets.length; i++) await importHeadset(db, i);
    expect(await texts(db)).toEqual(await expected(db));
    expect((await texts(db)).length).toBe(24 * 4);
    const deviceId = (await db.get('meta', META.deviceId)) as string;
    for (const l of lessons) {
      expect(await eventsRead(() => exportXapiFrom(db, lessons, l.id))).toBe(0);
      expect(await eventsRead(() => exportNativeFrom(db, deviceId, l.id, NOW))).toBe(0);
    }
    await expectSame(db);
  });

  it('is what the export reads (a changed text shows), and a text that does not match its summary is made again', async () => {
    const db = await fresh();
    await importHeadset(db, 0);
    const [lessonId, profileId] = (await texts(db))[0]!;
    const text = (await db.get('lessonText', [lessonId, profileId]))!;
    await db.put('lessonText', { ...text, native: text.native.replace('"seq":', '"seq": ') }, [lessonId, profileId]);
    const x = await lessonExports(db, lessonId);
    expect(x.native).not.toBe(x.plainNative); // the cache's text, not the log's: the checks below can fail
    // One event fewer than the summary counts (as if made before the student's last write): made again, and stored.
    await db.put('lessonText', { ...text, n: text.n - 1 }, [lessonId, profileId]);
    const read = await eventsRead(() => exportXapiFrom(db, lessons, lessonId));
    expect(read).toBe(text.n);
    expect((await db.get('lessonText', [lessonId, profileId]))!.n).toBe(text.n);
    await expectSame(db);
    // Missing altogether: the same.
    await db.delete('lessonText', [lessonId, profileId]);
    await expectSame(db);
    expect(await texts(db)).toEqual(await expected(db));
  });

  it('goes stale when a student writes on this device, and the next export makes the text again', async () => {
    const db = await fresh();
    await importHeadset(db, 1);
    const own = (await db.get('meta', META.deviceId)) as string;
    const profile = cls.headsets[1]!.profiles[0]!;
    const lessonId = lessons[2]!.id;
    const played = cls.headsets[0]!.events.filter((e) => e.lessonId === lessonId).slice(0, 30);
    await writeEvents(db, played.map((e) => ({ ...e, id: crypto.randomUUID(), deviceId: own, seq: null, profileId: profile.id })));
    const summary = (await db.get('summaries', [profile.id, lessonId]))!;
    expect((await db.get('lessonText', [lessonId, profile.id]))!.n).toBeLessThan(summary.events);
    expect(await eventsRead(() => exportXapiFrom(db, lessons, lessonId))).toBe(summary.events);
    expect(await eventsRead(() => exportXapiFrom(db, lessons, lessonId))).toBe(0);
    await expectSame(db);
  });

  it('is written again by an import that adds events to students who had some, in any order', async () => {
    const db = await fresh();
    const h = cls.headsets[0]!;
    // Half of each student's events first (every other one), then the whole headset, then it again (nothing added).
    await importHeadset(db, 0, (e) => e.seq % 2 === 0);
    await expectSame(db);
    await importHeadset(db, 0);
    expect(await texts(db)).toEqual(await expected(db));
    expect((await texts(db)).reduce((k, [, , m]) => k + m, 0)).toBe(h.events.length);
    await importHeadset(db, 0);
    await expectSame(db);
  });

  it('splices definitions at the right place after text that is not ASCII (Hangul, emoji, U+2028)', async () => {
    const db = await fresh();
    await importHeadset(db, 0, () => true, (e) => ({ ...e, lessonVersion: ['1.0 한글', '😀', '\u2028', 'é'][e.seq % 4]!, ...(e.record.kind === 'answered' ? { record: { ...e.record, value: '자전거 🚲' } } : {}) }));
    await expectSame(db);
  });

  it('drops a student\'s texts with their data, all of them with everything, and gives way on a full disk', async () => {
    const db = await fresh();
    for (let i = 0; i < cls.headsets.length; i++) await importHeadset(db, i);
    const student = cls.headsets[1]!.profiles[2]!;
    const before = await texts(db);
    expect(before.some(([, p]) => p === student.id)).toBe(true);
    await deleteProfileData(db, student.id);
    expect(await texts(db)).toEqual(before.filter(([, p]) => p !== student.id));
    await expectSame(db);
    expect(await clearCache(db)).toBe(true);
    expect(await texts(db)).toHaveLength(0);
    await expectSame(db); // made again by the exports
    expect(await texts(db)).toEqual(await expected(db));
    await deleteEverything(db);
    expect(await texts(db)).toHaveLength(0);
  });

  it('is not used for another home page, which reads the log', async () => {
    const db = await fresh();
    await importHeadset(db, 0);
    const homePage = 'https://lrs.example/';
    const lessonId = lessons[1]!.id;
    const other = await (await exportXapiFrom(db, lessons, lessonId, { homePage })).text();
    expect(other).toBe(await (await xapiBlob(lessons, await exportSource(db, lessonId), { homePage })).text());
    expect(other).toContain(JSON.stringify(homePage));
  });
});
