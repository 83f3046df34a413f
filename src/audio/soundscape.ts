/**
 * Which ambient sounds a world has, how loud, and where they come from: pure data from the world's
 * place, time and weather (src/app/views/world.ts `worldAt`), and how busy its road is (the world's
 * answer to a footprint choice). The engine (engine.ts) turns the list into Web Audio nodes.
 */
import type { Place, TimeOfDay, Weather } from '../lesson/constants.ts';

export const LAYER_KINDS = ['traffic', 'birds', 'crickets', 'cicadas', 'water', 'rain', 'wind', 'hum'] as const;
export type LayerKind = (typeof LAYER_KINDS)[number];

/** A point in the world, metres: the student stands at the origin facing −Z. */
export type Vec3 = readonly [number, number, number];

export interface Layer {
  kind: LayerKind;
  /** Linear gain of the layer before the mix (0..1). */
  level: number;
  /** Where it sounds from in the world (spatial in a headset); null: all around (rain, wind, birds). */
  at: Vec3 | null;
}

export interface WorldSound {
  place: Place;
  time: TimeOfDay;
  weather: Weather;
}

/**
 * Each place's sounds by day and in clear weather, placed where its world draws their source
 * (src/scene/world/places/): the road in front of the street (z −4.5…−8.5), the home lane
 * (z ≈ −6), the hot block (z −4…−7.6) and beyond the square (z ≈ −34); the plant's channel under
 * the walkway (z ≈ −2.8) and its aeration basins' blowers (z −7.5, −13); the square's fountain (z −11).
 */
const PLACES: Record<Place, readonly Layer[]> = {
  park: [{ kind: 'birds', level: 0.5, at: null }, { kind: 'wind', level: 0.25, at: null }, { kind: 'traffic', level: 0.08, at: [0, 0.5, -60] }],
  classroom: [{ kind: 'hum', level: 0.12, at: [0, 2.6, -3] }, { kind: 'traffic', level: 0.06, at: [0, 0.5, -30] }],
  street: [{ kind: 'traffic', level: 0.55, at: [0, 0.5, -6.5] }, { kind: 'birds', level: 0.15, at: null }, { kind: 'wind', level: 0.15, at: null }],
  home: [{ kind: 'birds', level: 0.4, at: null }, { kind: 'traffic', level: 0.25, at: [0, 0.5, -6] }, { kind: 'wind', level: 0.2, at: null }],
  'water-plant': [
    { kind: 'water', level: 0.55, at: [0, 0, -2.8] }, { kind: 'hum', level: 0.3, at: [0, 0.5, -10] },
    { kind: 'wind', level: 0.2, at: null }, { kind: 'birds', level: 0.15, at: null },
  ],
  'hot-block': [{ kind: 'cicadas', level: 0.35, at: null }, { kind: 'traffic', level: 0.35, at: [0, 0.5, -5.8] }, { kind: 'wind', level: 0.1, at: null }],
  'city-square': [
    { kind: 'water', level: 0.45, at: [0, 1, -11] }, { kind: 'traffic', level: 0.3, at: [0, 0.5, -34] },
    { kind: 'birds', level: 0.25, at: null }, { kind: 'wind', level: 0.2, at: null },
  ],
};

const INDOORS: readonly Place[] = ['classroom'];

/** Birds sing most at dawn and in the morning, little in the evening, not at night (crickets then). */
const BIRDS_BY_TIME: Record<TimeOfDay, number> = { dawn: 1.4, morning: 1.2, noon: 1, afternoon: 0.9, evening: 0.5, night: 0 };
/** Roads are quiet at night and busiest at the morning and evening rush. */
const TRAFFIC_BY_TIME: Record<TimeOfDay, number> = { dawn: 0.5, morning: 1.2, noon: 1, afternoon: 1, evening: 1.1, night: 0.4 };

/** The most a road's traffic grows when the world answers a choice with a street full of cars. */
export const TRAFFIC_ANSWER_GAIN = 0.5;

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/**
 * The layers of `world`, loudest first. `traffic` (0..1) is how full the road is as the world answers
 * a footprint choice (WorldAnswer.traffic): the road grows louder with it, and a place with no road
 * hears distant traffic come up.
 */
export function soundscapeFor(world: WorldSound, traffic = 0): Layer[] {
  const indoors = INDOORS.includes(world.place);
  // Weather heard through walls and windows is muffled.
  const through = indoors ? 0.3 : 1;
  const layers = new Map<LayerKind, Layer>();
  for (const l of PLACES[world.place]) layers.set(l.kind, { ...l });
  const scale = (kind: LayerKind, by: number) => {
    const l = layers.get(kind);
    if (l) l.level *= by;
  };
  const atLeast = (kind: LayerKind, level: number, at: Vec3 | null = null) => {
    const l = layers.get(kind);
    if (l) l.level = Math.max(l.level, level);
    else layers.set(kind, { kind, level, at });
  };

  scale('birds', BIRDS_BY_TIME[world.time]);
  scale('traffic', TRAFFIC_BY_TIME[world.time]);
  if (world.time === 'night' && !indoors) atLeast('crickets', 0.3);
  // Korean summers: cicadas on a glaring day anywhere with trees, not in the rain.
  if (world.weather === 'heatwave' && !indoors) atLeast('cicadas', 0.35);

  switch (world.weather) {
    case 'rain':
      atLeast('rain', 0.55 * through);
      scale('birds', 0);
      scale('cicadas', 0);
      break;
    case 'storm':
      atLeast('rain', 0.85 * through);
      atLeast('wind', 0.6 * through);
      scale('birds', 0);
      scale('cicadas', 0);
      scale('crickets', 0);
      break;
    case 'cloudy':
      scale('wind', 1.4);
      break;
    case 'haze':
      scale('birds', 0.5);
      break;
    case 'heatwave':
      scale('wind', 0.5);
      break;
    case 'clear':
      break;
  }

  const busy = clamp01(traffic);
  if (busy > 0) {
    const road = layers.get('traffic');
    if (road) road.level += TRAFFIC_ANSWER_GAIN * busy;
    else atLeast('traffic', 0.3 * busy, [0, 0.5, -30]);
  }

  return [...layers.values()]
    .map((l) => ({ ...l, level: Math.round(clamp01(l.level) * 1000) / 1000 }))
    .filter((l) => l.level > 0)
    .sort((a, b) => b.level - a.level || a.kind.localeCompare(b.kind));
}
