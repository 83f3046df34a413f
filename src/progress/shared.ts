import { createProgressStore, type ProgressStore } from './store.ts';

let shared: Promise<ProgressStore> | null = null;

/**
 * The page's one progress store (one database connection), opened on first use. The app and the
 * lazily loaded teacher's desk both call this, so they share the connection, its queue and its status.
 */
export function sharedProgressStore(): Promise<ProgressStore> {
  shared ??= createProgressStore();
  return shared;
}
