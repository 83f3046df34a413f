import type { Profile, ProgressEvent } from '../progress/types.ts';

/**
 * What the sync core needs of the page's progress log, the source of truth and the outbox. The
 * app implements it on the IndexedDB progress store (src/progress); tests on an array.
 */
export interface Outbox {
  /** This device's id: every event it writes carries it. */
  readonly deviceId: string;
  /** This device's own events (deviceId === this.deviceId) with seq > `seq`, in seq order, at most `limit`. */
  eventsAfter(seq: number, limit: number): Promise<ProgressEvent[]>;
  /** The highest seq this device has written (0 before its first event). */
  lastSeq(): Promise<number>;
  /** The profiles (nicknames) made on this device. */
  profiles(): Promise<Profile[]>;
  /** Calls `listener` after events or profiles were written to the log; returns the unsubscribe. */
  onAppended(listener: () => void): () => void;
}

/** A string store (localStorage) for the few things the core keeps across page loads. */
export interface KeptStrings {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}
