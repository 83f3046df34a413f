import { type Db, guard, quiet } from './db.ts';
import { pairRange } from './read.ts';
import type { ProgressEvent } from './types.ts';

/**
 * How many events one read of the log takes: an export writes a page out between two turns it gives
 * the page (`pacer`), so a page is a few milliseconds of work, and the log is never held twice.
 */
export const PAGE_SIZE = 1_000;
/** How many students' events one read of a lesson takes (one transaction, one request each). */
export const STUDENTS_PER_READ = 100;
/** How long an export works before it lets the page draw and answer input, ms. */
export const SLICE_MS = 10;

/**
 * The whole log, page by page, in (device, seq) order. The next page is asked for as soon as one
 * arrives, so the database reads it while the caller writes out the one before.
 */
export async function* logPages(db: Db, pageSize = PAGE_SIZE): AsyncGenerator<ProgressEvent[]> {
  const read = (after: [string, number] | null) =>
    quiet(db.getAllFromIndex('events', 'by-device-seq', after ? IDBKeyRange.lowerBound(after, true) : undefined, pageSize));
  let next: Promise<ProgressEvent[]> | null = read(null);
  while (next) {
    const page: ProgressEvent[] = await next;
    if (!page.length) return;
    const last = page[page.length - 1]!;
    next = page.length < pageSize ? null : read([last.deviceId, last.seq]);
    yield page;
  }
}

/** One lesson's events, student by student (each student's in log order), read ahead like `logPages`. */
export async function* lessonPages(db: Db, lessonId: string, profileIds?: readonly string[]): AsyncGenerator<ProgressEvent[]> {
  const ids = profileIds ?? (await lessonProfiles(db, lessonId));
  const read = (from: number) => {
    const tx = guard(db.transaction('events'));
    const index = tx.store.index('by-pair');
    return quiet(Promise.all(ids.slice(from, from + STUDENTS_PER_READ).map((p) => index.getAll(pairRange(p, lessonId)))));
  };
  let next: Promise<ProgressEvent[][]> | null = ids.length ? read(0) : null;
  for (let from = 0; next; from += STUDENTS_PER_READ) {
    const pages = await next;
    next = from + STUDENTS_PER_READ < ids.length ? read(from + STUDENTS_PER_READ) : null;
    yield* pages;
  }
}

/** The students with progress in a lesson, in profile id order (the summaries' key order). */
export async function lessonProfiles(db: Db, lessonId: string): Promise<string[]> {
  return (await db.getAllKeysFromIndex('summaries', 'by-lesson', lessonId)).map(([profileId]) => profileId);
}

/** What an export reads: its pages, and how many of them (or of their events) make 100 %. */
export interface ExportSource {
  pages: AsyncIterable<ProgressEvent[]>;
  total: number;
  /** The share of `total` one page is: its events for the whole log, 1 for a student's lesson. */
  units(page: readonly ProgressEvent[]): number;
}

/** The whole log, or one lesson's events. */
export async function exportSource(db: Db, lessonId?: string): Promise<ExportSource> {
  if (lessonId === undefined) return { pages: logPages(db), total: await db.count('events'), units: (page) => page.length };
  const ids = await lessonProfiles(db, lessonId);
  return { pages: lessonPages(db, lessonId, ids), total: ids.length, units: () => 1 };
}

/** A turn for the page: a task of its own, so that the browser draws and handles input before the export goes on. */
function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  // Not setTimeout(0), which browsers hold back ≥ 4 ms once nested: a message comes at once.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { channel.port1.close(); resolve(); };
    channel.port2.postMessage(null);
  });
}

/**
 * Exports run on the page's own thread: they await this between pages, and it gives the page a
 * turn once they have worked `SLICE_MS` since the last, so the desk keeps drawing its progress bar
 * and answering clicks while a class's file is made.
 */
export function pacer(now: () => number = () => performance.now()): () => Promise<void> {
  let since = now();
  return async () => {
    if (now() - since < SLICE_MS) return;
    await nextTask();
    since = now();
  };
}

/**
 * Text gathered into a Blob as it is made: an export can be more than one JavaScript string may
 * hold. Pieces are joined and turned into a Blob of their own about every 1 MB, so the text does not
 * stay in memory twice and no one step of it (encoding into the Blob) keeps the page long.
 */
export function blobText(type: string): { add(text: string): void; blob(): Blob } {
  const parts: Blob[] = [];
  let buffer: string[] = [];
  let size = 0;
  const flush = () => {
    if (buffer.length) parts.push(new Blob([buffer.join('')]));
    buffer = [];
    size = 0;
  };
  return {
    add(text) {
      buffer.push(text);
      size += text.length;
      if (size >= 1 << 20) flush();
    },
    blob() {
      flush();
      return new Blob(parts, { type });
    },
  };
}
