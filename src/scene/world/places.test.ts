import { describe, expect, test } from 'vitest';
import { INDOOR_PLACES, PLACES } from '../../lesson/constants.ts';
import { PLACE_BUILDERS } from './places/index.ts';
import { MAX_TREES, SURFACE } from './surfaces.ts';
import { bakeShade, SHADE_SIZE } from './textures.ts';

describe('places', () => {
  for (const name of PLACES) {
    test(`${name}: one geometry within the triangle budget, every attribute for every vertex, sky, stars, rain and flood outdoors`, () => {
      const p = PLACE_BUILDERS[name]();
      const count = p.geometry.getAttribute('position').count;
      // A step's budget is 100k triangles: the world keeps well under half of it.
      expect(count / 3).toBeLessThan(40_000);
      for (const a of ['normal', 'color', 'surface', 'feature', 'move', 'pivot', 'tree']) expect(p.geometry.getAttribute(a)?.count, a).toBe(count);
      expect(p.trees.length).toBeLessThanOrEqual(MAX_TREES);
      const surfaces = new Set(p.geometry.getAttribute('surface').array);
      // Outdoors the sky, its stars, the rain and the flood water are in the place's one draw.
      for (const s of [SURFACE.sky, SURFACE.star, SURFACE.rain, SURFACE.flood]) expect(surfaces.has(s), `${name} ${s}`).toBe(!INDOOR_PLACES.includes(name));
      // Every tree stands on the ground inside the sky, clear of the student's own spot.
      for (const t of p.trees) expect(Math.hypot(t.x, t.z), `${name} tree at ${t.x}, ${t.z}`).toBeGreaterThan(2.5);
      p.geometry.dispose();
    });
  }
});

test('the shade map: open ground is 1, a building darkens its foot and casts its shadow away from the sun', () => {
  const sun: [number, number, number] = [0, 0.5, Math.sqrt(0.75)]; // behind the student: shadows fall ahead (−z)
  const t = bakeShade([{ x: 0, z: -20, w: 10, d: 10, h: 12 }], sun, 1);
  const data = t.image.data as Uint8Array;
  const at = (x: number, z: number) => data[Math.floor((z + 64) * (SHADE_SIZE / 128)) * SHADE_SIZE + Math.floor((x + 64) * (SHADE_SIZE / 128))]!;
  expect(at(40, 40)).toBe(255);
  expect(at(0, -30)).toBeLessThan(200); // in the shadow, beyond the building
  expect(at(0, -10)).toBeGreaterThan(at(0, -30)); // the sunny side is lighter
  expect(at(6, -20)).toBeLessThan(255); // occlusion at its foot
  t.dispose();
});
