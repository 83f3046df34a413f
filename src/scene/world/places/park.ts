import { PROP_LIBRARY } from '../../props/library/index.ts';
import { WorldBuilder } from '../builder.ts';
import { NEAR, SURFACE } from '../surfaces.ts';
import { clouds, finish, groundDisc, gwangjuHills, lamp, type PlaceBuild, rand, type TreeSpot } from './common.ts';

/** A park: lawns, a gravel path ahead, a pond, benches and trees, hills all round. */
export function park(): PlaceBuild {
  const b = new WorldBuilder();
  groundDisc(b, { color: '#6fa05a', surface: SURFACE.grass });
  b.ground(-1.4, -60, 1.4, 3, 0.012, { color: '#c9b99a', surface: SURFACE.concrete });
  b.ground(-60, -13.4, 60, -11, 0.014, { color: '#c9b99a', surface: SURFACE.concrete });
  b.disc(14, -24, 7, 0.03, { color: '#4a8fb0', surface: SURFACE.water, move: [0.05, 0.08, 0, 0] }, 32);
  for (const [x, z] of [[-4, -10], [4, -14.5]] as const) b.kind(PROP_LIBRARY.bench, [x, 0, z], { color: '#8e6b45', feature: NEAR }, z < -12 ? Math.PI : 0);
  for (const x of [-3, 3]) lamp(b, [x, 0, -20], x < 0 ? -Math.PI / 2 : Math.PI / 2, 0);
  for (let i = 0; i < 14; i++) b.kind(PROP_LIBRARY.bush, [(rand(i, 1) - 0.5) * 70, 0, -20 - rand(i, 2) * 40], { color: '#4f9a48' }, 0, 1.5);
  gwangjuHills(b);
  clouds(b);
  const trees: Omit<TreeSpot, 'near'>[] = [];
  for (let i = 0; i < 26; i++) {
    const a = rand(i, 3) * Math.PI * 2;
    const r = 18 + rand(i, 4) * 40;
    const x = Math.cos(a) * r;
    const z = -Math.sin(a) * r;
    trees.push({ x, z, scale: 1.3 + rand(i, 5) * 0.8, planted: false });
  }
  for (const x of [-7, 7]) trees.push({ x, z: -6, scale: 1.2, planted: true });
  return finish(b, { trees, traffic: 0, indoor: false });
}
