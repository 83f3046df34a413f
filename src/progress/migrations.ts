import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ProgressDB } from './schema.ts';
import { META } from './schema.ts';
import { newId } from './uuid.ts';

type Db = IDBPDatabase<ProgressDB>;
type Tx = IDBPTransaction<ProgressDB, StoreNames<ProgressDB>[], 'versionchange'>;

/**
 * Numbered migrations of the progress database: MIGRATIONS[n - 1] takes a database from version
 * n - 1 to n. Never edit one that has shipped; add the next. Each old version keeps a fixture in
 * tests/fixtures/progress/db-vN.json and a test that opens it with the current code.
 */
export const MIGRATIONS: ((db: Db, tx: Tx) => void)[] = [
  // 1: the log. The device's id is made here, in the upgrade transaction, so two tabs opening a new
  // database at once still agree on one id.
  (db, tx) => {
    const events = db.createObjectStore('events', { keyPath: 'id' });
    events.createIndex('by-pair', ['profileId', 'lessonId', 'deviceId', 'seq']);
    events.createIndex('by-profile', 'profileId');
    db.createObjectStore('profiles', { keyPath: 'id' });
    const meta = db.createObjectStore('meta');
    void meta.put(newId(), META.deviceId);
    void meta.put(0, META.seq);
    void tx;
  },
  // 2: summaries derived from the log, so the teacher's desk opens without reading every event, and a
  // unique (device, seq) index so no seq can ever be used twice. Summaries are built on first open
  // (the missing summaryVersion says so), not here, so one code path builds them.
  (db, tx) => {
    tx.objectStore('events').createIndex('by-device-seq', ['deviceId', 'seq'], { unique: true });
    const summaries = db.createObjectStore('summaries', { keyPath: ['profileId', 'lessonId'] });
    summaries.createIndex('by-profile', 'profileId');
    void tx.objectStore('meta').delete(META.summaryVersion);
  },
  // 3: summaries by lesson, so the desk reads one lesson's students (not the whole class) for its
  // charts, and an export of one lesson finds its students without reading every summary.
  (_db, tx) => {
    tx.objectStore('summaries').createIndex('by-lesson', 'lessonId');
  },
  // 4: the export text cache (export-cache.ts): sealed blocks of 1,000 events per device as ready-made
  // native and xAPI text, so a whole-class export reads text instead of decoding every event. Empty
  // here; blocks are sealed on import and on export.
  (db) => {
    db.createObjectStore('exportBlocks');
    db.createObjectStore('exportNative');
    db.createObjectStore('exportXapi');
  },
  // 5: the lesson text cache (lesson-cache.ts): per (lesson, student), the student's events of the
  // lesson as ready-made native and xAPI text, so a one-lesson export reads one record per student
  // in key order (reading 35k events through an index costs ≈2 s on a large database on disk). Filled
  // by imports and by exports; checked against the summaries' event counts (summary version 3).
  (db) => {
    db.createObjectStore('lessonText');
  },
];

export const DB_VERSION = MIGRATIONS.length;

/** Runs the migrations from `oldVersion` up to `to` (the current version unless a test asks for an old one). */
export function migrate(db: Db, tx: Tx, oldVersion: number, to = DB_VERSION): void {
  for (let v = oldVersion; v < to; v++) MIGRATIONS[v]!(db, tx);
}
