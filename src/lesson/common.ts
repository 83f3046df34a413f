import { z } from 'zod';

import { AGE_BANDS, LANGUAGES, type Language } from './constants.ts';
import { StepWorld } from './world.ts';

export { AGE_BANDS, LANGUAGES, type Language };

/** A text shown to a person, in each of the lesson's languages: `{ "ko": "…", "en": "…" }`. */
export const Localized = z
  .strictObject({
    ko: z.string().min(1).max(2000).optional(),
    en: z.string().min(1).max(2000).optional(),
  })
  .meta({ id: 'Localized', description: 'A text in each of the lesson\'s languages, e.g. { "ko": "…", "en": "…" }.' });
export type Localized = z.infer<typeof Localized>;

/** Step, option and hotspot ids: stable, lowercase, used in URLs and progress records. */
export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'lowercase letters, digits, "-" or "_", starting with a letter or digit')
  .meta({ id: 'Id' });

/** A reference to another step by its id. */
export const StepRef = Id.meta({ id: 'StepRef', description: 'The id of a step in this lesson.' });

// Relative, same-origin, no "..": refuses "javascript:", "data:", "https:", "//host", "/abs", "C:\\", "../x".
const ASSET = String.raw`(?![/\\])(?!.*(^|[/\\])\.\.([/\\]|$))(?![a-z][a-z0-9+.-]*:)[A-Za-z0-9_\-./]+`;

function assetPath(id: string, extensions: string[] | null, what: string) {
  const ext = extensions ? String.raw`\.(${extensions.join('|')})` : '';
  return z.string().regex(new RegExp(`^${ASSET}${ext}$`), what).meta({ id });
}

/**
 * A path under the app's `assets/` folder, e.g. "models/tree.glb", or beside the lesson file when it
 * starts with "./" (src/lesson/assets.ts). Same-origin only.
 */
export const AssetPath = assetPath('AssetPath', null, 'a relative path under assets/, such as "models/tree.glb", or "./…" beside the lesson');
/** A glTF model under assets/ or beside the lesson. */
export const ModelPath = assetPath('ModelPath', ['glb', 'gltf'], 'a built-in prop, or a .glb or .gltf file under assets/ (such as "models/tree.glb") or beside the lesson ("./pump.glb")');
/** A picture under assets/ or beside the lesson. */
export const ImagePath = assetPath('ImagePath', ['png', 'jpg', 'jpeg', 'webp', 'ktx2'], 'a .png, .jpg, .webp or .ktx2 file under assets/ (such as "images/chart.png") or beside the lesson ("./chart.png")');
/** A sound under assets/ or beside the lesson. */
export const AudioPath = assetPath('AudioPath', ['mp3', 'ogg', 'm4a', 'wav'], 'an .mp3, .ogg, .m4a or .wav file under assets/ (such as "audio/intro.mp3") or beside the lesson ("./intro.mp3")');

export const Vec3 = z.tuple([z.number(), z.number(), z.number()]).meta({ id: 'Vec3', description: '[x, y, z] in metres' });

/** The id of an entry in the lesson's `sources`. */
export const SourceRef = Id.meta({ id: 'SourceRef', description: 'The id of an entry in the lesson\'s sources.' });

/** An age band: "middle" school, "high" school or "adult" learners (e.g. officials' training). */
export const AgeBand = z
  .enum(AGE_BANDS)
  .meta({ id: 'AgeBand', description: 'An age band: "middle" (middle school), "high" (high school) or "adult" (adult learners, such as officials\' training).' });

/** Fields every step has. `next` defaults to the following step in the list. */
export const stepBase = {
  id: Id,
  next: StepRef.optional(),
  ageBands: z.array(AgeBand).min(1).optional().describe('Show this step only to students of these age bands; others pass it by to the step after it.'),
  /** What this step changes in the lesson's world (time, weather, place, what is built). */
  world: StepWorld.optional(),
};
