/**
 * The format's fixed vocabularies, without zod: the app imports these at run time, and the lesson
 * schemas (which the app does not ship) build their enums from them.
 */

/** Languages a lesson may be written in. Every text a person reads carries these keys. */
export const LANGUAGES = ['ko', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Who a lesson (or one of its steps) is for: middle-school and high-school students, and adult learners
 * (officials' and teachers' training, adult education). Progress records keep the band a run was
 * started in, so a band is never renamed or removed: old records must still read.
 */
export const AGE_BANDS = ['middle', 'high', 'adult'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Built-in low-poly props; `model` may instead name a glTF file under assets/. */
export const BUILTIN_PROPS = [
  'tree', 'bush', 'building', 'house', 'car', 'bus', 'bicycle', 'factory', 'solar-panel', 'wind-turbine',
  'tank', 'pipe', 'water', 'person', 'sign', 'cloud', 'rock', 'bench', 'lamp',
] as const;

export const ENVIRONMENTS = ['park', 'city', 'plant', 'classroom', 'night', 'hot-city'] as const;

export const CONSEQUENCES = ['balloons', 'thermometer', 'sea-level', 'trees'] as const;

export const SUMMARY_PARTS = ['score', 'footprint', 'pledges', 'sources'] as const;
