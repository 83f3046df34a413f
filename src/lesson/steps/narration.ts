import { z } from 'zod';
import { AudioPath, ImagePath, Localized, stepBase } from '../common.ts';

export const Caption = z.strictObject({ start: z.number().min(0), end: z.number().min(0), text: Localized });

export const NarrationStep = z
  .strictObject({
    ...stepBase,
    type: z.literal('narration'),
    title: Localized,
    body: Localized,
    image: z.strictObject({ src: ImagePath, alt: Localized }).optional(),
    audio: z.strictObject({ src: AudioPath, captions: z.array(Caption).min(1) }).optional(),
  })
  .meta({ id: 'NarrationStep', description: 'A short text panel, with an optional picture and audio with captions.' });
export type NarrationStep = z.infer<typeof NarrationStep>;
