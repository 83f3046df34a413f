import { Color, DataTexture, RedFormat, UnsignedByteType, Vector3, Vector4, type Texture } from 'three';
import { MAX_BALLOONS } from '../../app/views/worldAnswer.ts';
import { MAX_TREES } from './surfaces.ts';

/**
 * The world's shared uniforms: every material that lights itself by the world's sun (the place, the
 * props of scene steps, the trees, the sky) holds these same objects, so the world sets each value
 * once per change and every material follows. Written only in World.tsx (and its per-frame clock).
 */
export const light = {
  /** Unit vector toward the sun (or the moon). */
  uSunDir: { value: new Vector3(0.2, 0.9, 0.38).normalize() },
  /** The sun's colour times its strength (linear). */
  uSunColor: { value: new Color(1, 0.98, 0.94) },
  /** Ambient light from above and below (linear, times strength). */
  uSkyLight: { value: new Color(0.55, 0.62, 0.7) },
  uGroundLight: { value: new Color(0.2, 0.19, 0.16) },
  /** 0 by day … 1 at night: windows and lamps light up. */
  uNight: { value: 0 },
  /** Seconds of world time; it stands still with reduced motion or while the lesson is paused. */
  uTime: { value: 0 },
  /** 1 while things may move by themselves; 0 with reduced motion (falling leaves are then away). */
  uMotion: { value: 1 },
};

/** One white texel: the shade map before a place is baked (nothing shaded). */
const white = new DataTexture(new Uint8Array([255]), 1, 1, RedFormat, UnsignedByteType);
white.needsUpdate = true;

/** What the place's material alone needs. */
export const place = {
  /** 0..1 glow of hot surfaces. */
  uHeat: { value: 0 },
  /** 0..1: dark roofs turned white. */
  uCool: { value: 0 },
  /** Built features, as featureMask (surfaces.ts). */
  uFeatures: { value: 0 },
  /** 1: the place's near set shows; 0: a scene step's own props stand there. */
  uNear: { value: 1 },
  /** 0: dry … 0.5: rain … 1: a storm's downpour (the share of rain streaks falling). */
  uRain: { value: 0 },
  /** Metres of flood water round the student (its surface's height); 0: dry. */
  uFlood: { value: 0 },
  /** 0..1: cars on the road (movers whose gate is above it are away). */
  uTraffic: { value: 0.4 },
  /** 0..1: clouds in the sky, and their colour. */
  uClouds: { value: 0.3 },
  uCloudColor: { value: new Color(0.9, 0.92, 0.94) },
  /** The sky's horizon colour, for indoor windows onto it. */
  uHorizon: { value: new Color(0.7, 0.8, 0.9) },
  /** Ground detail (textures.ts): asphalt, grass, paving, concrete in R, G, B, A. */
  uDetail: { value: white as Texture },
  /** Baked occlusion and sun shadows on the ground, over the square [x, z, size] (textures.ts). */
  uShade: { value: white as Texture },
  uShadeBox: { value: new Vector4(-1, -1, 2, 0) },
  /** Per tree of the place (its `tree` attribute − 1): how far grown (0..1) and how far felled (0..1). */
  uTreeGrow: { value: new Float32Array(MAX_TREES) },
  uTreeFall: { value: new Float32Array(MAX_TREES) },
  /** Per balloon overhead: how far it has risen to its place (0..1), negative while it floats away. */
  uBalloon: { value: new Float32Array(MAX_BALLOONS) },
  /** The sky dome: zenith and horizon colours, the sun's tint and how sharp its disc is (0: none). */
  uZenith: { value: new Color(0.3, 0.55, 0.85) },
  uHorizonSky: { value: new Color(0.7, 0.8, 0.9) },
  uSunTint: { value: new Color(1, 1, 1) },
  uDisc: { value: 1 },
};
