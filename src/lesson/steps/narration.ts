import { z } from 'zod';
import { AudioPath, ImagePath, Localized, stepBase } from '../common.ts';

/** A caption of a recording heard in every language: one timing, its text in each language. */
export const Caption = z
  .strictObject({ start: z.number().min(0), end: z.number().min(0), text: Localized })
  .meta({ id: 'Caption', description: 'Seconds into the recording it shows from and until, and its text in each language.' });

/** A caption of one language's recording: timed to that voice, in that language. */
export const VoiceCaption = z
  .strictObject({ start: z.number().min(0), end: z.number().min(0), text: z.string().min(1).max(2000) })
  .meta({ id: 'VoiceCaption', description: 'Seconds into this language\'s recording it shows from and until, and its text in that language.' });

/** One language's recording and the captions that follow it. */
export const Voice = z
  .strictObject({ src: AudioPath, captions: z.array(VoiceCaption).min(1) })
  .meta({ id: 'Voice', description: 'One language\'s recording, with captions timed to it in that language.' });

/**
 * A narration's sound. Either one file for every language (music, or a voice in one language) whose
 * captions carry every language's text, or a recording per language (`{ "ko": { src, captions },
 * "en": { … } }`), each with captions timed to its own voice.
 */
export const NarrationAudio = z
  .union([
    z.strictObject({ src: AudioPath, captions: z.array(Caption).min(1) })
      .meta({ id: 'SharedAudio', description: 'One file for every language; each caption carries its text in every language.' }),
    z.strictObject({ ko: Voice.optional(), en: Voice.optional() })
      .meta({ id: 'VoicedAudio', description: 'A recording per language of the lesson, each with captions timed to it.' }),
  ])
  .meta({ id: 'NarrationAudio', description: 'One file for every language with captions in each ({ "src", "captions" }), or a recording per language ({ "ko": { "src", "captions" }, "en": { … } }).' });
export type NarrationAudio = z.infer<typeof NarrationAudio>;

export const NarrationStep = z
  .strictObject({
    ...stepBase,
    type: z.literal('narration'),
    title: Localized,
    body: Localized,
    image: z.strictObject({ src: ImagePath, alt: Localized }).optional(),
    audio: NarrationAudio.optional(),
  })
  .meta({ id: 'NarrationStep', description: 'A short text panel, with an optional picture and audio with captions.' });
export type NarrationStep = z.infer<typeof NarrationStep>;

