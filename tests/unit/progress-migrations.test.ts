import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { logOrder } from '../../src/progress/merge.ts';
import { DB_VERSION, migrate } from '../../src/progress/migrations.ts';
import type { ProgressDB } from '../../src/progress/schema.ts';
import { createProgressStore } from '../../src/progress/store.ts';
import { summarize } from '../../src/progress/summary.ts';
import type { LessonSummary, Profile, ProgressEvent } from '../../src/progress/types.ts';

interface Fixture {
  version: number;
  stores: { meta: [string, unknown][]; profiles: Profile[]; events: ProgressEvent[]; summaries?: LessonSummary[] };
}

const fixtureUrl = (v: number) => new URL(`../fixtures/progress/db-v${v}.json`, import.meta.url);
const oldVersions = Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1);

/** Lays a fixture down as a database of its own version, using only the migrations up to it. */
async function layDown(name: string, fixture: Fixture): Promise<void> {
  const db = await openDB<ProgressDB>(name, fixture.version, { upgrade: (d, old, _n, tx) => migrate(d, tx, old, fixture.version) });
  const stores = fixture.stores.summaries ? (['meta', 'profiles', 'events', 'summaries'] as const) : (['meta', 'profiles', 'events'] as const);
  const tx = db.transaction([...stores], 'readwrite');
  await tx.objectStore('meta').clear();
  for (const [k, v] of fixture.stores.meta) await tx.objectStore('meta').put(v, k);
  for (const p of fixture.stores.profiles) await tx.objectStore('profiles').put(p);
  for (const e of fixture.stores.events) await tx.objectStore('events').put(e);
  for (const s of fixture.stores.summaries ?? []) await tx.objectStore('summaries').put(s);
  await tx.done;
  db.close();
}

describe('migrations of the progress database', () => {
  it('keeps a fixture for every old version', () => {
    for (const v of oldVersions) expect(existsSync(fixtureUrl(v)), `tests/fixtures/progress/db-v${v}.json`).toBe(true);
  });

  for (const v of oldVersions) {
    it(`opens a version ${v} database with the current code, keeping every event and the device's id`, async () => {
      const fixture = JSON.parse(readFileSync(fixtureUrl(v), 'utf8')) as Fixture;
      const name = `migrate-v${v}`;
      await layDown(name, fixture);
      const store = await createProgressStore({ name });
      try {
        const deviceId = fixture.stores.meta.find(([k]) => k === 'deviceId')![1];
        expect(store.deviceId).toBe(deviceId);
        expect(await store.profiles({ all: true })).toHaveLength(fixture.stores.profiles.length);
        const events = await store.events();
        expect(events).toEqual([...fixture.stores.events].sort(logOrder));
        // Summaries (added in v2) are built from the old log, or rebuilt when their fold changed since.
        const want = [...summarize(events).values()];
        const built = await store.summaries();
        expect(built).toHaveLength(want.length);
        expect(built).toEqual(expect.arrayContaining(want));
        // Seqs go on from where the old database left off.
        await store.append(fixture.stores.profiles[0]!.id, 'commute', '1.0.0', [{ kind: 'step-entered', stepId: 'intro' }]);
        const maxSeq = Math.max(...fixture.stores.events.filter((e) => e.deviceId === deviceId).map((e) => e.seq));
        expect((await store.events()).find((e) => e.deviceId === deviceId && e.seq === maxSeq + 1)?.record).toEqual({ kind: 'step-entered', stepId: 'intro' });
      } finally {
        store.close();
      }
      const db = await openDB<ProgressDB>(name);
      expect(db.version).toBe(DB_VERSION);
      expect([...db.transaction('events').store.indexNames]).toContain('by-device-seq');
      expect([...db.transaction('summaries').store.indexNames]).toEqual(['by-lesson', 'by-profile']);
      // v4: the export text cache's stores, empty until an import or a whole-class export seals blocks.
      expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['exportBlocks', 'exportNative', 'exportXapi']));
      expect(await db.count('exportBlocks')).toBe(0);
      db.close();
    });
  }

  it('still opens when the summaries cannot be rebuilt (disk full), and folds the log for the desk', async () => {
    const fixture = JSON.parse(readFileSync(fixtureUrl(1), 'utf8')) as Fixture;
    await layDown('migrate-full-disk', fixture);
    const spy = vi.spyOn(IDBObjectStore.prototype, 'clear').mockImplementation(() => { throw new DOMException('full', 'QuotaExceededError'); });
    const store = await createProgressStore({ name: 'migrate-full-disk' });
    spy.mockRestore();
    try {
      const summaries = await store.summaries();
      expect(summaries).toHaveLength(2);
      expect(summaries).toEqual(expect.arrayContaining([...summarize(await store.events()).values()]));
    } finally {
      store.close();
    }
  });

  it('creates a new database at the current version with a device id', async () => {
    const store = await createProgressStore({ name: 'migrate-new' });
    expect(store.deviceId).toMatch(/^[0-9a-f-]{36}$/);
    store.close();
    const db = await openDB<ProgressDB>('migrate-new');
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get('meta', 'summaryVersion')).toBeGreaterThan(0);
    db.close();
  });
});
