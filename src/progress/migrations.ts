import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ProgressDB } from './schema.ts';
import { META } from './schema.ts';
import { newId } from './uuid.ts';

type Db = IDBPDatabase<ProgressDB>;
type Tx = IDBPTransaction<ProgressDB, StoreNames<ProgressDB>[], 'versionchange'>;
/** The database without today's schema: for stores that a later version dropped (ProgressDB no longer names them). */
const untyped = (db: Db) => db as unknown as IDBPDatabase;

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
  // 4: an export text cache: sealed blocks of each device's events as ready-made native and xAPI
  // text, so that a whole-class export of 1,000 students read text instead of decoding every event.
  // Dropped by 6.
  (db) => {
    untyped(db).createObjectStore('exportBlocks');
    untyped(db).createObjectStore('exportNative');
    untyped(db).createObjectStore('exportXapi');
  },
  // 5: a lesson text cache: per (lesson, student), the student's events of the lesson as ready-made
  // export text. Dropped by 6.
  (db) => {
    untyped(db).createObjectStore('lessonText');
  },
  // 6: the export caches of 4 and 5 go. Exports read the log itself (exports.ts), quick enough for a
  // class; the caches only ever held copies of the log's events, so nothing is lost.
  (db) => {
    for (const name of ['exportBlocks', 'exportNative', 'exportXapi', 'lessonText']) untyped(db).deleteObjectStore(name);
  },
];

export const DB_VERSION = MIGRATIONS.length;

/** Runs the migrations from `oldVersion` up to `to` (the current version unless a test asks for an old one). */
export function migrate(db: Db, tx: Tx, oldVersion: number, to = DB_VERSION): void {
  for (let v = oldVersion; v < to; v++) MIGRATIONS[v]!(db, tx);
}
