import { z } from 'zod';
import { PLACES, TIMES, WEATHERS, WORLD_FEATURES } from './constants.ts';

/**
 * A lesson's world: the place around the student through every step, its time of day and weather,
 * and what is built there. The lesson sets it once; a step changes what differs (see worldAt in
 * src/app/views/world.ts). The vocabularies live in constants.ts.
 */
const place = z.enum(PLACES).describe('Where it happens: "street", "home", "water-plant", "hot-block", "city-square", "park" or "classroom".');
const time = z.enum(TIMES).describe('The time of day: "dawn", "morning", "noon", "afternoon", "evening" or "night".');
const weather = z.enum(WEATHERS).describe('The weather: "clear", "cloudy", "haze", "rain", "storm" or "heatwave".');
const built = z
  .array(z.enum(WORLD_FEATURES))
  .max(WORLD_FEATURES.length)
  .describe('What is built there: any of "trees", "cool-roofs", "solar-roofs", "wind-turbines", "bike-lanes".');

export const World = z
  .strictObject({
    place,
    time: time.default('noon'),
    weather: weather.default('clear'),
    built: built.default([]),
  })
  .meta({ id: 'World', description: 'The world around the student in every step: a place, its time of day, weather and what is built. Steps may change any of them.' });
export type World = z.infer<typeof World>;

/** A step's changes to the lesson's world: only the fields it gives (a `built` list replaces the lesson's). */
export const StepWorld = z
  .strictObject({
    place: place.optional(),
    time: time.optional(),
    weather: weather.optional(),
    built: built.optional(),
  })
  .meta({ id: 'StepWorld', description: 'What this step changes in the lesson\'s world; the rest stays as the lesson sets it.' });
export type StepWorld = z.infer<typeof StepWorld>;
