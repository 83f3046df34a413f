import { z } from './zod.ts';
import { AGE_BANDS } from '../lesson/constants.ts';
import type { Record_ } from '../runner/types.ts';
import type { Profile, ProgressEvent } from './types.ts';

/** Shapes of imported data: files from other headsets are parsed as data and checked, never run. */
const Text = z.string().min(1).max(200);
/**
 * Lesson and step ids as the lesson format writes them (src/lesson/common.ts `Id`): they go into xAPI
 * IRIs through encodeURIComponent, which throws on a lone surrogate.
 */
const LESSON_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const LessonId = z.string().regex(LESSON_ID, 'a lesson id (lowercase letters, digits, "-" or "_")');
const StepId = z.string().regex(LESSON_ID, 'a step id (lowercase letters, digits, "-" or "_")');
/** The other ids a record names (hotspots, measures, options): any text, but well-formed Unicode. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const IdText = Text.refine((s) => !LONE_SURROGATE.test(s), 'an id with a lone surrogate (not well-formed Unicode)');
const Answer = z.union([z.string().max(200), z.array(z.string().max(200)).max(20), z.boolean(), z.number().finite()]);
const Pledge = z.union([z.strictObject({ optionId: IdText }), z.strictObject({ actionId: IdText, timeId: IdText })]);
const Num = z.number().finite();

export const RecordSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('lesson-started'), lessonVersion: Text, ageBand: z.enum(AGE_BANDS) }),
  z.strictObject({ kind: z.literal('step-entered'), stepId: StepId }),
  z.strictObject({ kind: z.literal('went-back'), stepId: StepId }),
  z.strictObject({ kind: z.literal('visited'), stepId: StepId, hotspotId: IdText }),
  z.strictObject({ kind: z.literal('step-completed'), stepId: StepId }),
  z.strictObject({
    kind: z.literal('answered'), stepId: StepId, value: Answer, correct: z.boolean(), attempt: z.int().min(1).max(100),
    points: Num, maxPoints: Num, phase: z.enum(['pre', 'post']).exactOptional(), measure: IdText.exactOptional(),
  }),
  z.strictObject({ kind: z.literal('chose'), stepId: StepId, optionId: IdText, kgPerYear: Num }),
  z.strictObject({ kind: z.literal('pledged'), stepId: StepId, choice: Pledge }),
  z.strictObject({ kind: z.literal('unpledged'), stepId: StepId, choice: Pledge }),
  z.strictObject({ kind: z.literal('lesson-completed'), score: Num, maxScore: Num, footprintKgPerYear: Num }),
]);

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
const recordsMatch: Same<z.infer<typeof RecordSchema>, Record_> = true;
const eventsMatch: Same<z.infer<typeof EventSchema>, ProgressEvent> = true;
const profilesMatch: Same<z.infer<typeof ProfileSchema>, Profile> = true;
void [recordsMatch, eventsMatch, profilesMatch];
