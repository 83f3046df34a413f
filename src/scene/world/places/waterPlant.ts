import { PROP_LIBRARY } from '../../props/library/index.ts';
import { WorldBuilder } from '../builder.ts';
import { NEAR, SURFACE } from '../surfaces.ts';
import { building, clouds, finish, groundDisc, gwangjuHills, lamp, type PlaceBuild, type TreeSpot } from './common.ts';

const CONCRETE = '#b9b6ae';
const RAIL = '#e8c547';

/**
 * An open rectangular basin: low walls (0.45 m, so a standing student looks down onto the water),
 * the water 0.1 m below their top.
 */
function basin(b: WorldBuilder, x: number, z: number, w: number, d: number, water: string, flow: readonly [number, number], aerated: boolean, feature = 0): void {
  const wall = 0.45;
  for (const [bx, bz, bw, bd] of [[x, z - d / 2, w + 0.5, 0.25], [x, z + d / 2, w + 0.5, 0.25], [x - w / 2, z, 0.25, d], [x + w / 2, z, 0.25, d]] as const) {
    b.box(bw, wall, bd, [bx, 0, bz], { color: CONCRETE, surface: SURFACE.concrete, feature, ao: 0.75 });
  }
  b.ground(x - w / 2, z - d / 2, x + w / 2, z + d / 2, wall - 0.1, { color: water, surface: SURFACE.water, move: [flow[0], flow[1], 0, aerated ? 1 : 0], feature });
}

/** A round clarifier: a low wall, clear water turning slowly, a bridge that sweeps round. */
function clarifier(b: WorldBuilder, x: number, z: number, r: number): void {
  b.cylinder(r + 0.3, 1.0, [x, 0, z], { color: CONCRETE, surface: SURFACE.concrete, ao: 0.8 }, { segments: 32, open: true });
  b.disc(x, z, r, 0.8, { color: '#4f8c8f', surface: SURFACE.water, move: [0.15, -0.1, 0, 0] }, 32);
  b.cylinder(1.2, 1.6, [x, 0, z], { color: CONCRETE, surface: SURFACE.concrete }, { segments: 16 });
  // The scraper bridge turns about the centre, once every few minutes.
  b.box(r * 2, 0.35, 0.9, [x, 1.5, z], { color: '#7f8c8d', pivot: [x, 0, z, -0.03] });
  b.box(r * 2, 0.6, 0.05, [x, 1.85, z + 0.42], { color: RAIL, pivot: [x, 0, z, -0.03] });
}

/**
 * Gwangju's wastewater plant by the Yeongsan river: the student stands on a walkway over a channel of
 * flowing water, before two long aeration basins that bubble; clarifiers, the digesters and the river
 * beyond, Mudeungsan behind.
 */
export function waterPlant(): PlaceBuild {
  const b = new WorldBuilder();
  groundDisc(b, { color: '#a8a69e', surface: SURFACE.concrete });
  // The channel at the walkway's edge: water flowing to the right, a low rail beyond it.
  b.ground(-40, -3.3, 40, -2.3, 0.05, { color: '#6a7d66', surface: SURFACE.water, move: [0.8, 0, 0, 0], feature: NEAR });
  for (const z of [-2.25, -3.35]) b.box(80, 0.12, 0.12, [0, 0, z], { color: CONCRETE, surface: SURFACE.concrete, feature: NEAR });
  b.box(80, 0.05, 0.05, [0, 0.85, -3.5], { color: RAIL, feature: NEAR });
  for (let x = -37.5; x <= 38; x += 5) b.box(0.05, 0.85, 0.05, [x, 0, -3.5], { color: RAIL, feature: NEAR });
  // Two aeration basins, brown with mixed liquor, bubbling all over.
  basin(b, 0, -7, 30, 6, '#6e6a4a', [0.25, 0], true, NEAR);
  basin(b, 0, -13.5, 30, 6, '#6a6a48', [-0.25, 0], true, NEAR);
  basin(b, 40, -10, 30, 10, '#6e6a4a', [0.25, 0], true);
  basin(b, -40, -10, 30, 10, '#6e6a4a', [-0.25, 0], true);
  // Air pipes along the basins.
  b.box(30, 0.2, 0.2, [0, 0.45, -10.25], { color: '#2e86c1', feature: NEAR });
  clarifier(b, -20, -30, 9);
  clarifier(b, 20, -32, 9);
  // Digesters: tall egg-shaped tanks, and the operations building.
  for (const x of [42, 54]) {
    b.cylinder(5, 14, [x, 0, -48], { color: '#c9c4b8', surface: SURFACE.wall, ao: 0.7 }, { segments: 16 });
    b.cylinder(5, 4, [x, 14, -48], { color: '#c9c4b8', surface: SURFACE.wall }, { segments: 16, top: 1.2 });
    b.occluders.push({ x, z: -48, w: 10, d: 10, h: 18 });
  }
  building(b, { x: -45, z: -45, w: 24, d: 12, floors: 3, color: '#dcd6c8', roof: '#5d6166' });
  building(b, { x: 0, z: 22, w: 30, d: 12, floors: 2, storey: 4, color: '#cfc9bb', turn: Math.PI, roof: '#5d6166' });
  // The Yeongsan river beyond the plant, flowing left; reeds on its far bank.
  b.ground(-140, -92, 140, -70, 0.03, { color: '#4a7d8f', surface: SURFACE.water, move: [-0.5, 0.05, 0, 0] });
  b.ground(-140, -98, 140, -92, 0.02, { color: '#7d8f4a', surface: SURFACE.grass });
  b.ground(-140, -70, 140, -64, 0.02, { color: '#8a9a5a', surface: SURFACE.grass });
  for (const x of [-30, -14, 14, 30]) lamp(b, [x, 0, -1.8], Math.PI);
  b.kind(PROP_LIBRARY.person, [6, 0, -1.5], { color: '#f39c12', feature: NEAR }, -0.6);
  gwangjuHills(b);
  clouds(b);
  const trees: Omit<TreeSpot, 'near'>[] = [];
  for (const x of [-60, -48, -36, 36, 48, 60]) trees.push({ x, z: -66, scale: 1.8, planted: false });
  for (const x of [-28, -20, 20, 28]) trees.push({ x, z: 6, scale: 1.4, planted: false });
  for (const x of [-9, 9]) trees.push({ x, z: 3, scale: 1.2, planted: true });
  return finish(b, { trees, traffic: 0, indoor: false });
}
