import { z } from './zod.ts';
import { CORE_RECORDS, RECORD_ID, RecordText } from '../lesson/records.ts';
import { STEP_RECORDS } from '../lesson/steps/index.ts';
import type { LogRecord } from '../runner/types.ts';
import type { Profile, ProgressEvent } from './types.ts';

/**
 * Shapes of imported data: files from other headsets (and the classroom hub's messages) are parsed as
 * data and checked, never run. A record is the lesson's own (src/lesson/records.ts) or a step type's
 * (each type's module in src/lesson/steps/ defines its records; the table lists them).
 */
export const RecordSchema = z.discriminatedUnion('kind', [...CORE_RECORDS, ...STEP_RECORDS]);

const LessonId = z.string().regex(RECORD_ID, 'a lesson id (lowercase letters, digits, "-" or "_")');
const Text = RecordText;
const Uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'a UUID');
const Iso = z.string().max(40).refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO 8601 time');

export const EventSchema = z.strictObject({
  id: Uuid,
  deviceId: Uuid,
  seq: z.int().min(1),
  profileId: Uuid,
  lessonId: LessonId,
  lessonVersion: Text,
  at: Iso,
  record: RecordSchema,
});

export const ProfileSchema = z.strictObject({ id: Uuid, nickname: z.string().min(1).max(80), deviceId: Uuid, createdAt: Iso });

// The schemas must describe exactly the types the app writes: these lines fail to compile otherwise.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const recordsMatch: Same<z.infer<typeof RecordSchema>, LogRecord> = true;
const eventsMatch: Same<z.infer<typeof EventSchema>, ProgressEvent> = true;
const profilesMatch: Same<z.infer<typeof ProfileSchema>, Profile> = true;
void [recordsMatch, eventsMatch, profilesMatch];
