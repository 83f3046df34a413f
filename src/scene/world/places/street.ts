import { PROP_LIBRARY } from '../../props/library/index.ts';
import { WorldBuilder } from '../builder.ts';
import { NEAR, needs, SURFACE } from '../surfaces.ts';
import { building, clouds, finish, groundDisc, gwangjuHills, lamp, type PlaceBuild, rand, traffic, type TreeSpot } from './common.ts';

/** The road's edges (z): the student stands on the near pavement, 4.5 m from the kerb. */
export const ROAD = { near: -4.5, far: -8.5 } as const;

/** A road along x with a yellow centre line (Korean roads), kerbs, a crosswalk and, with "bike-lanes", a green lane. */
export function road(b: WorldBuilder, near: number, far: number, opts: { crosswalk?: number; bikeLane?: boolean } = {}): void {
  const mid = (near + far) / 2;
  b.ground(-140, far, 140, near, 0.012, { color: '#55585e', surface: SURFACE.asphalt });
  b.ground(-140, mid - 0.17, 140, mid - 0.07, 0.02, { color: '#e0b93a', surface: SURFACE.paint });
  b.ground(-140, mid + 0.07, 140, mid + 0.17, 0.02, { color: '#e0b93a', surface: SURFACE.paint });
  for (const z of [near, far]) b.box(280, 0.13, 0.22, [0, 0, z], { color: '#b8b4aa', surface: SURFACE.concrete });
  if (opts.crosswalk !== undefined) {
    for (let z = far + 0.35; z < near - 0.3; z += 0.9) b.ground(opts.crosswalk - 2, z, opts.crosswalk + 2, z + 0.45, 0.024, { color: '#e8e8e4', surface: SURFACE.paint });
  }
  if (opts.bikeLane) {
    b.ground(-140, near - 1.5, 140, near - 0.15, 0.022, { color: '#3f8f5a', surface: SURFACE.paint, feature: needs('bike-lanes') });
    // Cyclists ride it only when it is there: movers that need the feature, not traffic.
    for (let i = 0; i < 6; i++) {
      b.kind(PROP_LIBRARY.bicycle, [0, 0, near - 0.8], { color: ['#1f8a4c', '#c0392b', '#2e86c1'][i % 3]!, move: [4 + rand(i, 3), i * 40, 240, 0], feature: needs('bike-lanes') | NEAR }, Math.PI / 2, 1.1);
      b.kind(PROP_LIBRARY.person, [0, 0.35, near - 0.8], { color: ['#e67e22', '#8e44ad', '#16a085'][i % 3]!, move: [4 + rand(i, 3), i * 40, 240, 0], feature: needs('bike-lanes') | NEAR }, 0, 0.9);
    }
  }
}

/** A Gwangju street in the morning: a two-lane road, shops under flats, apartment towers, Mudeungsan. */
export function street(): PlaceBuild {
  const b = new WorldBuilder();
  groundDisc(b, { color: '#b7b2a8', surface: SURFACE.paving });
  road(b, ROAD.near, ROAD.far, { crosswalk: 4, bikeLane: true });
  traffic(b, -5.6, 7, 16, 1);
  traffic(b, -7.4, -7, 16, 2);
  // Far side: a wide pavement, then shops with flats above, along the whole road.
  b.ground(-140, -19, 140, -8.5, 0.006, { color: '#c2bcb0', surface: SURFACE.paving });
  const shops = ['#d35400', '#2e86c1', '#27ae60', '#c0392b', '#8e44ad', '#f39c12'];
  for (let i = -7; i <= 7; i++) {
    const w = 7 + rand(i, 1) * 3;
    building(b, { x: i * 10.5 + rand(i, 2) * 2, z: -23 - rand(i, 3) * 2, w, d: 8, floors: 2 + Math.floor(rand(i, 4) * 3), color: ['#c9bfae', '#b5aa9a', '#d8d0c2', '#a99f95'][(i + 7) % 4]!, shop: shops[(i + 7) % shops.length]!, roof: '#5d6166' });
  }
  // Apartment towers beyond, and the student's own complex behind.
  for (let i = -4; i <= 4; i++) {
    building(b, { x: i * 26 + rand(i, 5) * 6, z: -62 - rand(i, 6) * 14, w: 22, d: 10, floors: 14 + Math.floor(rand(i, 7) * 8), storey: 2.8, color: '#e4e0d8', balconies: true, roof: '#6d7278' });
  }
  for (let i = -2; i <= 2; i++) {
    building(b, { x: i * 24, z: 26 + Math.abs(i) * 4, w: 20, d: 10, floors: 12, storey: 2.8, color: '#ece7dc', balconies: true, turn: Math.PI, roof: '#6d7278' });
  }
  // The complex's low wall and hedge behind the student.
  b.box(60, 1.1, 0.3, [0, 0, 7], { color: '#b9a48a', surface: SURFACE.wall, ao: 0.75 });
  b.box(60, 0.9, 0.8, [0, 1.1, 7.2], { color: '#4f7d45' });
  // A bus stop on the near pavement, to the left.
  b.box(3.2, 0.08, 1.4, [-6.5, 2.4, -3.4], { color: '#2e86c1', feature: NEAR });
  b.box(3.2, 1.9, 0.05, [-6.5, 0.4, -2.75], { color: '#a9c6d8', surface: SURFACE.window, feature: NEAR });
  for (const x of [-8, -5]) b.box(0.08, 2.4, 0.08, [x, 0, -2.8], { color: '#3b4148', feature: NEAR });
  b.kind(PROP_LIBRARY.bench, [-6.5, 0, -3.1], { color: '#8e6b45', feature: NEAR }, 0);
  b.kind(PROP_LIBRARY.sign, [-4.6, 0, -3.9], { color: '#2e86c1', feature: NEAR });
  for (const x of [-22, -8, 8, 22]) lamp(b, [x, 0, -4.1], Math.PI);
  for (const x of [-29, -15, 1, 15, 29]) lamp(b, [x, 0, -9], 0);
  // People waiting and walking by (still).
  b.kind(PROP_LIBRARY.person, [-7.2, 0, -3.6], { color: '#e67e22', feature: NEAR }, 0.3);
  b.kind(PROP_LIBRARY.person, [-5.8, 0, -3.8], { color: '#16a085', feature: NEAR }, -0.4);
  b.kind(PROP_LIBRARY.person, [9, 0, -10], { color: '#8e44ad' }, 2.5);
  gwangjuHills(b);
  clouds(b);
  const trees: Omit<TreeSpot, 'near'>[] = [];
  for (const x of [-18, -12, 12, 18, 26, -26]) trees.push({ x, z: -3.9, scale: 1.2, planted: false });
  for (const x of [-20, -10, 10, 20]) trees.push({ x, z: -10, scale: 1.3, planted: false });
  for (const x of [-30, -14, -6, 6, 14, 30]) trees.push({ x, z: -17.5, scale: 1.5, planted: false });
  for (const x of [-5, 5]) trees.push({ x, z: -3.9, scale: 1.1, planted: true });
  for (const x of [-36, -24, 24, 36]) trees.push({ x, z: 5, scale: 1.5, planted: false });
  return finish(b, { trees, traffic: 0.4, indoor: false });
}
