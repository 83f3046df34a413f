import { WORLD_FEATURES, type WorldFeature } from '../../lesson/constants.ts';

/**
 * What each vertex of a world is made of, as the `surface` attribute: the world's one shader
 * (shaders.ts) lights, textures, heats and animates by it. Numbers, not names: they are read on the GPU.
 */
export const SURFACE = {
  /** Lit by the sun and the sky, nothing more. */
  plain: 0,
  /** Glass: dark by day, warm light from evening. */
  window: 1,
  /** A lamp or a lit sign: glows from evening, dim by day. */
  lamp: 2,
  /** Water: ripples moving with its flow; aerated water boils with bubbles. */
  water: 3,
  asphalt: 4,
  grass: 5,
  paving: 6,
  concrete: 7,
  /** A roof: turns white as cool roofs go in, glows in the heat. */
  roof: 8,
  /** A wall in the sun: warms in the heat. */
  wall: 9,
  /** Hills and far silhouettes: the fog takes them later, so the horizon has a shape. */
  far: 10,
  /** Clouds: coloured by the weather. */
  cloud: 11,
  /** Road markings and painted lanes. */
  paint: 12,
  /** A window onto the sky indoors: the sky's own horizon colour. */
  skylight: 13,
  /** The sky dome: a gradient to the zenith with the sun's disc, out of the fog. */
  sky: 14,
  /** A rain streak: falls round the student while it rains (uRain), turned to face the eye. */
  rain: 15,
  /** Flood water: the ground's rings raised to the flood's height (uFlood), away when it is dry. */
  flood: 16,
  /** A star on the sky dome, out at night only. */
  star: 17,
  /** A leaf drifting down from a standing tree's crown, while motion is on. */
  leaf: 18,
} as const;

/** The most trees a place has: the shader's per-tree arrays (grown, felled) are this long. */
export const MAX_TREES = 40;
/** The `tree` attribute of a balloon overhead: its index plus this (trees count from 1). */
export const BALLOON_BASE = 1000;
export type Surface = (typeof SURFACE)[keyof typeof SURFACE];

/**
 * Which vertices show, as the `feature` attribute (a bit mask): NEAR marks what stands in the space
 * ahead (hidden on a scene step that places its own props); needs(f) shows only with feature f built;
 * without(f) only while it is not.
 */
export const NEAR = 1;
const bit = (f: WorldFeature) => 1 << WORLD_FEATURES.indexOf(f);
export const needs = (f: WorldFeature) => bit(f) << 1;
export const without = (f: WorldFeature) => bit(f) << 6;

/** The built features as the shader's mask. */
export function featureMask(built: readonly WorldFeature[]): number {
  return built.reduce((m, f) => m | bit(f), 0);
}
