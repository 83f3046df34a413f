import { z } from 'zod';
import { BUILTIN_PROPS, ENVIRONMENTS } from '../constants.ts';
import { Id, Localized, ModelPath, Vec3, stepBase } from '../common.ts';
import { RecordIdText, RecordStepId } from '../records.ts';

export { BUILTIN_PROPS, ENVIRONMENTS };

export const Prop = z.strictObject({
  model: z.union([z.enum(BUILTIN_PROPS), ModelPath]),
  position: Vec3,
  rotationY: z.number().describe('A turn about the vertical axis, in degrees.').optional(),
  scale: z.number().positive().max(100).optional(),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like "#4a8f3c"').optional(),
});

export const Hotspot = z.strictObject({
  id: Id,
  label: Localized,
  body: Localized,
  position: Vec3,
});

export const SceneStep = z
  .strictObject({
    ...stepBase,
    type: z.literal('scene'),
    title: Localized,
    body: Localized.optional(),
    environment: z.enum(ENVIRONMENTS).optional(),
    props: z.array(Prop).max(200).default([]),
    hotspots: z.array(Hotspot).max(12).default([]),
    /** How many hotspots must be visited before the student may go on: "all" (default) or a number. */
    complete: z.union([z.literal('all'), z.int().min(0)]).default('all'),
    /** In VR, whether the student may teleport on the ground near where they stand (off when absent). */
    teleport: z.boolean().describe('In VR, let the student teleport on the ground within 3 m of where the step begins. Off by default.').optional(),
  })
  .meta({ id: 'SceneStep', description: 'An environment with props and "look here" hotspots.' });
export type SceneStep = z.infer<typeof SceneStep>;

/** The scene's record: a hotspot looked at (once per hotspot). */
export const VisitedRecord = z.strictObject({ kind: z.literal('visited'), stepId: RecordStepId, hotspotId: RecordIdText });
export type VisitedRecord = z.infer<typeof VisitedRecord>;
