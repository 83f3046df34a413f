import { z } from 'zod';
import { Id, Localized, stepBase } from '../common.ts';

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
