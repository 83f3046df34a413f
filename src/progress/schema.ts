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
}

export const META = {
  deviceId: 'deviceId',
  seq: 'seq',
  pin: 'teacherPin',
  summaryVersion: 'summaryVersion',
  tombstone: (profileId: string) => `tombstone:${profileId}`,
} as const;
