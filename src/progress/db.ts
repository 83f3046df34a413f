import { openDB } from 'idb';
import type { IDBPDatabase } from 'idb';
import { DB_VERSION, migrate } from './migrations.ts';
import type { ProgressDB } from './schema.ts';
import type { SaveReason } from './types.ts';

export type Db = IDBPDatabase<ProgressDB>;

/**
 * Opens (creating or migrating) the progress database. `onLost` is called once if the database goes
 * away under the running app: deleted (site data cleared, another tab's "delete database"), replaced
 * by a newer version of the app in another tab, or closed by the browser. The connection is closed
 * then, so a delete or upgrade is not blocked by this tab, and nothing is recreated behind the
 * student's back.
 */
export async function openProgressDb(name: string, onLost: (reason: SaveReason) => void, version = DB_VERSION): Promise<Db> {
  let lost = false;
  const lose = (reason: SaveReason) => {
    if (lost) return;
    lost = true;
    onLost(reason);
  };
  const db: Db = await openDB<ProgressDB>(name, version, {
    upgrade: (database, oldVersion, _newVersion, tx) => migrate(database, tx, oldVersion, version),
    blocking: (_current, blockedVersion) => {
      db.close();
      lose(blockedVersion === null ? 'deleted' : 'upgraded');
    },
    terminated: () => lose('closed'),
  });
  return db;
}

/** What a failed write means for the student. */
export function classify(error: unknown): SaveReason {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return 'quota';
  // The database on disk is newer than this code (an old cached copy of the app is running).
  if (name === 'VersionError') return 'too-new';
  // The connection is closing or closed, or a store vanished: the database is gone.
  if (name === 'InvalidStateError' || name === 'NotFoundError') return 'closed';
  return 'error';
}

/**
 * Marks a promise (or a transaction's `done`) as observed, so one that rejects with nobody awaiting it
 * (an aborted transaction after an earlier step threw, a read ahead that an export given up half-way
 * never takes) is not an unhandled rejection. Awaiting it still throws. Returns its argument.
 */
export function observed<T extends Promise<unknown> | { done: Promise<void> }>(x: T): T {
  (x instanceof Promise ? x : x.done).catch(() => {});
  return x;
}
