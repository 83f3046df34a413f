import type { DBSchema } from 'idb';
import type { LessonSummary, Profile, ProgressEvent } from './types.ts';

export const DB_NAME = 'climatexr-progress';

/** Values kept under `meta`: the device's id, its last seq, the teacher's PIN, the summaries' version, tombstones. */
export interface TeacherPin {
  salt: string;
  hash: string;
}

export interface ProgressDB extends DBSchema {
  events: {
    key: string;
    value: ProgressEvent;
    indexes: {
      /** [profileId, lessonId, deviceId, seq]: one student's lesson in log order. */
      'by-pair': [string, string, string, number];
      'by-profile': string;
      /** v2: unique, so no two events can share a device's seq. */
      'by-device-seq': [string, number];
    };
  };
  profiles: { key: string; value: Profile };
  meta: { key: string; value: unknown };
  /** v2: derived from the log, rebuilt when SUMMARY_VERSION changes. Key [profileId, lessonId]. */
  summaries: { key: [string, string]; value: LessonSummary; indexes: { 'by-profile': string; /** v3 */ 'by-lesson': string } };
  /** v4: the export text cache (export-cache.ts), key [deviceId, first seq]: what each sealed block holds. */
  exportBlocks: { key: [string, number]; value: BlockMeta };
  /** v4: each block's events as native JSON text. */
  exportNative: { key: [string, number]; value: NativeBlock };
  /** v4: each block's xAPI statements as text. */
  exportXapi: { key: [string, number]; value: XapiBlock };
  /** v5: the lesson text cache (lesson-cache.ts), key [lessonId, profileId]: one student's events of one lesson as export text. */
  lessonText: { key: [string, string]; value: PairText };
}

/** One run's fold (xapi-runs.ts) as stored: [runKey, runId, lastMs, activeMs]. */
export type FoldEntry = [string, string, number, number];

/**
 * A sealed block: `n` consecutive events of one device (export-cache.ts `blockSize`; a device's last
 * block may be shorter), the first at seq `from`, the last at `to`. `fold`: the runs its events touched, as they stand at its end (the device's fold at
 * the end of block k is its blocks' folds 0…k applied in order).
 */
export interface BlockMeta {
  from: number;
  to: number;
  n: number;
  fold: FoldEntry[];
}

/**
 * The block's events, each `JSON.stringify(event)`, comma-joined, as a Blob (UTF-8): an export puts
 * stored Blobs into its own by reference, so the text never passes through JavaScript strings again.
 */
export interface NativeBlock {
  from: number;
  text: Blob;
}

/**
 * The block's statements, comma-joined, each object written as its activity's `refJson` (ASCII),
 * as a Blob; `mentions`: where each activity is first named in the block, [byte offset of its
 * refJson, lessonId, stepId or null for the lesson], by offset.
 */
export interface XapiBlock {
  from: number;
  text: Blob;
  mentions: Mention[];
}
export type Mention = [number, string, string | null];

/**
 * One student's events of one lesson (the 'by-pair' index's order) as export text: `native`, each
 * event's JSON, comma-joined; `xapi`, their statements, comma-joined, objects by reference, with
 * `mentions` where each activity is first named ([offset in UTF-16 units of its refJson, lessonId,
 * stepId or null]). `n`: how many events it was made from, current while the pair's summary counts
 * as many (`LessonSummary.events`).
 */
export interface PairText {
  n: number;
  native: string;
  xapi: string;
  mentions: Mention[];
}

export const META = {
  deviceId: 'deviceId',
  seq: 'seq',
  pin: 'teacherPin',
  summaryVersion: 'summaryVersion',
  tombstone: (profileId: string) => `tombstone:${profileId}`,
} as const;
