import { type Db, guard, quiet } from './db.ts';
import { pairRange } from './read.ts';
import type { ProgressEvent } from './types.ts';

/** How many events one read takes: big enough to be quick, small enough not to hold the whole log twice. */
export const PAGE_SIZE = 10_000;
/** How many students' events one read of a lesson takes (one transaction, one request each). */
export const STUDENTS_PER_READ = 100;

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

/**
 * Text gathered into a Blob as it is made: an export of a whole class can be hundreds of MB, more
 * than one JavaScript string may hold. Pieces are joined about every 1 MB and those strings turned
 * into a Blob about every 16 MB, so the text does not stay in memory twice. Blobs made before (the
 * export cache's) go in as they are, by reference, between the text around them (and bytes as bytes).
 */
export function blobText(type: string): { add(text: string): void; addPart(part: Blob | Uint8Array<ArrayBuffer>): void; blob(): Blob } {
  const parts: BlobPart[] = [];
  let strings: string[] = [];
  let stringsSize = 0;
  let buffer: string[] = [];
  let size = 0;
  const join = () => {
    if (buffer.length) strings.push(buffer.join(''));
    stringsSize += size;
    buffer = [];
    size = 0;
    if (strings.length >= 16) toBlob();
  };
  const toBlob = () => {
    if (strings.length) parts.push(new Blob(strings));
    strings = [];
    stringsSize = 0;
  };
  return {
    add(text) {
      buffer.push(text);
      size += text.length;
      if (size >= 1 << 20) join();
    },
    addPart(part) {
      join();
      // A little text between two parts (a comma, a definition) stays a string part, not a Blob of its own.
      if (stringsSize < 1 << 16) parts.push(...strings);
      else toBlob();
      strings = [];
      stringsSize = 0;
      parts.push(part);
    },
    blob() {
      join();
      toBlob();
      return new Blob(parts, { type });
    },
  };
}
