import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/progress/db.ts';
import { BLOCK_SIZE, blockSize, logSpan } from '../../src/progress/export-cache.ts';
import { exportNativeFrom, exportXapiFrom, nativeBlob, xapiBlob } from '../../src/progress/exports.ts';
import { mergeInto } from '../../src/progress/merge.ts';
import { exportSource } from '../../src/progress/pages.ts';
import { deleteProfileData, listProfiles } from '../../src/progress/profiles.ts';
import { META } from '../../src/progress/schema.ts';
import type { ProgressEvent } from '../../src/progress/types.ts';
import { writeEvents } from '../../src/progress/write.ts';
import { generateClass } from '../fixtures/progress/generate-class.ts';
import { freshDbs, headsetImporter, NOW } from './progress-cache-helpers.ts';

/**
 * The export text cache (export-cache.ts) must never make a whole-class export differ from one that
 * reads every event: the same bytes, whatever happened to the log since the blocks were sealed.
 */

// 36 students × 5 lessons on 3 headsets: about 2,100 events each, so a full block of 1,000 and a
// short one per headset after an import, one full block and a tail after a plain merge.
const cls = generateClass(36, 5, 3, 11);
const lessons = cls.lessons;
const fresh = freshDbs('export-cache');
const importHeadset = headsetImporter(cls);

/** The two whole-class exports through the cache, and as the log says without it. */
async function exportsOf(db: Db) {
  const deviceId = (await db.get('meta', META.deviceId)) as string;
  const [xapi, native] = [await (await exportXapiFrom(db, lessons, undefined)).text(), await (await exportNativeFrom(db, deviceId, undefined, NOW)).text()];
  const plainXapi = await (await xapiBlob(lessons, await exportSource(db))).text();
  const plainNative = await (await nativeBlob(deviceId, await listProfiles(db), await exportSource(db), NOW)).text();
  return { xapi, native, plainXapi, plainNative };
}

/** Asserts that the cached exports are byte for byte the uncached ones (and not trivially empty). */
async function expectSame(db: Db): Promise<void> {
  const x = await exportsOf(db);
  expect(x.xapi.length).toBe(x.plainXapi.length);
  expect(x.xapi === x.plainXapi).toBe(true);
  expect(x.native === x.plainNative).toBe(true);
  expect(JSON.parse(x.xapi).length).toBeGreaterThan(0);
}

/** The sealed blocks per device: [deviceId, from, to, n]. */
async function blocks(db: Db): Promise<[string, number, number, number][]> {
  const keys = await db.getAllKeys('exportBlocks');
  const metas = await db.getAll('exportBlocks');
  return metas.map((m, i) => [keys[i]![0], m.from, m.to, m.n]);
}

/** [from, to] of the blocks of a device whose seqs run 1…n: full ones only (a whole-class export) or down to n (an import). */
function spans(n: number, toEnd: boolean): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0, from = 1; from <= n; k++) {
    const to = from + blockSize(k) - 1;
    if (to > n && !toEnd) break;
    out.push([from, Math.min(to, n)]);
    from = to + 1;
  }
  return out;
}
/** Full blocks only: what a whole-class export seals. */
const expectedBlocks = (events: readonly ProgressEvent[]) => spans(events.length, false).length;
/** Down to the last event (the last block short): what an import seals. */
const importedBlocks = (events: readonly ProgressEvent[]) => spans(events.length, true).length;

describe('the export text cache', () => {
  it('is sealed on import, and the whole-class exports through it are the uncached bytes', async () => {
    const db = await fresh();
    for (let i = 0; i < cls.headsets.length; i++) await importHeadset(db, i);
    const sealed = await blocks(db);
    expect(sealed).toHaveLength(cls.headsets.reduce((k, h) => k + importedBlocks(h.events), 0));
    for (const h of cls.headsets) {
      // Full blocks (1,000 events, then 2,000…), then the device's last events as a short one: every event is in a block.
      const own = sealed.filter(([d]) => d === h.deviceId);
      expect(own.map(([, from, to, count]) => [from, to, count])).toEqual(spans(h.events.length, true).map(([f, t]) => [f, t, t - f + 1]));
      expect(own[0]!.slice(1)).toEqual([1, BLOCK_SIZE, BLOCK_SIZE]);
    }
    expect(blockSize(1)).toBe(2 * BLOCK_SIZE);
    expect(blockSize(20)).toBe(8000);
    await expectSame(db);
    expect(await blocks(db)).toEqual(sealed);
  });

  it('is what the export reads (a changed block shows), and a block that disagrees with the log is rebuilt', async () => {
    const db = await fresh();
    await importHeadset(db, 0);
    const [deviceId, from] = (await blocks(db))[0]!;
    const native = (await db.get('exportNative', [deviceId, from]))!;
    await db.put('exportNative', { ...native, text: new Blob([(await native.text.text()).replace('"seq":1,', '"seq":1 ,')]) }, [deviceId, from]);
    const x = await exportsOf(db);
    expect(x.native).not.toBe(x.plainNative); // the cache's text, not the log's: the test below can fail
    await db.put('exportNative', native, [deviceId, from]);
    const h = cls.headsets[0]!;
    expect((await blocks(db)).map(([, f, t]) => [f, t])).toEqual([[1, 1000], [1001, h.events.length]]);
    // The last block's last event removed behind the cache's back: that block is dropped, and the
    // export seals only full blocks (the second would hold 2,000), so the rest is its tail.
    const victim = h.events.at(-1)!;
    await db.delete('events', victim.id);
    await expectSame(db);
    expect((await blocks(db)).map(([, f, t]) => [f, t])).toEqual([[1, 1000]]);
    await db.add('events', victim);
    await expectSame(db);
    // A block whose own record lies about its count: counted, dropped and sealed again.
    const meta = (await db.get('exportBlocks', [deviceId, 1]))!;
    await db.put('exportBlocks', { ...meta, n: 999 }, [deviceId, 1]);
    await expectSame(db);
    expect((await db.get('exportBlocks', [deviceId, 1]))!.n).toBe(1000);
    // One whose text is missing: the same.
    await db.delete('exportXapi', [deviceId, 1]);
    await expectSame(db);
    expect(await db.get('exportXapi', [deviceId, 1])).toBeDefined();
    // A block with gaps in its seqs (from a file with holes) is counted: an event added into its range behind its back shows.
    const gappy = await fresh();
    await importHeadset(gappy, 0, (e) => e.seq % 97 !== 0);
    const before = await blocks(gappy);
    expect(before[0]!.slice(1)).toEqual([1, 1010, 1000]);
    await gappy.add('events', h.events[96]!); // seq 97
    await expectSame(gappy);
    expect((await blocks(gappy))[0]).not.toEqual(before[0]);
  });

  it('reads no events from the log after the imports sealed every device to its end, only a few keys per block (in Chromium an index count reads each event it counts)', async () => {
    const db = await fresh();
    for (let i = 0; i < cls.headsets.length; i++) await importHeadset(db, i);
    const sealed = (await blocks(db)).length;
    const tails = 0;
    const proto = IDBIndex.prototype;
    const { count, getAll } = proto;
    let read = 0;
    proto.count = function (this: IDBIndex, ...args: Parameters<IDBIndex['count']>) {
      const r = count.apply(this, args);
      if (this.objectStore.name === 'events') r.addEventListener('success', () => { read += r.result; });
      return r;
    };
    proto.getAll = function (this: IDBIndex, ...args: Parameters<IDBIndex['getAll']>) {
      const r = getAll.apply(this, args);
      if (this.objectStore.name === 'events') r.addEventListener('success', () => { read += r.result.length; });
      return r;
    };
    try {
      const deviceId = (await db.get('meta', META.deviceId)) as string;
      for (const run of [() => exportXapiFrom(db, lessons, undefined), () => exportNativeFrom(db, deviceId, undefined, NOW)]) {
        read = 0;
        await run();
        expect(read).toBeGreaterThanOrEqual(tails);
        expect(read).toBeLessThanOrEqual(tails + 3 * sealed);
      }
    } finally {
      Object.assign(proto, { count, getAll });
    }
    expect((await blocks(db)).length).toBe(sealed);
  });

  it('reports progress up to 100 % from each device\'s seq span, without counting the log', async () => {
    const db = await fresh();
    for (let i = 0; i < cls.headsets.length; i++) await importHeadset(db, i);
    expect(await logSpan(db)).toBe(await db.count('events'));
    const deviceId = (await db.get('meta', META.deviceId)) as string;
    for (const run of [(p: (f: number) => void) => exportXapiFrom(db, lessons, undefined, {}, p), (p: (f: number) => void) => exportNativeFrom(db, deviceId, undefined, NOW, p)]) {
      const seen: number[] = [];
      await run((f) => seen.push(f));
      expect(seen.length).toBeGreaterThan(2);
      expect(seen.every((f, i) => i === 0 || f > seen[i - 1]!)).toBe(true);
      expect(seen.at(-1)).toBe(1);
    }
    // A headset file with gaps (one lesson exported earlier): the span is more than the events, never less.
    const gappy = await fresh();
    await importHeadset(gappy, 0, (e) => e.lessonId === lessons[0]!.id);
    expect(await logSpan(gappy)).toBeGreaterThanOrEqual(await gappy.count('events'));
  });

  it('is sealed by the first whole-class export when an import did not, and used by the next', async () => {
    const db = await fresh();
    for (const h of cls.headsets) await mergeInto(db, h.profiles, h.events); // the merge alone seals nothing
    expect(await blocks(db)).toHaveLength(0);
    await expectSame(db);
    expect(await blocks(db)).toHaveLength(cls.headsets.reduce((k, h) => k + expectedBlocks(h.events), 0));
    await expectSame(db);
  });

  it('continues with the events written after the blocks (the tail), on this device too', async () => {
    const db = await fresh();
    await importHeadset(db, 1);
    await expectSame(db);
    const own = (await db.get('meta', META.deviceId)) as string;
    const profile = cls.headsets[1]!.profiles[0]!;
    // This device's students play: 1,600 events in batches as the saver writes them, more than a block.
    const played = cls.headsets[0]!.events.slice(0, 1600);
    for (let i = 0; i < played.length; i += 40) {
      await writeEvents(db, played.slice(i, i + 40).map((e) => ({ ...e, id: crypto.randomUUID(), deviceId: own, seq: null, profileId: profile.id })));
    }
    await expectSame(db);
    expect((await blocks(db)).filter(([d]) => d === own)).toHaveLength(1);
    // 600 + 1,500 after the first block: enough for the second, of 2,000.
    await writeEvents(db, played.slice(0, 1500).map((e) => ({ ...e, id: crypto.randomUUID(), deviceId: own, seq: null, profileId: profile.id })));
    await expectSame(db);
    expect((await blocks(db)).filter(([d]) => d === own).map(([, f, t]) => [f, t])).toEqual([[1, 1000], [1001, 3000]]);
  });

  it('drops the blocks an import adds events into (or before), keeps those before them, and seals again', async () => {
    const db = await fresh();
    const h = cls.headsets[2]!;
    // First a file with holes (every 97th event missing, and nothing after seq 1,900), then the whole headset.
    await importHeadset(db, 2, (e) => e.seq % 97 !== 0 && e.seq <= 1900);
    const before = await blocks(db);
    expect(before.map(([, , , count]) => count)).toEqual([BLOCK_SIZE, 1900 - 19 - BLOCK_SIZE]);
    await expectSame(db);
    await mergeInto(db, h.profiles, h.events.filter((e) => e.seq >= 1200)); // only into the short block and after: the first block stays
    expect(await blocks(db)).toEqual(before.slice(0, 1));
    await expectSame(db);
    await mergeInto(db, h.profiles, h.events); // the holes inside the first block: dropped by the merge itself
    expect(await blocks(db)).toHaveLength(0);
    await expectSame(db); // sealed again by the export
    expect(await blocks(db)).toHaveLength(expectedBlocks(h.events));
    expect((await blocks(db))[0]).not.toEqual(before[0]);
    await expectSame(db);
  });

  it('seals a headset imported again from its short last block on: one short block a device, whatever the imports', async () => {
    const db = await fresh();
    const h = cls.headsets[0]!;
    for (const upTo of [700, 1500, 1501, h.events.length]) {
      await importHeadset(db, 0, (e) => e.seq <= upTo);
      const own = await blocks(db);
      expect(own.map(([, from, to]) => [from, to])).toEqual(spans(upTo, true));
      await expectSame(db);
    }
  });

  it('drops the blocks of a student who deletes their data, and of everything', async () => {
    const db = await fresh();
    for (let i = 0; i < cls.headsets.length; i++) await importHeadset(db, i);
    const student = cls.headsets[1]!.profiles[3]!;
    const first = cls.headsets[1]!.events.find((e) => e.profileId === student.id)!.seq;
    const before = await blocks(db);
    await deleteProfileData(db, student.id);
    // Its device's blocks from the one holding its first event on are gone, every other block stays.
    expect(await blocks(db)).toEqual(before.filter(([d, , to]) => d !== cls.headsets[1]!.deviceId || to < first));
    expect((await blocks(db)).length).toBeLessThan(before.length);
    await expectSame(db);
    expect(JSON.parse((await exportsOf(db)).xapi).some((s: { actor: { account: { name: string } } }) => s.actor.account.name === student.id)).toBe(false);
    const { deleteEverything } = await import('../../src/progress/profiles.ts');
    await deleteEverything(db);
    expect(await blocks(db)).toHaveLength(0);
    expect(await db.count('exportNative')).toBe(0);
    expect(await db.count('exportXapi')).toBe(0);
  });

  it('describes each activity once, in full on the first statement that names it in the whole export', async () => {
    const db = await fresh();
    for (let i = 0; i < cls.headsets.length; i++) await importHeadset(db, i);
    const statements = JSON.parse((await exportsOf(db)).xapi) as { object: { id: string; definition?: { name: Record<string, string> } } }[];
    const seen = new Set<string>();
    let described = 0;
    for (const s of statements) {
      expect(s.object.definition !== undefined, s.object.id).toBe(!seen.has(s.object.id));
      if (s.object.definition) described++;
      seen.add(s.object.id);
    }
    expect(described).toBe(seen.size);
    expect(described).toBeGreaterThan(lessons.length);
    // Full definitions come from the export's lessons (here their titles), never from the cache.
    const titled = statements.find((s) => s.object.id.endsWith(':lesson:lesson-02') && s.object.definition)!;
    expect(titled.object.definition!.name).toEqual({ 'ko-KR': '수업 2', 'en-US': 'Lesson 2' });
    const other = JSON.parse(await (await exportXapiFrom(db, [], undefined)).text()) as typeof statements;
    expect(other.find((s) => s.object.id.endsWith(':lesson:lesson-02') && s.object.definition)!.object.definition!.name).toEqual({ und: 'lesson-02' });
    expect(await (await exportXapiFrom(db, [], undefined)).text()).toBe(await (await xapiBlob([], await exportSource(db))).text());
  });

  it('splices definitions at the right bytes after text that is not ASCII (Hangul, emoji, U+2028)', async () => {
    const db = await fresh();
    const h = cls.headsets[0]!;
    await importHeadset(db, 0, () => true, (e) => ({ ...e, lessonVersion: ['1.0 한글', '😀', '\u2028', 'é'][e.seq % 4]!, ...(e.record.kind === 'answered' ? { record: { ...e.record, value: '자전거 🚲' } } : {}) }));
    expect(await blocks(db)).toHaveLength(importedBlocks(h.events));
    await expectSame(db);
  });

  it('counts UTF-8 bytes as a Blob holds them', async () => {
    const { utf8Length } = await import('../../src/progress/block-text.ts');
    for (const s of ['', 'abc', '한글', '😀', 'a\u2028b', '\ud800', '\udfff', 'x\ud83d', '\ud83d\ude00\ud83d', 'é€𝄞']) expect(utf8Length(s), JSON.stringify(s)).toBe(new Blob([s]).size);
  });

  it('is not used for another home page or for one lesson, which read the log', async () => {
    const db = await fresh();
    await importHeadset(db, 0);
    const homePage = 'https://lrs.example/';
    const other = await (await exportXapiFrom(db, lessons, undefined, { homePage })).text();
    expect(other).toBe(await (await xapiBlob(lessons, await exportSource(db), { homePage })).text());
    expect(other).toContain(JSON.stringify(homePage));
    const one = await (await exportXapiFrom(db, lessons, 'lesson-03')).text();
    expect(one).toBe(await (await xapiBlob(lessons, await exportSource(db, 'lesson-03'))).text());
  });
});

describe('a full disk', () => {
  it('makes the cache give way to the log: the write is tried again once the cache is dropped, and only then', async () => {
    const { roomForLog } = await import('../../src/progress/cache-stores.ts');
    const db = await fresh();
    await importHeadset(db, 0);
    expect((await blocks(db)).length).toBeGreaterThan(0);
    const full = () => new DOMException('full', 'QuotaExceededError');
    const isQuota = (e: unknown) => (e as DOMException).name === 'QuotaExceededError';
    let tries = 0;
    expect(await roomForLog(db, async () => { if (++tries === 1) throw full(); return 'written'; }, isQuota)).toBe('written');
    expect(tries).toBe(2);
    expect(await blocks(db)).toHaveLength(0);
    expect(await db.count('exportXapi')).toBe(0);
    // With no cache left to drop, or another error, the failure is the caller's (the saver says "not saved").
    await expect(roomForLog(db, async () => { throw full(); }, isQuota)).rejects.toThrow('full');
    await expect(roomForLog(db, async () => { throw new Error('other'); }, isQuota)).rejects.toThrow('other');
    await expectSame(db); // and the next export seals again
    expect((await blocks(db)).length).toBeGreaterThan(0);
  });
});
