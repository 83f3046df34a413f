import { DataTexture, LinearFilter, LinearMipmapLinearFilter, RedFormat, RepeatWrapping, RGBAFormat, UnsignedByteType } from 'three';
import type { Occluder } from './builder.ts';

/** A repeatable scatter in [0, 1) for integer cell (x, y). */
function hash(x: number, y: number, salt: number): number {
  const v = Math.sin(x * 127.1 + y * 311.7 + salt * 74.7) * 43758.5453;
  return v - Math.floor(v);
}

/** Smooth value noise that tiles every `period` cells. */
function noise(x: number, y: number, period: number, salt: number): number {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const fx = x - x0;
  const fy = y - y0;
  const sx = fx * fx * (3 - 2 * fx);
  const sy = fy * fy * (3 - 2 * fy);
  const h = (i: number, j: number) => hash(((i % period) + period) % period, ((j % period) + period) % period, salt);
  const a = h(x0, y0) + (h(x0 + 1, y0) - h(x0, y0)) * sx;
  const b = h(x0, y0 + 1) + (h(x0 + 1, y0 + 1) - h(x0, y0 + 1)) * sx;
  return a + (b - a) * sy;
}

export const DETAIL_SIZE = 256;

/**
 * The ground's detail, made here at load (nothing downloaded): one 256² texture repeating every 4 m,
 * a surface per channel, each a brightness around 0.5: R asphalt (fine grit and patches), G grass
 * (blades and clumps), B paving (0.5 m slabs with joints), A concrete (2 m slabs, stains).
 */
export function detailTexture(): DataTexture {
  const n = DETAIL_SIZE;
  const data = new Uint8Array(n * n * 4);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const u = x / n;
      const v = y / n;
      const grit = hash(x, y, 1);
      const asphalt = 0.35 + 0.25 * noise(u * 8, v * 8, 8, 2) + 0.25 * grit + 0.15 * noise(u * 32, v * 32, 32, 3);
      const blade = hash(x >> 1, y, 4);
      const grass = 0.25 + 0.35 * noise(u * 6, v * 6, 6, 5) + 0.3 * blade + 0.1 * noise(u * 24, v * 24, 24, 6);
      // 8 slabs across the 4 m tile: joints 2 px wide, each slab its own shade.
      const sx = Math.floor(u * 8);
      const sy = Math.floor(v * 8);
      const joint = x % (n / 8) < 2 || y % (n / 8) < 2;
      const paving = joint ? 0.12 : 0.45 + 0.2 * hash(sx, sy, 7) + 0.15 * grit;
      const cjoint = x % (n / 2) < 1 || y % (n / 2) < 1;
      const concrete = cjoint ? 0.2 : 0.42 + 0.3 * noise(u * 5, v * 5, 5, 8) + 0.12 * grit;
      const i = (y * n + x) * 4;
      data[i] = Math.round(255 * Math.min(1, asphalt));
      data[i + 1] = Math.round(255 * Math.min(1, grass));
      data[i + 2] = Math.round(255 * Math.min(1, paving));
      data[i + 3] = Math.round(255 * Math.min(1, concrete));
    }
  }
  const t = new DataTexture(data, n, n, RGBAFormat, UnsignedByteType);
  t.wrapS = t.wrapT = RepeatWrapping;
  t.magFilter = LinearFilter;
  t.minFilter = LinearMipmapLinearFilter;
  t.generateMipmaps = true;
  t.anisotropy = 4;
  t.needsUpdate = true;
  return t;
}

export const SHADE_SIZE = 128;
/** The shaded square around the student, metres a side: buildings further off are in the fog. */
export const SHADE_SPAN = 128;

/** Box blur of a square grid, in place, radius r texels (once across, once down). */
function blur(src: Float32Array, n: number, r: number): void {
  const tmp = new Float32Array(n * n);
  for (let pass = 0; pass < 2; pass++) {
    const from = pass === 0 ? src : tmp;
    const to = pass === 0 ? tmp : src;
    for (let y = 0; y < n; y++) {
      for (let x = 0; x < n; x++) {
        let sum = 0;
        for (let k = -r; k <= r; k++) {
          const xx = pass === 0 ? Math.min(n - 1, Math.max(0, x + k)) : x;
          const yy = pass === 0 ? y : Math.min(n - 1, Math.max(0, y + k));
          sum += from[yy * n + xx]!;
        }
        to[y * n + x] = sum / (2 * r + 1);
      }
    }
  }
}

/**
 * Ambient occlusion and sun shadows on the ground, baked on the CPU once per place and time of day:
 * the ground darkens near each building's foot, and each casts a soft shadow away from the sun, as
 * long as its height makes at this sun's height. 1 = open ground; the edges stay 1.
 */
export function bakeShade(occluders: readonly Occluder[], sun: readonly [number, number, number], sunStrength: number, out?: DataTexture): DataTexture {
  const n = SHADE_SIZE;
  const k = n / SHADE_SPAN; // texels per metre
  const foot = new Float32Array(n * n);
  const shadow = new Float32Array(n * n);
  const fill = (grid: Float32Array, x0: number, z0: number, x1: number, z1: number) => {
    const a = Math.max(1, Math.floor((x0 + SHADE_SPAN / 2) * k));
    const b = Math.min(n - 2, Math.ceil((x1 + SHADE_SPAN / 2) * k));
    const c = Math.max(1, Math.floor((z0 + SHADE_SPAN / 2) * k));
    const d = Math.min(n - 2, Math.ceil((z1 + SHADE_SPAN / 2) * k));
    for (let z = c; z < d; z++) for (let x = a; x < b; x++) grid[z * n + x] = 1;
  };
  // Shadows reach no further than 3 building heights (a low sun), stepping 0.5 m at a time.
  const elevation = Math.max(0.12, sun[1]);
  const reach = Math.min(3, Math.hypot(sun[0], sun[2]) / elevation);
  const dx = sun[0] === 0 && sun[2] === 0 ? 0 : -sun[0] / Math.hypot(sun[0], sun[2]);
  const dz = sun[0] === 0 && sun[2] === 0 ? 0 : -sun[2] / Math.hypot(sun[0], sun[2]);
  for (const o of occluders) {
    fill(foot, o.x - o.w / 2, o.z - o.d / 2, o.x + o.w / 2, o.z + o.d / 2);
    const length = o.h * reach;
    for (let t = 0; t <= length; t += 0.5) {
      fill(shadow, o.x - o.w / 2 + dx * t, o.z - o.d / 2 + dz * t, o.x + o.w / 2 + dx * t, o.z + o.d / 2 + dz * t);
    }
  }
  blur(foot, n, 2);
  blur(shadow, n, 1);
  const data = new Uint8Array(n * n);
  const dark = Math.min(0.5, 0.5 * sunStrength);
  for (let i = 0; i < n * n; i++) {
    const x = i % n;
    const z = Math.floor(i / n);
    const edge = x === 0 || z === 0 || x === n - 1 || z === n - 1;
    const v = edge ? 1 : (1 - 0.45 * foot[i]!) * (1 - dark * shadow[i]!);
    data[i] = Math.round(255 * v);
  }
  const t = out ?? new DataTexture(data, n, n, RedFormat, UnsignedByteType);
  if (out) (out.image.data as Uint8Array).set(data);
  t.magFilter = LinearFilter;
  t.minFilter = LinearFilter;
  t.needsUpdate = true;
  return t;
}
