import { z } from 'zod';
import { CONSEQUENCES } from '../constants.ts';
import { Id, Localized, SourceRef, stepBase } from '../common.ts';
import { RecordIdText, RecordNumber, RecordStepId } from '../records.ts';

export { CONSEQUENCES };

export const FootprintOption = z.strictObject({
  id: Id,
  label: Localized,
  /** How much of the unit one choice means, e.g. 4 (km). */
  quantity: z.number().min(0).describe('How much of the unit one choice means, e.g. 4 (km).'),
  /** The unit of `quantity`, e.g. { "ko": "km", "en": "km" }. */
  unit: Localized.describe('The unit of quantity, e.g. { "ko": "km", "en": "km" }.'),
  /** kg CO2e per one unit of `quantity`, from a cited source. */
  factor: z.number().min(0).describe('kg CO2e per one unit of quantity, from a cited source.'),
  source: SourceRef.describe('The id of the entry in the lesson\'s sources that gives the factor.'),
  /** True when the factor comes from a secondary source: shown as "≈". */
  approximate: z.boolean().default(false),
});

export const FootprintStep = z
  .strictObject({
    ...stepBase,
    type: z.literal('footprint'),
    title: Localized,
    prompt: Localized,
    options: z.array(FootprintOption).min(2).max(6),
    /** How often this choice happens in a year (e.g. 365 for a daily habit): turns one choice into a yearly figure. */
    timesPerYear: z.number().min(0).max(366).describe('How often this choice happens in a year, e.g. 365 for a daily habit.'),
    consequence: z.enum(CONSEQUENCES),
  })
  .meta({ id: 'FootprintStep', description: 'A carbon-footprint choice with a visible 3D consequence.' });
export type FootprintStep = z.infer<typeof FootprintStep>;

/** The footprint's record: an option chosen, with its yearly figure as the runner computed it. */
export const ChoseRecord = z.strictObject({ kind: z.literal('chose'), stepId: RecordStepId, optionId: RecordIdText, kgPerYear: RecordNumber });
export type ChoseRecord = z.infer<typeof ChoseRecord>;
