/** What the export cache tests share: fresh databases, and headsets imported as native files. */
import { afterEach, expect } from 'vitest';
import { openProgressDb, type Db } from '../../src/progress/db.ts';
import { importText } from '../../src/progress/import.ts';
import { NATIVE_FORMAT, NATIVE_VERSION } from '../../src/progress/native-format.ts';
import type { ProgressEvent } from '../../src/progress/types.ts';
import type { generateClass } from '../fixtures/progress/generate-class.ts';

export const NOW = new Date(Date.UTC(2026, 5, 1, 9));

/** Opens a new database for each call (named `prefix-1`, `prefix-2`…), closed after each test. */
export function freshDbs(prefix: string): () => Promise<Db> {
  const open: Db[] = [];
  let n = 0;
  afterEach(() => { for (const db of open.splice(0)) db.close(); });
  return async () => {
    const db = await openProgressDb(`${prefix}-${++n}`, () => {});
    open.push(db);
    return db;
  };
}

/** Imports headset `i` of a class as its native export file (only the events `keep` keeps, as `change` makes them). */
export function headsetImporter(cls: ReturnType<typeof generateClass>) {
  return async (db: Db, i: number, keep: (e: ProgressEvent) => boolean = () => true, change = (e: ProgressEvent) => e): Promise<void> => {
    const h = cls.headsets[i]!;
    const events = h.events.filter(keep).map(change);
    const file = JSON.stringify({ format: NATIVE_FORMAT, version: NATIVE_VERSION, exportedAt: NOW.toISOString(), deviceId: h.deviceId, profiles: h.profiles, events });
    expect((await importText(db, file)).ok).toBe(true);
  };
}
