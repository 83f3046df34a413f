import { classify } from './db.ts';
import type { ProgressEvent, QueuedEvent, SaveReason, SaveStatus } from './types.ts';

/** Waits between automatic retries after a failed write, in ms; the last repeats. */
export const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

export interface Saver {
  /** Queues events (in order) and writes them; resolves with the status once written or failed. */
  enqueue(events: QueuedEvent[]): Promise<SaveStatus>;
  /** Tries to write what is queued now (a "try again" button), without waiting for the timer. */
  flush(): Promise<SaveStatus>;
  status(): SaveStatus;
  subscribe(listener: (s: SaveStatus) => void): () => void;
  /** Queued events not yet written. */
  pending(): readonly QueuedEvent[];
  /** Forgets queued events, e.g. of a student who deleted their data. */
  drop(keep: (e: QueuedEvent) => boolean): void;
  lose(reason: SaveReason): void;
  unavailable(reason: SaveReason): void;
  close(): void;
}

/**
 * The in-memory queue in front of the database. Events are never dropped on a failed write: a full
 * disk shows 'not-saved' and retries; a lost database shows 'lost' and keeps them until the page closes.
 */
export function createSaver(write: (batch: QueuedEvent[]) => Promise<ProgressEvent[]>, onWritten: (events: ProgressEvent[]) => void, delays: readonly number[] = RETRY_DELAYS_MS): Saver {
  let queue: QueuedEvent[] = [];
  let writing = false;
  let draining: Promise<void> | null = null;
  let failure: { reason: SaveReason; attempt: number; retryAt: number } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lost: SaveReason | null = null;
  let memoryOnly: SaveReason | null = null;
  const listeners = new Set<(s: SaveStatus) => void>();
  let lastKey = '';

  const status = (): SaveStatus => {
    const pending = queue.length;
    if (lost) return { state: 'lost', pending, reason: lost };
    if (memoryOnly) return { state: 'unavailable', pending, reason: memoryOnly };
    if (failure) return { state: 'not-saved', pending, reason: failure.reason, retryInMs: Math.max(0, failure.retryAt - Date.now()) };
    return { state: writing || pending ? 'saving' : 'saved', pending };
  };
  const emit = () => {
    const s = status();
    const key = `${s.state}|${s.pending}|${s.reason ?? ''}`;
    if (key === lastKey) return;
    lastKey = key;
    for (const l of [...listeners]) l(s);
  };
  const stopTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  async function drain(): Promise<void> {
    while (queue.length > 0 && !lost) {
      const batch = queue.slice();
      writing = true;
      emit();
      try {
        const written = await write(batch);
        const done = new Set(batch.map((e) => e.id));
        queue = queue.filter((e) => !done.has(e.id));
        failure = null;
        writing = false;
        onWritten(written);
      } catch (error) {
        writing = false;
        const reason = classify(error);
        if (reason === 'closed') saver.lose('closed');
        else {
          const attempt = (failure?.attempt ?? 0) + 1;
          const delay = delays[Math.min(attempt, delays.length) - 1] ?? 1_000;
          failure = { reason, attempt, retryAt: Date.now() + delay };
          stopTimer();
          timer = setTimeout(() => { timer = null; void run(); }, delay);
        }
        break;
      }
    }
    emit();
  }

  function run(): Promise<SaveStatus> {
    if (draining) return draining.then(() => (timer !== null || lost ? status() : run()));
    if (!queue.length || lost) return Promise.resolve(status());
    draining = drain().finally(() => { draining = null; });
    return draining.then(status);
  }

  const saver: Saver = {
    enqueue(events) {
      queue.push(...events);
      emit();
      // While a retry is scheduled, new events wait for it rather than hammering a full disk.
      return timer !== null ? Promise.resolve(status()) : run();
    },
    flush() {
      stopTimer();
      return run();
    },
    status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    pending: () => queue,
    drop(keep) {
      queue = queue.filter(keep);
      if (!queue.length) {
        failure = null;
        stopTimer();
      }
      emit();
    },
    lose(reason) {
      if (lost) return;
      lost = reason;
      stopTimer();
      emit();
    },
    unavailable(reason) {
      memoryOnly = reason;
      emit();
    },
    close() {
      stopTimer();
      listeners.clear();
    },
  };
  return saver;
}
