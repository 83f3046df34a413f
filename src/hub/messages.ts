import { z } from '../progress/zod.ts';
import { EventSchema, ProfileSchema } from '../progress/validate.ts';
import { AGE_BANDS, LANGUAGES } from '../lesson/constants.ts';
import { PROTOCOL_VERSION } from './protocol.ts';

/**
 * The shapes of what pages send the hub, checked before anything else reads them (events one by one
 * through progress/validate.ts, as file imports are). Sizes are bounded here; counts in limits.ts.
 */
const Uuid = EventSchema.shape.id;
const Id = EventSchema.shape.lessonId; // lesson and step ids: the lesson format's ids
const Ms = z.number().finite().min(0).max(8.64e15);
const Count = z.int().min(0).max(10_000);
const orNull = <T extends z.ZodType>(t: T) => t.nullable();

export const AnnounceSchema = z.strictObject({
  profileId: orNull(Uuid), lessonId: orNull(Id), lang: orNull(z.enum(LANGUAGES)), course: orNull(z.enum(AGE_BANDS)),
  stepId: orNull(Id), stepN: orNull(Count), stepCount: orNull(Count), finished: z.boolean(), stepSince: orNull(Ms), sentAt: Ms,
});

export const HelloSchema = z.discriminatedUnion('role', [
  z.strictObject({ v: z.literal(PROTOCOL_VERSION), role: z.literal('device'), deviceId: Uuid, profiles: z.array(ProfileSchema).max(1000), announce: AnnounceSchema.nullable(), hand: z.boolean() }),
  z.strictObject({ v: z.literal(PROTOCOL_VERSION), role: z.literal('desk'), secret: z.string().max(200) }),
]);

/** Events are checked one by one after the envelope (a bad one is skipped and counted, as on import). */
export const EventsSchema = z.strictObject({ after: z.int().min(0), sentAt: Ms, batch: z.array(z.unknown()).max(10_000) });
export { EventSchema };

const LessonTarget = z.strictObject({ id: Id, lang: z.enum(LANGUAGES), course: z.enum(AGE_BANDS) });
const Pace = z.discriminatedUnion('mode', [z.strictObject({ mode: z.literal('self') }), z.strictObject({ mode: z.literal('teacher'), lessonId: Id, stepId: Id })]);
const GroupName = z.string().min(1).max(60);
const Target = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('class') }), z.strictObject({ kind: z.literal('group'), name: GroupName }), z.strictObject({ kind: z.literal('device'), deviceId: Uuid }),
]);
const Patch = z.strictObject({ paused: z.boolean().exactOptional(), lesson: LessonTarget.nullable().exactOptional(), pace: Pace.exactOptional() });
const Empty = z.strictObject({}).nullish();

/** Each message: who may send it and its shape. */
export const MESSAGES = {
  hello: { role: null, schema: HelloSchema },
  events: { role: 'device', schema: EventsSchema },
  profiles: { role: 'device', schema: z.strictObject({ profiles: z.array(ProfileSchema).max(1000) }) },
  announce: { role: 'device', schema: AnnounceSchema },
  hand: { role: 'device', schema: z.strictObject({ up: z.boolean() }) },
  probe: { role: null, schema: Empty },
  forget: { role: 'any', schema: z.strictObject({ profileId: Uuid }) },
  read: { role: 'desk', schema: z.strictObject({ since: z.record(Uuid, z.int().min(0)).exactOptional() }) },
  command: { role: 'desk', schema: z.strictObject({ target: Target, set: Patch.nullable() }) },
  group: { role: 'desk', schema: z.strictObject({ name: GroupName, deviceIds: z.array(Uuid).max(500) }) },
  'lower-hand': { role: 'desk', schema: z.strictObject({ deviceId: Uuid }) },
  'forget-all': { role: 'desk', schema: Empty },
  'export-token': { role: 'desk', schema: Empty },
} as const;
export type MessageName = keyof typeof MESSAGES;
export type Payload<N extends MessageName> = z.infer<(typeof MESSAGES)[N]['schema']>;
