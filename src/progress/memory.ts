/**
 * Puts an in-memory IndexedDB (fake-indexeddb, loaded only when needed) in place of a browser's
 * unusable one (storage blocked, some private modes), so the app works the same until the page closes.
 * The globals are replaced because idb recognises IndexedDB objects by the global classes.
 */
export async function installMemoryIndexedDb(): Promise<void> {
  const fake = await import('fake-indexeddb');
  const globals: Record<string, unknown> = {
    indexedDB: new fake.IDBFactory(),
    IDBCursor: fake.IDBCursor, IDBCursorWithValue: fake.IDBCursorWithValue, IDBDatabase: fake.IDBDatabase,
    IDBFactory: fake.IDBFactory, IDBIndex: fake.IDBIndex, IDBKeyRange: fake.IDBKeyRange, IDBObjectStore: fake.IDBObjectStore,
    IDBOpenDBRequest: fake.IDBOpenDBRequest, IDBRequest: fake.IDBRequest, IDBTransaction: fake.IDBTransaction,
    IDBVersionChangeEvent: fake.IDBVersionChangeEvent,
  };
  for (const [name, value] of Object.entries(globals)) {
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true, enumerable: false });
  }
}
