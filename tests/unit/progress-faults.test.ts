import 'fake-indexeddb/auto';
import { forceCloseDatabase } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_VERSION } from '../../src/progress/migrations.ts';
import { createProgressStore, ProgressLostError, type ProgressStore } from '../../src/progress/store.ts';
import type { SaveStatus } from '../../src/progress/types.ts';
import type { LogRecord } from '../../src/runner/types.ts';

const realIndexedDB = globalThis.indexedDB;
const open: ProgressStore[] = [];
let n = 0;
async function fresh(name = `faults-${++n}`): Promise<ProgressStore> {
  const s = await createProgressStore({ name, retryDelaysMs: [30, 30] });
  open.push(s);
  return s;
}
/** The raw connection a store opened (the last open() call). */
function spyConnections() {
  const spy = vi.spyOn(globalThis.indexedDB, 'open');
  return () => spy.mock.results.map((r) => (r.value as IDBOpenDBRequest).result);
}
afterEach(() => {
  for (const s of open.splice(0)) s.close();
  vi.restoreAllMocks();
  Object.defineProperty(globalThis, 'indexedDB', { value: realIndexedDB, configurable: true, writable: true });
});

const entered = (stepId: string): LogRecord => ({ kind: 'step-entered', stepId });
const seen = (store: ProgressStore) => {
  const states: string[] = [];
  store.subscribe((s: SaveStatus) => states.push(`${s.state}${s.reason ? `:${s.reason}` : ''}`));
  return states;
};

describe('a full disk', () => {
  it('shows not-saved, keeps the events in memory and writes them, in order, once space is back', async () => {
    const store = await fresh();
    const states = seen(store);
    let full = true;
    const add = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      const request = add.apply(this, args);
      // What a browser does at commit when the quota is exceeded: the transaction aborts with QuotaExceededError.
      if (full) (this.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
      return request;
    });
    const first = await store.append('p', 'commute', '1.0.0', [entered('intro')]);
    expect(first).toMatchObject({ state: 'not-saved', reason: 'quota', pending: 1 });
    expect(first.retryInMs).toBeGreaterThan(0);
    await store.append('p', 'commute', '1.0.0', [entered('pre-bus')]);
    expect(store.status()).toMatchObject({ state: 'not-saved', pending: 2 });
    expect((await store.eventsFor('p', 'commute')).map((e) => e.seq)).toEqual([null, null]);
    await new Promise((r) => setTimeout(r, 80)); // a retry or two, still full
    expect(store.status()).toMatchObject({ state: 'not-saved', pending: 2 });
    full = false;
    await vi.waitFor(() => expect(store.status()).toEqual({ state: 'saved', pending: 0 }));
    const events = await store.eventsFor('p', 'commute');
    expect(events.map((e) => [e.seq, (e.record as { stepId: string }).stepId])).toEqual([[1, 'intro'], [2, 'pre-bus']]);
    expect(states).toContain('not-saved:quota');
    expect(states.at(-1)).toBe('saved');
  });

  it('"try again" writes at once', async () => {
    const store = await fresh();
    const spy = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => { throw new DOMException('full', 'QuotaExceededError'); });
    await store.append('p', 'commute', '1.0.0', [entered('intro')]);
    spy.mockRestore();
    expect(await store.retry()).toEqual({ state: 'saved', pending: 0 });
  });
});

describe('the database deleted or replaced while the app runs', () => {
  it('notices a deletion, keeps events in memory and never recreates the database', async () => {
    const name = `deleted-${++n}`;
    const store = await fresh(name);
    await store.append('p', 'commute', '1.0.0', [entered('intro')]);
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.deleteDatabase(name); // site data cleared, or another tab deleting it
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error as Error);
    });
    expect(store.status()).toEqual({ state: 'lost', pending: 0, reason: 'deleted' });
    expect(await store.append('p', 'commute', '1.0.0', [entered('pre-bus')])).toEqual({ state: 'lost', pending: 1, reason: 'deleted' });
    expect((await store.eventsFor('p', 'commute')).map((e) => e.record)).toEqual([entered('pre-bus')]);
    await expect(store.profiles()).rejects.toBeInstanceOf(ProgressLostError);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  });

  it('steps aside for a newer version of the app opened in another tab', async () => {
    const name = `upgraded-${++n}`;
    const store = await fresh(name);
    await new Promise<void>((resolve) => {
      const req = indexedDB.open(name, DB_VERSION + 1);
      req.onsuccess = () => { req.result.close(); resolve(); };
    });
    expect(store.status()).toMatchObject({ state: 'lost', reason: 'upgraded' });
  });

  it('notices the browser closing the connection', async () => {
    const connections = spyConnections();
    const store = await fresh();
    forceCloseDatabase(connections()[0] as never);
    await vi.waitFor(() => expect(store.status()).toMatchObject({ state: 'lost', reason: 'closed' }));
  });

  it('treats a write on a closed connection as lost', async () => {
    const connections = spyConnections();
    const store = await fresh();
    connections()[0]!.close();
    expect(await store.append('p', 'commute', '1.0.0', [entered('intro')])).toEqual({ state: 'lost', pending: 1, reason: 'closed' });
    await expect(store.createProfile('민지')).rejects.toBeInstanceOf(ProgressLostError);
    expect(await store.eventsFor('p', 'commute')).toHaveLength(1);
  });
});

describe('no usable IndexedDB', () => {
  it('works in memory and says progress is not kept (blocked storage, some private modes)', async () => {
    Object.defineProperty(globalThis, 'indexedDB', {
      configurable: true, writable: true,
      value: { open: () => { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); } },
    });
    const store = await fresh();
    expect(store.status()).toEqual({ state: 'unavailable', pending: 0, reason: 'no-indexeddb' });
    await store.append('p', 'commute', '1.0.0', [entered('intro')]);
    expect(await store.eventsFor('p', 'commute')).toHaveLength(1);
    expect((await store.createProfile('민지')).ok).toBe(true);
  });

  it('says so when the saved progress is newer than this copy of the app', async () => {
    const name = `too-new-${++n}`;
    await new Promise<void>((resolve) => {
      const req = indexedDB.open(name, DB_VERSION + 5);
      req.onsuccess = () => { req.result.close(); resolve(); };
    });
    const store = await fresh(name);
    expect(store.status()).toMatchObject({ state: 'unavailable', reason: 'too-new' });
  });
});
