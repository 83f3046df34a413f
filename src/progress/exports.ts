import type { Lesson } from '../lesson/schema.ts';
import { NATIVE_FORMAT, NATIVE_VERSION } from './native-format.ts';
import { textParts } from './pages.ts';
import type { LessonSummary, Profile, ProgressEvent } from './types.ts';
import { statementOf, xapiContext, type XapiOptions } from './xapi.ts';

/** The native export as Blob parts, streamed from pages of the log. */
export async function nativeParts(deviceId: string, profiles: readonly Profile[], pages: AsyncIterable<ProgressEvent[]>, now = new Date()): Promise<string[]> {
  const out = textParts();
  out.add(`{"format":${JSON.stringify(NATIVE_FORMAT)},"version":${NATIVE_VERSION},"exportedAt":${JSON.stringify(now.toISOString())},"deviceId":${JSON.stringify(deviceId)},`);
  out.add(`"profiles":${JSON.stringify(profiles)},"events":[`);
  let first = true;
  for await (const page of pages) {
    for (const e of page) {
      out.add(first ? JSON.stringify(e) : `,${JSON.stringify(e)}`);
      first = false;
    }
  }
  out.add(']}\n');
  return out.parts();
}

/** xAPI statements as a JSON array in Blob parts, streamed from pages of the log. */
export async function xapiParts(lessons: readonly Lesson[], pages: AsyncIterable<ProgressEvent[]>, opts: XapiOptions = {}): Promise<string[]> {
  const out = textParts();
  const ctx = xapiContext(lessons, opts);
  const runs = new Map<string, LessonSummary>();
  out.add('[');
  let first = true;
  for await (const page of pages) {
    for (const e of page) {
      const s = statementOf(ctx, runs, e);
      if (!s) continue;
      out.add(first ? JSON.stringify(s) : `,${JSON.stringify(s)}`);
      first = false;
    }
  }
  out.add(']\n');
  return out.parts();
}
