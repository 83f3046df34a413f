import { z } from 'zod';
import { SUMMARY_PARTS } from '../constants.ts';
import { Localized, stepBase } from '../common.ts';

export { SUMMARY_PARTS };

export const SummaryStep = z
  .strictObject({
    ...stepBase,
    type: z.literal('summary'),
    title: Localized,
    body: Localized.optional(),
    show: z.array(z.enum(SUMMARY_PARTS)).default(['score', 'footprint', 'pledges', 'sources']),
  })
  .meta({ id: 'SummaryStep', description: 'The end of a lesson: score, footprint, pledges and sources.' });
export type SummaryStep = z.infer<typeof SummaryStep>;
