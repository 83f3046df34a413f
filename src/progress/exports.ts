import type { Lesson } from '../lesson/schema.ts';
import type { Db } from './db.ts';
import type { OnProgress } from './merge.ts';
import { NATIVE_FORMAT, NATIVE_VERSION } from './native-format.ts';
import { blobText, type ExportSource, exportSource, pacer } from './pages.ts';
import { listProfiles } from './profiles.ts';
import type { Profile, ProgressEvent } from './types.ts';
import { statementOf, xapiContext, type XapiOptions } from './xapi.ts';
import type { Runs } from './xapi-runs.ts';

/**
 * The desk's exports, read from the log itself: events, page by page in log order (pages.ts), each
 * written as JSON (the native file) or as its xAPI statement (xapi.ts), into a Blob.
 */

/** Calls `onProgress` as units go by, at most once per whole percent. */
export function percentReporter(total: number, onProgress?: OnProgress): (units: number) => void {
  let done = 0;
  let shown = -1;
  return (units) => {
    done += units;
    const percent = total > 0 ? Math.min(100, Math.floor((100 * done) / total)) : 100;
    if (onProgress && percent !== shown) onProgress((shown = percent) / 100);
  };
}

/**
 * Writes each page's events out as `write` makes them (null: nothing for this event), comma-separated,
 * between `head` and `tail`; says how far it has come, and gives the page its turns.
 */
async function streamed(source: ExportSource, head: string, tail: string, write: (e: ProgressEvent) => string | null, onProgress?: OnProgress): Promise<Blob> {
  const out = blobText('application/json');
  const step = percentReporter(source.total, onProgress);
  const pace = pacer();
  out.add(head);
  let first = true;
  for await (const page of source.pages(step)) {
    for (const e of page) {
      const text = write(e);
      if (text === null) continue;
      out.add(first ? text : `,${text}`);
      first = false;
    }
    step(source.units(page));
    await pace();
  }
  out.add(tail);
  return out.blob();
}

/** The native export (profiles and events: what another device merges) as a Blob. */
export function nativeBlob(deviceId: string, profiles: readonly Profile[], source: ExportSource, now = new Date(), onProgress?: OnProgress): Promise<Blob> {
  const head = `{"format":${JSON.stringify(NATIVE_FORMAT)},"version":${NATIVE_VERSION},"exportedAt":${JSON.stringify(now.toISOString())},"deviceId":${JSON.stringify(deviceId)},`
    + `"profiles":${JSON.stringify(profiles)},"events":[`;
  return streamed(source, head, ']}\n', (e) => JSON.stringify(e), onProgress);
}

/** xAPI statements as a JSON array in a Blob. */
export function xapiBlob(lessons: readonly Lesson[], source: ExportSource, opts: XapiOptions = {}, onProgress?: OnProgress): Promise<Blob> {
  const ctx = xapiContext(lessons, opts);
  const runs: Runs = new Map();
  return streamed(source, '[', ']\n', (e) => {
    const s = statementOf(ctx, runs, e);
    return s && JSON.stringify(s);
  }, onProgress);
}

/** The native export of this device's database, of every lesson or of one. */
export async function exportNativeFrom(db: Db, deviceId: string, lessonId: string | undefined, now: Date, onProgress?: OnProgress): Promise<Blob> {
  return nativeBlob(deviceId, await listProfiles(db), await exportSource(db, lessonId), now, onProgress);
}

/** The xAPI export of this device's database, of every lesson or of one. */
export async function exportXapiFrom(db: Db, lessons: readonly Lesson[], lessonId: string | undefined, opts: XapiOptions = {}, onProgress?: OnProgress): Promise<Blob> {
  return xapiBlob(lessons, await exportSource(db, lessonId), opts, onProgress);
}
