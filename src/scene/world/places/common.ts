import { BoxGeometry, BufferAttribute, BufferGeometry, IcosahedronGeometry, Matrix4, PlaneGeometry, Vector3 } from 'three';
import { MAX_BALLOONS } from '../../../app/views/worldAnswer.ts';
import { PROP_LIBRARY } from '../../props/library/index.ts';
import { type Paint, type V3, WorldBuilder } from '../builder.ts';
import { MAX_TREES, NEAR, needs, SURFACE } from '../surfaces.ts';

/** A tree of the place, drawn by WorldTrees (instanced): `planted` ones stand only once trees go in. */
export interface TreeSpot {
  x: number;
  z: number;
  scale: number;
  /** In the space ahead: away on a scene step with its own props. */
  near: boolean;
  planted: boolean;
}

/** A place, built: one geometry for everything but its trees. */
export interface PlaceBuild {
  geometry: BufferGeometry;
  occluders: WorldBuilder['occluders'];
  trees: TreeSpot[];
  /** Cars on the road when no choice speaks (0..1 of the movers). */
  traffic: number;
  /** Walls and a ceiling instead of a sky. */
  indoor: boolean;
}

export const SKY_RADIUS = 160; // beyond the ground (140 m), inside the camera's far plane (200 m)

/**
 * The place's trees (each one's index in the shader's grown/felled arrays, its foliage a shade of its
 * own) and, outdoors, the sky: then the whole place as one geometry.
 */
export function finish(b: WorldBuilder, p: Omit<PlaceBuild, 'geometry' | 'occluders' | 'trees'> & { trees: Omit<TreeSpot, 'near'>[] }): PlaceBuild {
  if (p.trees.length > MAX_TREES) throw new Error(`a place has at most ${MAX_TREES} trees, not ${p.trees.length}`);
  const trees = p.trees.map((t) => ({ ...t, near: isNear(t.x, t.z) }));
  trees.forEach((t, i) => {
    const foliage = `hsl(${Math.round(100 + rand(i, 11) * 25)}, 45%, ${Math.round(28 + rand(i, 12) * 10)}%)`;
    b.kind(PROP_LIBRARY.tree, [t.x, 0, t.z], { color: foliage, tree: i + 1, pivot: [t.x, 0, t.z, 0] }, rand(i, 13) * 6.28, t.scale);
    // A few leaves drifting down from its crown (ginkgo yellows and greens).
    for (let k = 0; k < 5; k++) {
      const r = (salt: number) => rand(i * 7 + k, salt);
      b.add(new PlaneGeometry(0.09, 0.06).rotateX(-Math.PI / 2), null, {
        color: r(61) < 0.5 ? '#d9b83a' : '#8fb04a', surface: SURFACE.leaf,
        move: [r(62), i + 1, 0, 0], pivot: [t.x + (r(63) - 0.5) * 1.6 * t.scale, 2.2 * t.scale, t.z + (r(64) - 0.5) * 1.6 * t.scale, 0],
      });
    }
  });
  balloons(b);
  if (!p.indoor) {
    b.sky(SKY_RADIUS);
    stars(b);
    b.rain(1200, rand);
    // Flood water: the ground's rings again, raised by the shader to the flood's height.
    groundDisc(b, { color: '#6e5d40', surface: SURFACE.flood, move: [0.35, 0.25, 0, 0] });
  }
  return { geometry: b.build(), occluders: b.occluders, ...p, trees };
}

/** A few hundred fixed stars on the sky dome, facing the student, out only at night. */
function stars(b: WorldBuilder): void {
  const m = new Matrix4();
  const at = new Vector3();
  const centre = new Vector3(0, 0, 0);
  for (let i = 0; i < 400; i++) {
    const a = rand(i, 41) * Math.PI * 2;
    const y = 0.08 + rand(i, 42) * 0.92;
    const r = Math.sqrt(1 - y * y);
    at.set(Math.cos(a) * r, y, Math.sin(a) * r).multiplyScalar(SKY_RADIUS - 5);
    m.lookAt(at, centre, new Vector3(0, 1, 0)).setPosition(at);
    b.add(new PlaneGeometry(0.45, 0.45).rotateY(Math.PI), m, { color: '#ffffff', surface: SURFACE.star });
  }
}

/** A balloon's radius (m): CO₂e balloons overhead. */
const BALLOON = 0.34;

/**
 * The CO₂e balloons overhead, each built round its own origin with its slot as `pivot`: the shader
 * places, sizes and sways each from the per-balloon uniform (uBalloon: how far it has come, negative
 * while it floats away), so they cost no draw of their own. A loose crowd, more of it ahead: within
 * ±80° of straight ahead, 7–14 m away and 7–11 m up, so a desktop view sees them above the panels
 * and they never hide one; in a headset they hang all round overhead.
 */
function balloons(b: WorldBuilder): void {
  for (let i = 0; i < MAX_BALLOONS; i++) {
    const a = (rand(i, 21) - 0.5) * 2.8;
    const r = 7 + rand(i, 22) * 7;
    const slot = [Math.sin(a) * r, 7 + rand(i, 23) * 4, -Math.cos(a) * r, 0] as const;
    const color = `hsl(215, 14%, ${Math.round(12 + rand(i, 24) * 8)}%)`;
    const ball = new IcosahedronGeometry(BALLOON, 1);
    ball.scale(1, 1.15, 1);
    b.add(ball, null, { color, balloon: i + 1, pivot: slot });
    b.add(new BoxGeometry(0.015, 1.2, 0.015).translate(0, -BALLOON * 1.15 - 0.6, 0), null, { color: '#3a4048', balloon: i + 1, pivot: slot });
  }
}

/** A repeatable scatter in [0, 1). */
export function rand(i: number, salt = 0): number {
  const v = Math.sin(i * 12.9898 + salt * 78.233) * 43758.5453;
  return v - Math.floor(v);
}

/** The space ahead that a scene step's own props take (see worldView's `near`). */
export function isNear(x: number, z: number): boolean {
  return Math.abs(x) < 16 && z < 0.5 && z > -17;
}
export const nearIf = (x: number, z: number): number => (isNear(x, z) ? NEAR : 0);

/**
 * The ground to 140 m: rings that widen with distance (small cells under the student: one large
 * triangle under the feet was clipped with wrong depth by SwiftShader), faded into the sky by the fog.
 */
export function groundDisc(b: WorldBuilder, paint: Paint): void {
  const radii = [0, 1, 2, 3.5, 5.5, 8, 12, 18, 27, 40, 60, 90, 140];
  const segments = 40;
  const v: number[] = [];
  const at = (r: number, i: number): [number, number, number] => {
    const a = (i / segments) * Math.PI * 2;
    return [Math.cos(a) * r, 0, -Math.sin(a) * r];
  };
  for (let ring = 0; ring < radii.length - 1; ring++) {
    for (let i = 0; i < segments; i++) {
      const p0 = at(radii[ring]!, i), p1 = at(radii[ring]!, i + 1), p2 = at(radii[ring + 1]!, i), p3 = at(radii[ring + 1]!, i + 1);
      v.push(...p0, ...p2, ...p1, ...p1, ...p2, ...p3);
    }
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(new Float32Array(v), 3));
  b.add(g, null, paint);
}

/**
 * A ring of hills at `radius`, facing the student, its height along the ring from `height(angle)`
 * (angle 0 to the right, π/2 straight ahead): Mudeungsan's long ridge behind Gwangju.
 */
export function hills(b: WorldBuilder, radius: number, color: string, height: (a: number) => number, segments = 72): void {
  const v: number[] = [];
  for (let i = 0; i < segments; i++) {
    const a0 = (i / segments) * Math.PI * 2;
    const a1 = ((i + 1) / segments) * Math.PI * 2;
    const h0 = height(a0), h1 = height(a1);
    const x0 = Math.cos(a0) * radius, z0 = -Math.sin(a0) * radius, x1 = Math.cos(a1) * radius, z1 = -Math.sin(a1) * radius;
    // Facing inward: counter-clockwise as seen from the centre.
    v.push(x0, -1, z0, x1, h1, z1, x1, -1, z1, x0, -1, z0, x0, h0, z0, x1, h1, z1);
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(new Float32Array(v), 3));
  b.add(g, null, { color, surface: SURFACE.far });
}

/** Mudeungsan ahead (a broad massif with its summit a little to the right), low hills elsewhere. */
export function gwangjuHills(b: WorldBuilder): void {
  const ridge = (a: number) => {
    const ahead = Math.exp(-(((a - 1.35) / 0.55) ** 2));
    return 7 + 5 * Math.sin(a * 5.3) ** 2 + 3 * Math.sin(a * 11.7 + 1) + 26 * ahead + 6 * Math.exp(-(((a - 1.05) / 0.12) ** 2));
  };
  hills(b, 132, '#6d8a86', ridge);
  hills(b, 112, '#7f9a7a', (a) => 4 + 3 * Math.sin(a * 7.1 + 2) ** 2 + 2 * Math.sin(a * 17.3));
}

/** Slow clouds drifting across the whole sky (movers): `uClouds` says how many of them are out. */
export function clouds(b: WorldBuilder, count = 14): void {
  for (let i = 0; i < count; i++) {
    const angle = rand(i, 1) * Math.PI * 2;
    // Far beyond the towers (90–140 m) and high (42–62 m): never in front of a building.
    const dist = 90 + rand(i, 2) * 50;
    const scale = 10 + rand(i, 3) * 10;
    const z = -Math.sin(angle) * dist;
    b.kind(PROP_LIBRARY.cloud, [0, 42 + rand(i, 4) * 20, z], {
      color: '#ffffff', surface: SURFACE.cloud,
      move: [1.2 + rand(i, 5) * 0.8, Math.cos(angle) * dist + 160 + rand(i, 6) * 40, 320, (i + 0.5) / count],
    }, rand(i, 7) * 6, scale);
  }
}

/**
 * A lane of cars (and now and then a bus) crossing the view along x at `z`: `speed` m/s (negative
 * drives toward −x). The road's traffic (uTraffic) says how many of them are out; each keeps its place.
 */
export function traffic(b: WorldBuilder, z: number, speed: number, count: number, salt: number, feature = NEAR): void {
  const colors = ['#c0392b', '#ecf0f1', '#2c3e50', '#7f8c8d', '#f1c40f', '#2e86c1', '#16a085', '#d35400', '#bdc3c7', '#34495e'];
  // 160 m of lane: the cars wrap round 80 m off to the side, far out of a desktop view and in the fog.
  const L = 160;
  for (let i = 0; i < count; i++) {
    const bus = i % 5 === 3;
    const def = bus ? PROP_LIBRARY.bus : PROP_LIBRARY.car;
    // Gates spread over 0..1 so that any share of traffic is spread along the lane.
    const gate = ((i * 0.618 + salt * 0.13) % 1) * 0.96 + 0.04;
    b.kind(def, [0, 0, z], {
      color: bus ? (salt % 2 ? '#27ae60' : '#2e86c1') : colors[(i + salt * 3) % colors.length]!,
      move: [speed * (0.9 + rand(i, salt) * 0.2), (i / count) * L + rand(i, salt + 9) * 6, L, gate],
      feature,
    }, speed > 0 ? Math.PI / 2 : -Math.PI / 2, bus ? 1.4 : 1.35);
  }
}

export interface BuildingSpec {
  x: number;
  z: number;
  w: number;
  d: number;
  floors: number;
  color: string;
  /** Metres a storey. */
  storey?: number;
  /** A glass shopfront with an awning of this colour on its front. */
  shop?: string;
  /** A white balcony band per storey on its front (Korean apartment slabs). */
  balconies?: boolean;
  /** A pitched roof of this colour instead of a flat one. */
  pitched?: string;
  /** Flat-roof colour (turns white with cool roofs; solar panels go on it). */
  roof?: string;
  /** π: the front faces −z (a building behind the student, facing them); otherwise +z. */
  turn?: number;
  feature?: number;
}

/**
 * A building: a lit block with a band of windows per storey on every side, an optional shopfront,
 * balconies, and a roof (flat, which cool roofs whiten and solar roofs cover, or pitched). Shades the
 * ground around its foot.
 */
export function building(b: WorldBuilder, s: BuildingSpec): void {
  const storey = s.storey ?? 3;
  const h = s.floors * storey;
  const feature = s.feature ?? nearIf(s.x, s.z);
  b.block(s.w, h, s.d, [s.x, 0, s.z], { color: s.color, surface: SURFACE.wall, feature });
  const glass = { color: '#4d6680', surface: SURFACE.window, feature } as const;
  const dark = { color: '#2f3b48', feature } as const;
  // The front (toward the student: +z, or −z for a building turned round) has a window per 2.6 m of
  // each storey, some lit at night and some not; the sides a dark band per storey.
  const front = Math.abs(s.turn ?? 0) > 1.5 ? -1 : 1;
  const fz = s.z + front * (s.d / 2 + 0.03);
  // Apartment slabs: one band of balcony windows a storey, lit or not as a whole (they stand far off).
  const across = s.balconies ? 1 : Math.max(1, Math.round(s.w / 2.6));
  const seed = Math.round(s.x * 7 + s.z * 13);
  for (let f = s.shop ? 1 : 0; f < s.floors; f++) {
    const y = f * storey + storey * 0.4;
    const hh = storey * 0.38;
    const ww = (s.w * 0.9) / across;
    for (let k = 0; k < across; k++) {
      const lit = rand(seed + f * 31 + k, 51) < 0.65;
      b.box(ww * (s.balconies ? 0.96 : 0.62), hh, 0.08, [s.x - s.w * 0.45 + (k + 0.5) * ww, y, fz], lit ? glass : dark);
    }
    if (!s.balconies) b.box(0.06 + s.w, hh * 0.8, s.d * 0.7, [s.x, y + hh * 0.1, s.z], dark);
    if (s.balconies) b.box(s.w * 0.96, 0.18, 0.5, [s.x, f * storey + 0.05, s.z + front * (s.d / 2 + 0.25)], { color: '#e9e6df', feature });
  }
  if (s.shop) {
    b.box(s.w * 0.9, storey * 0.7, 0.08, [s.x, 0.05, s.z + front * (s.d / 2)], glass);
    b.box(s.w * 0.94, 0.12, 1.1, [s.x, storey * 0.78, s.z + front * (s.d / 2 + 0.5)], { color: s.shop, feature });
    // The shop's sign board, lit from evening.
    b.box(s.w * 0.6, 0.5, 0.1, [s.x, storey * 0.86, s.z + front * (s.d / 2 + 0.02)], { color: s.shop, surface: SURFACE.lamp, feature });
  }
  if (s.pitched) {
    const g = new BufferGeometry();
    const x0 = s.x - s.w / 2 - 0.3, x1 = s.x + s.w / 2 + 0.3, z0 = s.z - s.d / 2 - 0.3, z1 = s.z + s.d / 2 + 0.3, rise = Math.min(2.4, s.d * 0.35);
    const v = [
      x0, h, z1, x1, h, z1, x1, h + rise, s.z, x0, h, z1, x1, h + rise, s.z, x0, h + rise, s.z,
      x1, h, z0, x0, h, z0, x0, h + rise, s.z, x1, h, z0, x0, h + rise, s.z, x1, h + rise, s.z,
      x0, h, z0, x0, h, z1, x0, h + rise, s.z, x1, h, z1, x1, h, z0, x1, h + rise, s.z,
    ];
    g.setAttribute('position', new BufferAttribute(new Float32Array(v), 3));
    b.add(g, null, { color: s.pitched, surface: SURFACE.roof, feature });
  } else {
    b.box(s.w + 0.2, 0.25, s.d + 0.2, [s.x, h, s.z], { color: s.roof ?? '#55585c', surface: SURFACE.roof, feature });
    solarRoof(b, s.x, h + 0.25, s.z, s.w, s.d, feature);
  }
}

/** Rows of solar panels on a flat roof, only with "solar-roofs" built. */
export function solarRoof(b: WorldBuilder, x: number, y: number, z: number, w: number, d: number, feature: number): void {
  const rows = Math.max(1, Math.floor((d - 1) / 1.6));
  for (let r = 0; r < rows; r++) {
    b.box(w - 1, 0.06, 1.1, [x, y + 0.35, z - d / 2 + 1 + r * 1.6], { color: '#1d3b6e', surface: SURFACE.window, feature: feature | needs('solar-roofs') });
  }
}

/** A street lamp: its head lights up from evening. */
export function lamp(b: WorldBuilder, at: V3, turn = 0, feature?: number): void {
  b.kind(PROP_LIBRARY.lamp, at, { color: '#3b4148', feature: feature ?? nearIf(at[0], at[2]) }, turn, 1.4);
}
