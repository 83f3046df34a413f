import { z } from 'zod';
import { Localized, stepBase } from '../common.ts';

export const SUMMARY_PARTS = ['score', 'footprint', 'pledges', 'sources'] as const;

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
