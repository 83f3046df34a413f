import { z } from 'zod';
import { Id, Localized, stepBase } from '../common.ts';
import { RecordIdText, RecordStepId } from '../records.ts';

export const PledgeStep = z
  .strictObject({
    ...stepBase,
    type: z.literal('pledge'),
    title: Localized,
    prompt: Localized,
    options: z.array(z.strictObject({ id: Id, text: Localized })).min(2).max(8),
    /** Optional parts a student may combine into their own pledge: "I will" + action + "when". */
    compose: z
      .strictObject({
        actions: z.array(z.strictObject({ id: Id, text: Localized })).min(2).max(8),
        times: z.array(z.strictObject({ id: Id, text: Localized })).min(2).max(8),
      })
      .optional(),
    max: z.int().min(1).max(3).default(1),
  })
  .meta({ id: 'PledgeStep', description: 'The student picks or composes a personal action.' });
export type PledgeStep = z.infer<typeof PledgeStep>;

/** A pledge: one of the step's options, or an action composed with a time. */
export const PledgeChoice = z.union([z.strictObject({ optionId: RecordIdText }), z.strictObject({ actionId: RecordIdText, timeId: RecordIdText })]);
export type PledgeChoice = z.infer<typeof PledgeChoice>;

/** The pledge step's records: a pledge made, and one withdrawn (or replaced past the step's `max`). */
export const PledgedRecord = z.strictObject({ kind: z.literal('pledged'), stepId: RecordStepId, choice: PledgeChoice });
export const UnpledgedRecord = z.strictObject({ kind: z.literal('unpledged'), stepId: RecordStepId, choice: PledgeChoice });
export type PledgeRecord = z.infer<typeof PledgedRecord> | z.infer<typeof UnpledgedRecord>;
