import type { TimeOfDay, Weather } from '../../lesson/constants.ts';

/**
 * The light and air of a world: sky colours, the sun (or moon), ambient light, fog, clouds and rain,
 * from its time of day and weather. Pure data, colours in sRGB hex; src/scene/world/World.tsx turns
 * it into the sky's and the materials' uniforms.
 */
export interface Look {
  zenith: string;
  horizon: string;
  /** Ambient light from the sky half and from the ground half (sRGB), and their strength. */
  skyLight: string;
  groundLight: string;
  ambient: number;
  sun: string;
  /** The sun's (or the moon's) strength on lit faces. */
  sunStrength: number;
  /** Unit vector toward the sun: low ahead at dawn and evening so the student sees it set. */
  sunDir: readonly [number, number, number];
  /** 0: no disc (overcast) … 1: a sharp disc with a glow around it. */
  sunDisc: number;
  /** Linear fog from … to, metres: the ground's edge (140 m) always fades out. */
  fog: readonly [number, number];
  /** 0 by day … 1 at night: lit windows, lamps, stars. */
  night: number;
  /** 0..1: how many clouds, and their colour. */
  clouds: number;
  cloudColor: string;
  /** 0: dry, 0.5: rain, 1: a storm's downpour. */
  rain: number;
  /** A hot surface's glow with no one's choices in it (a heatwave's asphalt). */
  heat: number;
}

type TimeLook = Omit<Look, 'fog' | 'clouds' | 'cloudColor' | 'rain' | 'heat'>;

const n = (x: number, y: number, z: number): [number, number, number] => {
  const l = Math.hypot(x, y, z);
  return [x / l, y / l, z / l];
};

export const TIME_LOOKS: Record<TimeOfDay, TimeLook> = {
  dawn: { zenith: '#4a6fa5', horizon: '#f2b892', skyLight: '#9fb0d0', groundLight: '#6e5e58', ambient: 0.75, sun: '#ffb98a', sunStrength: 0.75, sunDir: n(0.55, 0.1, -0.83), sunDisc: 1, night: 0.35 },
  morning: { zenith: '#5b9bd5', horizon: '#d3e6f2', skyLight: '#cfe2f3', groundLight: '#8c8574', ambient: 0.8, sun: '#fff1d8', sunStrength: 0.95, sunDir: n(0.55, 0.5, 0.65), sunDisc: 1, night: 0 },
  noon: { zenith: '#3f8fd8', horizon: '#d0e8f7', skyLight: '#d5e8f7', groundLight: '#8d8b7a', ambient: 0.8, sun: '#fffaf0', sunStrength: 1, sunDir: n(0.2, 0.9, 0.38), sunDisc: 1, night: 0 },
  afternoon: { zenith: '#4f8fcf', horizon: '#e2e4da', skyLight: '#d3e0ea', groundLight: '#8c8370', ambient: 0.8, sun: '#fff0d2', sunStrength: 0.95, sunDir: n(-0.55, 0.55, 0.6), sunDisc: 1, night: 0 },
  evening: { zenith: '#2e3f6e', horizon: '#f0996a', skyLight: '#8a88b0', groundLight: '#5a4a48', ambient: 0.7, sun: '#ff9a55', sunStrength: 0.7, sunDir: n(-0.6, 0.09, -0.8), sunDisc: 1, night: 0.8 },
  night: { zenith: '#060b1c', horizon: '#1f2c4a', skyLight: '#5a6a9a', groundLight: '#1c2232', ambient: 0.55, sun: '#a8b8e8', sunStrength: 0.3, sunDir: n(0.4, 0.55, -0.73), sunDisc: 0.55, night: 1 },
};

interface WeatherLook {
  /** Sky colours move this far toward `tint` at their own brightness (night stays dark). */
  grey: number;
  /** Then darken by this factor: a rainy sky is darker than a clear one at the same hour. */
  dark: number;
  tint: string;
  sun: number;
  disc: number;
  fog: readonly [number, number];
  clouds: number;
  /** Cloud colour at noon; darker with the time of day. */
  cloudColor: string;
  rain: number;
  heat: number;
}

export const WEATHER_LOOKS: Record<Weather, WeatherLook> = {
  clear: { grey: 0, dark: 1, tint: '#ffffff', sun: 1, disc: 1, fog: [35, 150], clouds: 0.3, cloudColor: '#f4f6f8', rain: 0, heat: 0 },
  cloudy: { grey: 0.6, dark: 0.9, tint: '#c3cad1', sun: 0.45, disc: 0, fog: [18, 115], clouds: 0.85, cloudColor: '#d9dde2', rain: 0, heat: 0 },
  haze: { grey: 0.55, dark: 0.95, tint: '#d2c3a3', sun: 0.7, disc: 0.45, fog: [6, 70], clouds: 0.2, cloudColor: '#d8cfbd', rain: 0, heat: 0 },
  rain: { grey: 0.8, dark: 0.68, tint: '#9aa3ab', sun: 0.3, disc: 0, fog: [9, 80], clouds: 1, cloudColor: '#8d959d', rain: 0.5, heat: 0 },
  storm: { grey: 0.9, dark: 0.45, tint: '#6d7780', sun: 0.15, disc: 0, fog: [6, 60], clouds: 1, cloudColor: '#5a626a', rain: 1, heat: 0 },
  heatwave: { grey: 0.35, dark: 1, tint: '#f6ecd2', sun: 1.15, disc: 1, fog: [16, 100], clouds: 0.05, cloudColor: '#fbf5e8', rain: 0, heat: 0.3 },
};

function rgb(hex: string): [number, number, number] {
  const v = Number.parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}
function hex([r, g, b]: readonly number[]): string {
  const c = (x: number) => Math.round(Math.min(255, Math.max(0, x))).toString(16).padStart(2, '0');
  return `#${c(r!)}${c(g!)}${c(b!)}`;
}

/** `color` moved `amount` of the way toward `tint`, scaled to `color`'s own brightness. */
export function toward(color: string, tint: string, amount: number): string {
  const c = rgb(color);
  const t = rgb(tint);
  const lum = (x: readonly number[]) => 0.2126 * x[0]! + 0.7152 * x[1]! + 0.0722 * x[2]!;
  const k = lum(c) / Math.max(1, lum(t));
  return hex(c.map((x, i) => x + (t[i]! * k - x) * amount));
}

/** Mixes two sRGB colours. */
export function mixHex(a: string, b: string, amount: number): string {
  const x = rgb(a);
  const y = rgb(b);
  return hex(x.map((v, i) => v + (y[i]! - v) * amount));
}

export function lookFor(time: TimeOfDay, weather: Weather): Look {
  const t = TIME_LOOKS[time];
  const w = WEATHER_LOOKS[weather];
  // Clouds take the sky's light: half the horizon's colour (pink at dusk, blue at night), dimmer at night.
  const cloud = mixHex('#000000', mixHex(w.cloudColor, t.horizon, 0.5), 0.55 + 0.45 * (1 - t.night));
  return {
    ...t,
    zenith: mixHex('#000000', toward(t.zenith, w.tint, w.grey), w.dark),
    horizon: mixHex('#000000', toward(t.horizon, w.tint, w.grey), w.dark),
    skyLight: mixHex('#000000', toward(t.skyLight, w.tint, w.grey * 0.7), Math.sqrt(w.dark)),
    sunStrength: t.sunStrength * w.sun,
    ambient: t.ambient * (w.sun < 1 ? 1.1 : 1),
    sunDisc: t.sunDisc * w.disc,
    fog: w.fog,
    clouds: w.clouds,
    cloudColor: cloud,
    rain: w.rain,
    heat: time === 'night' ? w.heat * 0.5 : w.heat,
  };
}
