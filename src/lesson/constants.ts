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

/**
 * A lesson's world (`world` on the lesson, overridden per step): where it happens, when, and in what
 * weather. The 3D view draws each one (src/scene/world/), and ambient sounds are chosen by exactly
 * these three (place, time, weather), so a name here is never renamed or removed: lessons use them.
 *
 * Places: `park` (a lawn with paths; also lessons without a world), `classroom` (walls and windows),
 * `street` (a Gwangju street: a two-lane road, shops and apartment towers), `home` (a lane of
 * houses and villas), `water-plant` (a wastewater plant: aeration basins, a clarifier, the river),
 * `hot-block` (a summer block of asphalt, low roofs and a car park), `city-square` (a paved square
 * with a fountain, looking out over the city to the hills).
 */
export const PLACES = ['park', 'classroom', 'street', 'home', 'water-plant', 'hot-block', 'city-square'] as const;
export type Place = (typeof PLACES)[number];

/** The time of day: where the sun stands and the sky's colour; windows and lamps light up from evening. */
export const TIMES = ['dawn', 'morning', 'noon', 'afternoon', 'evening', 'night'] as const;
export type TimeOfDay = (typeof TIMES)[number];

/** The weather: `haze` is a day of fine dust, `heatwave` a glaring summer day; rain and storm fall. */
export const WEATHERS = ['clear', 'cloudy', 'haze', 'rain', 'storm', 'heatwave'] as const;
export type Weather = (typeof WEATHERS)[number];

/**
 * What is built in a world, beyond the place itself: `trees` (street trees and planters),
 * `cool-roofs` (white roofs), `solar-roofs` (panels on roofs), `wind-turbines` (on the far hills),
 * `bike-lanes` (a painted lane with cyclists). The classroom shows none of them.
 */
export const WORLD_FEATURES = ['trees', 'cool-roofs', 'solar-roofs', 'wind-turbines', 'bike-lanes'] as const;
export type WorldFeature = (typeof WORLD_FEATURES)[number];

/** Places that have nothing of WORLD_FEATURES to show (indoors). */
export const INDOOR_PLACES: readonly Place[] = ['classroom'];

/** A world as the app draws it, once the lesson's and the step's fields are merged. */
export interface WorldSettings {
  place: Place;
  time: TimeOfDay;
  weather: Weather;
  built: readonly WorldFeature[];
}

/** A lesson without a `world`: its scene steps' older `environment` names pick one (src/app/views/world.ts). */
export const ENVIRONMENT_WORLDS: Record<(typeof ENVIRONMENTS)[number], Omit<WorldSettings, 'built'>> = {
  park: { place: 'park', time: 'noon', weather: 'clear' },
  city: { place: 'street', time: 'noon', weather: 'clear' },
  plant: { place: 'water-plant', time: 'noon', weather: 'clear' },
  classroom: { place: 'classroom', time: 'noon', weather: 'clear' },
  night: { place: 'park', time: 'night', weather: 'clear' },
  'hot-city': { place: 'hot-block', time: 'noon', weather: 'heatwave' },
};
