import type { Lesson } from '../lesson/schema.ts';
import type { Db } from './db.ts';
import type { OnProgress } from './merge.ts';
import { NATIVE_FORMAT, NATIVE_VERSION } from './native-format.ts';
import { blobText, type ExportSource, exportSource } from './pages.ts';
import { listProfiles } from './profiles.ts';
import type { LessonSummary, Profile } from './types.ts';
import { xapiContext, type XapiOptions } from './xapi.ts';
import { jsonPieces, statementJson } from './xapi-json.ts';

/** Calls `onProgress` as units go by, at most once per whole percent. */
function progressOf(total: number, onProgress?: OnProgress): (units: number) => void {
  let done = 0;
  let shown = -1;
  return (units) => {
    done += units;
    const percent = total > 0 ? Math.min(100, Math.floor((100 * done) / total)) : 100;
    if (onProgress && percent !== shown) onProgress((shown = percent) / 100);
  };
}

/** The native export (profiles and events, streamed from pages of the log) as a Blob. */
export async function nativeBlob(deviceId: string, profiles: readonly Profile[], source: ExportSource, now = new Date(), onProgress?: OnProgress): Promise<Blob> {
  const out = blobText('application/json');
  const step = progressOf(source.total, onProgress);
  out.add(`{"format":${JSON.stringify(NATIVE_FORMAT)},"version":${NATIVE_VERSION},"exportedAt":${JSON.stringify(now.toISOString())},"deviceId":${JSON.stringify(deviceId)},`);
  out.add(`"profiles":${JSON.stringify(profiles)},"events":[`);
  let first = true;
  for await (const page of source.pages) {
    for (const e of page) {
      out.add(first ? JSON.stringify(e) : `,${JSON.stringify(e)}`);
      first = false;
    }
    step(source.units(page));
  }
  out.add(']}\n');
  return out.blob();
}

/** xAPI statements as a JSON array in a Blob, streamed from pages of the log. */
export async function xapiBlob(lessons: readonly Lesson[], source: ExportSource, opts: XapiOptions = {}, onProgress?: OnProgress): Promise<Blob> {
  const out = blobText('application/json');
  const step = progressOf(source.total, onProgress);
  const ctx = xapiContext(lessons, opts);
  const pieces = jsonPieces();
  const runs = new Map<string, LessonSummary>();
  out.add('[');
  let first = true;
  for await (const page of source.pages) {
    for (const e of page) {
      const s = statementJson(ctx, pieces, runs, e);
      if (s === null) continue;
      out.add(first ? s : `,${s}`);
      first = false;
    }
    step(source.units(page));
  }
  out.add(']\n');
  return out.blob();
}

/** The native export of this device's database, of every lesson or of one. */
export async function exportNativeFrom(db: Db, deviceId: string, lessonId: string | undefined, now: Date, onProgress?: OnProgress): Promise<Blob> {
  const [profiles, source] = await Promise.all([listProfiles(db), exportSource(db, lessonId)]);
  return nativeBlob(deviceId, profiles, source, now, onProgress);
}

/** The xAPI export of this device's database, of every lesson or of one. */
export async function exportXapiFrom(db: Db, lessons: readonly Lesson[], lessonId: string | undefined, opts: XapiOptions = {}, onProgress?: OnProgress): Promise<Blob> {
  return xapiBlob(lessons, await exportSource(db, lessonId), opts, onProgress);
}
