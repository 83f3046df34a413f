import type { Lesson } from '../lesson/schema.ts';
import { splicePairXapi, spliceXapi } from './block-text.ts';
import type { Db } from './db.ts';
import { cachedLog, logSpan } from './export-cache.ts';
import { lessonTexts } from './lesson-cache.ts';
import type { OnProgress } from './merge.ts';
import { NATIVE_FORMAT, NATIVE_VERSION } from './native-format.ts';
import { blobText, type ExportSource, exportSource } from './pages.ts';
import { listProfiles } from './profiles.ts';
import type { Profile, ProgressEvent } from './types.ts';
import { xapiContext, type XapiContext, type XapiOptions, XAPI_HOME } from './xapi.ts';
import { type JsonPieces, jsonPieces, statementJson } from './xapi-json.ts';
import type { Runs } from './xapi-runs.ts';

/** Calls `onProgress` as units go by, at most once per whole percent. */
export function progressOf(total: number, onProgress?: OnProgress): (units: number) => void {
  let done = 0;
  let shown = -1;
  return (units) => {
    done += units;
    const percent = total > 0 ? Math.min(100, Math.floor((100 * done) / total)) : 100;
    if (onProgress && percent !== shown) onProgress((shown = percent) / 100);
  };
}

type Out = ReturnType<typeof blobText>;

const nativeHead = (deviceId: string, profiles: readonly Profile[], now: Date) =>
  `{"format":${JSON.stringify(NATIVE_FORMAT)},"version":${NATIVE_VERSION},"exportedAt":${JSON.stringify(now.toISOString())},"deviceId":${JSON.stringify(deviceId)},`
  + `"profiles":${JSON.stringify(profiles)},"events":[`;

/** Writes events as native JSON, each after a comma unless it is the first; returns whether any was. */
function nativeEvents(out: Out, events: readonly ProgressEvent[], first: boolean): boolean {
  for (const e of events) {
    out.add(first ? JSON.stringify(e) : `,${JSON.stringify(e)}`);
    first = false;
  }
  return first;
}

/** Writes events' statements; returns whether none has been written yet. */
function xapiEvents(out: Out, ctx: XapiContext, pieces: JsonPieces, runs: Runs, events: readonly ProgressEvent[], first: boolean): boolean {
  for (const e of events) {
    const s = statementJson(ctx, pieces, runs, e);
    if (s === null) continue;
    out.add(first ? s : `,${s}`);
    first = false;
  }
  return first;
}

/** The native export (profiles and events, streamed from pages of the log) as a Blob. */
export async function nativeBlob(deviceId: string, profiles: readonly Profile[], source: ExportSource, now = new Date(), onProgress?: OnProgress): Promise<Blob> {
  const out = blobText('application/json');
  const step = progressOf(source.total, onProgress);
  out.add(nativeHead(deviceId, profiles, now));
  let first = true;
  for await (const page of source.pages) {
    first = nativeEvents(out, page, first);
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
  const runs: Runs = new Map();
  out.add('[');
  let first = true;
  for await (const page of source.pages) {
    first = xapiEvents(out, ctx, pieces, runs, page, first);
    step(source.units(page));
  }
  out.add(']\n');
  return out.blob();
}

/** The whole log's native export through the export cache (export-cache.ts): the same bytes as `nativeBlob`. */
export async function cachedNativeBlob(db: Db, deviceId: string, profiles: readonly Profile[], now = new Date(), onProgress?: OnProgress): Promise<Blob> {
  const out = blobText('application/json');
  const step = progressOf(await logSpan(db), onProgress);
  out.add(nativeHead(deviceId, profiles, now));
  let first = true;
  for await (const part of cachedLog(db, 'exportNative', new Map())) {
    if ('events' in part) {
      first = nativeEvents(out, part.events, first);
      step(part.events.length);
      continue;
    }
    if (!first) out.add(',');
    out.addPart(part.text.text);
    first = false;
    step(part.n);
  }
  out.add(']}\n');
  return out.blob();
}

/** The whole log's xAPI export (default home page) through the export cache: the same bytes as `xapiBlob`. */
export async function cachedXapiBlob(db: Db, lessons: readonly Lesson[], onProgress?: OnProgress): Promise<Blob> {
  const out = blobText('application/json');
  const step = progressOf(await logSpan(db), onProgress);
  const ctx = xapiContext(lessons, { homePage: XAPI_HOME });
  const pieces = jsonPieces();
  const runs: Runs = new Map();
  out.add('[');
  let first = true;
  for await (const part of cachedLog(db, 'exportXapi', runs)) {
    if ('events' in part) {
      first = xapiEvents(out, ctx, pieces, runs, part.events, first);
      step(part.events.length);
      continue;
    }
    if (part.text.text.size) {
      if (!first) out.add(',');
      await spliceXapi(part.text, ctx, out);
      first = false;
    }
    step(part.n);
  }
  out.add(']\n');
  return out.blob();
}

/** One lesson's native export through the lesson text cache (lesson-cache.ts): the same bytes as `nativeBlob` of its events. */
export async function cachedLessonNativeBlob(db: Db, deviceId: string, profiles: readonly Profile[], lessonId: string, now = new Date(), onProgress?: OnProgress): Promise<Blob> {
  const out = blobText('application/json');
  const { students, texts } = await lessonTexts(db, lessonId);
  const step = progressOf(students, onProgress);
  out.add(nativeHead(deviceId, profiles, now));
  let first = true;
  for await (const t of texts) {
    out.add(first ? t.native : `,${t.native}`);
    first = false;
    step(1);
  }
  out.add(']}\n');
  return out.blob();
}

/** One lesson's xAPI export (default home page) through the lesson text cache: the same bytes as `xapiBlob` of its events. */
export async function cachedLessonXapiBlob(db: Db, lessons: readonly Lesson[], lessonId: string, onProgress?: OnProgress): Promise<Blob> {
  const out = blobText('application/json');
  const { students, texts } = await lessonTexts(db, lessonId);
  const step = progressOf(students, onProgress);
  const ctx = xapiContext(lessons, { homePage: XAPI_HOME });
  out.add('[');
  let first = true;
  for await (const t of texts) {
    if (t.xapi) {
      if (!first) out.add(',');
      splicePairXapi(t, ctx, out);
      first = false;
    }
    step(1);
  }
  out.add(']\n');
  return out.blob();
}

/** The native export of this device's database, of every lesson or of one, through the caches. */
export async function exportNativeFrom(db: Db, deviceId: string, lessonId: string | undefined, now: Date, onProgress?: OnProgress): Promise<Blob> {
  const profiles = await listProfiles(db);
  if (lessonId === undefined) return cachedNativeBlob(db, deviceId, profiles, now, onProgress);
  return cachedLessonNativeBlob(db, deviceId, profiles, lessonId, now, onProgress);
}

/**
 * The xAPI export of this device's database, of every lesson or of one. The caches' text is made for
 * the default home page: an export for another reads the log.
 */
export async function exportXapiFrom(db: Db, lessons: readonly Lesson[], lessonId: string | undefined, opts: XapiOptions = {}, onProgress?: OnProgress): Promise<Blob> {
  if ((opts.homePage ?? XAPI_HOME) !== XAPI_HOME) return xapiBlob(lessons, await exportSource(db, lessonId), opts, onProgress);
  if (lessonId === undefined) return cachedXapiBlob(db, lessons, onProgress);
  return cachedLessonXapiBlob(db, lessons, lessonId, onProgress);
}
