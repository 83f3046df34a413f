import { type Db, observed } from './db.ts';
import { pairRange } from './read.ts';
import type { ProgressEvent } from './types.ts';

/**
 * How many events one read of the log takes: an export deals with a page between two turns it gives
 * the page (`pacer`), so a page is a few milliseconds of work.
 */
export const PAGE_SIZE = 1_000;
/** How many students' events one read of a lesson takes (one transaction, one request each). */
export const STUDENTS_PER_READ = 100;
/** How long an export works before it lets the page draw and answer input, ms. */
export const SLICE_MS = 10;

/**
 * The whole log in (device, seq) order, in pages. Read in primary key order, page by page (each
 * page asked for as soon as one arrives), and put in order here: events are keyed by a random id, so
 * a key range reads them where they lie, while Chromium's (device, seq) index looks each one up,
 * about three times the database's work (measured on a term of 200 students × 20 lessons, 140k
 * events). So the log is held in memory once while it is written out, by device, each device's
 * events put in seq order: a class of 30 × 20 lessons is ≈20k events, a term of 200 ≈140k.
 * `onRead(n)`: n more events read.
 */
export async function* logPages(db: Db, pageSize = PAGE_SIZE, onRead: (events: number) => void = () => {}): AsyncGenerator<ProgressEvent[]> {
  const byDevice = new Map<string, ProgressEvent[]>();
  const read = (after: string | null) => observed(db.getAll('events', after === null ? undefined : IDBKeyRange.lowerBound(after, true), pageSize));
  const pace = pacer();
  for (let next: Promise<ProgressEvent[]> | null = read(null); next;) {
    const page: ProgressEvent[] = await next;
    next = page.length < pageSize ? null : read(page[page.length - 1]!.id);
    for (const e of page) {
      const events = byDevice.get(e.deviceId);
      if (events) events.push(e);
      else byDevice.set(e.deviceId, [e]);
    }
    onRead(page.length);
    await pace();
  }
  // Device ids by UTF-16 code unit, as IndexedDB orders string keys (and as sort() does).
  for (const deviceId of [...byDevice.keys()].sort()) {
    const events = byDevice.get(deviceId)!.sort((a, b) => a.seq - b.seq);
    byDevice.delete(deviceId);
    for (let i = 0; i < events.length; i += pageSize) yield events.slice(i, i + pageSize);
  }
}

/** One lesson's events, student by student (each student's in log order): the next students' are read while one is written out. */
export async function* lessonPages(db: Db, lessonId: string, profileIds?: readonly string[]): AsyncGenerator<ProgressEvent[]> {
  const ids = profileIds ?? (await lessonProfiles(db, lessonId));
  const read = (from: number) => {
    const tx = observed(db.transaction('events'));
    const index = tx.store.index('by-pair');
    return observed(Promise.all(ids.slice(from, from + STUDENTS_PER_READ).map((p) => index.getAll(pairRange(p, lessonId)))));
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

/** What an export reads: its pages, and how many units (events, or students) make 100 %. */
export interface ExportSource {
  total: number;
  /** The events in log order, page by page; `step(units)` as reading goes by, where reading is a share of `total` of its own. */
  pages(step: (units: number) => void): AsyncIterable<ProgressEvent[]>;
  /** The share of `total` one page written is: its events for the whole log, 1 for a student's lesson. */
  units(page: readonly ProgressEvent[]): number;
}

/** The whole log (reading it is half the work, writing it the other half), or one lesson's events. */
export async function exportSource(db: Db, lessonId?: string): Promise<ExportSource> {
  if (lessonId === undefined) return { total: 2 * (await db.count('events')), pages: (step) => logPages(db, PAGE_SIZE, step), units: (page) => page.length };
  const ids = await lessonProfiles(db, lessonId);
  return { total: ids.length, pages: () => lessonPages(db, lessonId, ids), units: () => 1 };
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
