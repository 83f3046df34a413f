import { z } from './zod.ts';
import { AGE_BANDS } from '../lesson/constants.ts';
import type { Record_ } from '../runner/types.ts';
import type { Profile, ProgressEvent } from './types.ts';

/** Shapes of imported data: files from other headsets are parsed as data and checked, never run. */
const Text = z.string().min(1).max(200);
const Answer = z.union([z.string().max(200), z.array(z.string().max(200)).max(20), z.boolean(), z.number().finite()]);
const Pledge = z.union([z.strictObject({ optionId: Text }), z.strictObject({ actionId: Text, timeId: Text })]);
const Num = z.number().finite();

export const RecordSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('lesson-started'), lessonVersion: Text, ageBand: z.enum(AGE_BANDS) }),
  z.strictObject({ kind: z.literal('step-entered'), stepId: Text }),
  z.strictObject({ kind: z.literal('went-back'), stepId: Text }),
  z.strictObject({ kind: z.literal('visited'), stepId: Text, hotspotId: Text }),
  z.strictObject({ kind: z.literal('step-completed'), stepId: Text }),
  z.strictObject({
    kind: z.literal('answered'), stepId: Text, value: Answer, correct: z.boolean(), attempt: z.int().min(1).max(100),
    points: Num, maxPoints: Num, phase: z.enum(['pre', 'post']).exactOptional(), measure: Text.exactOptional(),
  }),
  z.strictObject({ kind: z.literal('chose'), stepId: Text, optionId: Text, kgPerYear: Num }),
  z.strictObject({ kind: z.literal('pledged'), stepId: Text, choice: Pledge }),
  z.strictObject({ kind: z.literal('unpledged'), stepId: Text, choice: Pledge }),
  z.strictObject({ kind: z.literal('lesson-completed'), score: Num, maxScore: Num, footprintKgPerYear: Num }),
]);

const Uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'a UUID');
const Iso = z.string().max(40).refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO 8601 time');

export const EventSchema = z.strictObject({
  id: Uuid,
  deviceId: Uuid,
  seq: z.int().min(1),
  profileId: Uuid,
  lessonId: Text,
  lessonVersion: Text,
  at: Iso,
  record: RecordSchema,
});

export const ProfileSchema = z.strictObject({ id: Uuid, nickname: z.string().min(1).max(80), deviceId: Uuid, createdAt: Iso });

// The schemas must describe exactly the types the app writes: these lines fail to compile otherwise.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const recordsMatch: Same<z.infer<typeof RecordSchema>, Record_> = true;
const eventsMatch: Same<z.infer<typeof EventSchema>, ProgressEvent> = true;
const profilesMatch: Same<z.infer<typeof ProfileSchema>, Profile> = true;
void [recordsMatch, eventsMatch, profilesMatch];
