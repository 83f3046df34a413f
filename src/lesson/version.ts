import { FORMAT_VERSION } from './schema.ts';

export type VersionInfo =
  | { kind: 'current' }
  | { kind: 'old'; from: number }
  | { kind: 'newer'; version: number }
  | { kind: 'invalid'; found: unknown };

/** Which lesson format a file says it is written for. No `formatVersion` at all is format 0. */
export function formatVersionOf(lesson: Record<string, unknown>): VersionInfo {
  if (!Object.hasOwn(lesson, 'formatVersion')) return { kind: 'old', from: 0 };
  const v = lesson.formatVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) return { kind: 'invalid', found: v };
  if (v === FORMAT_VERSION) return { kind: 'current' };
  return v < FORMAT_VERSION ? { kind: 'old', from: v } : { kind: 'newer', version: v };
}

export function newerMessage(version: number): string {
  return `this lesson is written for lesson format ${version}; this app reads up to ${FORMAT_VERSION}: update the app`;
}

export function migratedMessage(from: number): string {
  return `this lesson is written for lesson format ${from}; the app reads it by migrating it to format ${FORMAT_VERSION}: update the file (lessons/README.md, "Older formats")`;
}
