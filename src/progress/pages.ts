import type { Db } from './db.ts';
import { eventsOf } from './read.ts';
import type { ProgressEvent } from './types.ts';

/** How many events one read takes: big enough to be quick, small enough not to hold the whole log twice. */
export const PAGE_SIZE = 10_000;

/** The whole log, page by page, in (device, seq) order. */
export async function* logPages(db: Db, pageSize = PAGE_SIZE): AsyncGenerator<ProgressEvent[]> {
  let after: [string, number] | null = null;
  for (;;) {
    const range: IDBKeyRange | undefined = after ? IDBKeyRange.lowerBound(after, true) : undefined;
    const page: ProgressEvent[] = await db.getAllFromIndex('events', 'by-device-seq', range, pageSize);
    if (!page.length) return;
    yield page;
    const last: ProgressEvent = page[page.length - 1]!;
    after = [last.deviceId, last.seq];
  }
}

/** One lesson's events, student by student (each student's in log order). */
export async function* lessonPages(db: Db, lessonId: string): AsyncGenerator<ProgressEvent[]> {
  const keys = await db.getAllKeysFromIndex('summaries', 'by-lesson', lessonId);
  for (const [profileId] of keys) yield await eventsOf(db, profileId, lessonId);
}

/**
 * Text in parts of about 1 MB, for a Blob: an export of a whole class can be hundreds of MB, more
 * than one JavaScript string may hold.
 */
export function textParts(): { add(text: string): void; parts(): string[] } {
  const parts: string[] = [];
  let buffer: string[] = [];
  let size = 0;
  return {
    add(text) {
      buffer.push(text);
      size += text.length;
      if (size >= 1 << 20) {
        parts.push(buffer.join(''));
        buffer = [];
        size = 0;
      }
    },
    parts() {
      if (buffer.length) parts.push(buffer.join(''));
      buffer = [];
      size = 0;
      return parts;
    },
  };
}
