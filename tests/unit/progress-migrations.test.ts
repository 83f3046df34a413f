import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { existsSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { logOrder } from '../../src/progress/merge.ts';
import { DB_VERSION } from '../../src/progress/migrations.ts';
import type { ProgressDB } from '../../src/progress/schema.ts';
import { createProgressStore } from '../../src/progress/store.ts';
import { summarize } from '../../src/progress/summary.ts';
import { FIXTURE_VERSIONS, fixtureUrl, layDown, readFixture } from '../fixtures/progress/db-fixtures.ts';

const oldVersions = Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1);
/** The stores of the export caches (database versions 4 and 5), which version 6 dropped. */
const CACHE_STORES = ['exportBlocks', 'exportNative', 'exportXapi', 'lessonText'];

describe('migrations of the progress database', () => {
  it('keeps a fixture for every old version', () => {
    expect(FIXTURE_VERSIONS).toEqual(oldVersions);
    for (const v of oldVersions) expect(existsSync(fixtureUrl(v)), `tests/fixtures/progress/db-v${v}.json`).toBe(true);
  });

  for (const v of oldVersions) {
    it(`opens a version ${v} database with the current code, keeping every event and the device's id`, async () => {
      const fixture = readFixture(v);
      const name = `migrate-v${v}`;
      await layDown(name, fixture);
      if (v === 5) {
        // The version 5 fixture holds what its export caches held: the migration must drop real data.
        const old = await openDB(name);
        for (const s of CACHE_STORES) expect(await old.count(s), s).toBeGreaterThan(0);
        old.close();
      }
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
      // v6: the export caches of versions 4 and 5 are gone, whatever they held.
      expect([...db.objectStoreNames].sort()).toEqual(['events', 'meta', 'profiles', 'summaries']);
      db.close();
    });
  }

  it('still opens when the summaries cannot be rebuilt (disk full), and folds the log for the desk', async () => {
    await layDown('migrate-full-disk', readFixture(1));
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
