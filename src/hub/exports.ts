import type { Language } from '../lesson/constants.ts';
import type { Lesson } from '../lesson/schema.ts';
import { pick } from '../lesson/text.ts';
import { deskCsv } from '../desk/csv.ts';
import { studentRows } from '../desk/rows.ts';
import { NATIVE_FORMAT, NATIVE_VERSION } from '../progress/native-format.ts';
import { foldEvent, pairKey } from '../progress/summary.ts';
import type { LessonSummary, Profile, ProgressEvent } from '../progress/types.ts';
import { statementOf, xapiContext } from '../progress/xapi.ts';
import type { Runs } from '../progress/xapi-runs.ts';
import { teacherEn } from '../i18n/desk/teacher-en.ts';
import { teacherKo } from '../i18n/desk/teacher-ko.ts';
import { pledgeLabel } from '../runner/steps/pledge.ts';
import type { ExportKind } from './protocol.ts';

/**
 * Class-wide exports from the hub's disk log, as text pieces for a streamed download: the same
 * files the desk makes (progress/exports.ts and desk/csv.ts), from the same pure code. The log is
 * read once, line by line, so the first bytes leave at once whatever the class's size.
 */
export interface ExportInput {
  kind: ExportKind;
  lines: AsyncIterable<string>;
  profiles: Profile[];
  lessons: readonly Lesson[];
  hubId: string;
  lessonId?: string;
  lang: Language;
  now: Date;
}

/** A stored line names its lesson once, unescaped (store.ts `eventLine`; lesson ids are [a-z0-9_-]). */
const inLesson = (line: string, lessonId: string | undefined) => lessonId === undefined || line.includes(`"lessonId":"${lessonId}"`);

async function* native({ lines, profiles, hubId, lessonId, now }: ExportInput): AsyncGenerator<string> {
  yield `{"format":${JSON.stringify(NATIVE_FORMAT)},"version":${NATIVE_VERSION},"exportedAt":${JSON.stringify(now.toISOString())},"deviceId":${JSON.stringify(hubId)},`
    + `"profiles":${JSON.stringify(profiles)},"events":[`;
  let first = true;
  for await (const line of lines) {
    if (!inLesson(line, lessonId)) continue;
    yield first ? line : `,${line}`;
    first = false;
  }
  yield ']}\n';
}

async function* xapi({ lines, lessons, lessonId }: ExportInput): AsyncGenerator<string> {
  const ctx = xapiContext(lessons);
  const runs: Runs = new Map();
  yield '[';
  let first = true;
  for await (const line of lines) {
    if (!inLesson(line, lessonId)) continue;
    const s = statementOf(ctx, runs, JSON.parse(line) as ProgressEvent);
    if (!s) continue;
    yield first ? JSON.stringify(s) : `,${JSON.stringify(s)}`;
    first = false;
  }
  yield ']\n';
}

async function* csv({ lines, profiles, lessons, lessonId, lang }: ExportInput): AsyncGenerator<string> {
  const summaries = new Map<string, LessonSummary>();
  for await (const line of lines) {
    if (!inLesson(line, lessonId)) continue;
    const e = JSON.parse(line) as ProgressEvent;
    const key = pairKey(e.profileId, e.lessonId);
    summaries.set(key, foldEvent(summaries.get(key), e));
  }
  const t = (lang === 'en' ? teacherEn : teacherKo).teacher as Record<string, string>;
  const lessonIds = lessonId ? [lessonId] : [...new Set([...lessons.map((l) => l.id), ...[...summaries.values()].map((s) => s.lessonId)])];
  yield deskCsv({ students: studentRows(lessons, profiles, [...summaries.values()]), lessonIds }, {
    header: (c) => t[`csv_${c}`] ?? c,
    lessonTitle: (id) => pick(lessons.find((l) => l.id === id)?.title, lang) || id,
    status: (s) => t[`status_${s}`] ?? s,
    pledge: (id, choice) => pledgeLabel(lessons.find((l) => l.id === id), choice, lang),
  });
}

export const EXPORTS: Record<ExportKind, { type: string; ext: string; name: string; make: (input: ExportInput) => AsyncGenerator<string> }> = {
  native: { type: 'application/json; charset=utf-8', ext: 'json', name: 'progress', make: native },
  xapi: { type: 'application/json; charset=utf-8', ext: 'json', name: 'xapi', make: xapi },
  csv: { type: 'text/csv; charset=utf-8', ext: 'csv', name: 'results', make: csv },
};

/** climatexr-class-<kind>-2026-03-02[-lesson].ext (the desk's names, with "class"). */
export function exportFileName(kind: ExportKind, lessonId: string | undefined, now: Date): string {
  const d = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `climatexr-class-${EXPORTS[kind].name}-${d}${lessonId ? `-${lessonId}` : ''}.${EXPORTS[kind].ext}`;
}
