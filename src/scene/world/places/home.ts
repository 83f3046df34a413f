import { PROP_LIBRARY } from '../../props/library/index.ts';
import { WorldBuilder } from '../builder.ts';
import { NEAR, SURFACE } from '../surfaces.ts';
import { building, clouds, finish, groundDisc, gwangjuHills, lamp, nearIf, type PlaceBuild, rand, traffic, type TreeSpot } from './common.ts';

/**
 * Home: a lane of Gwangju villas (four-storey brick houses with flats) and a corner shop, the
 * student's own house straight ahead, apartment towers and Mudeungsan beyond. Evening suits it.
 */
export function home(): PlaceBuild {
  const b = new WorldBuilder();
  groundDisc(b, { color: '#a9a397', surface: SURFACE.paving });
  // The lane: concrete, no centre line, a gutter each side.
  b.ground(-140, -8, 140, -4, 0.012, { color: '#8f8c86', surface: SURFACE.concrete });
  for (const z of [-4.05, -7.95]) b.ground(-140, z - 0.1, 140, z + 0.1, 0.018, { color: '#6b6a66', surface: SURFACE.paint });
  traffic(b, -5.2, 5, 6, 3);
  traffic(b, -6.8, -5, 6, 4);
  const bricks = ['#a0523d', '#b8876a', '#c9b79c', '#8d5a4a', '#d4c4a8'];
  // A gap straight ahead: a parking lot between the villas, and the towers and Mudeungsan beyond it.
  for (let i = -6; i <= 6; i++) {
    if (i === 0 || i === 2) continue;
    building(b, { x: i * 11, z: -14 - rand(i, 1) * 1.5, w: 9.5, d: 9, floors: 3 + Math.floor(rand(i, 2) * 2), storey: 2.9, color: bricks[(i + 6) % bricks.length]!, roof: '#6b5f55', balconies: i % 2 === 0 });
  }
  // The corner shop, lit all evening.
  building(b, { x: 22, z: -13.5, w: 9, d: 8, floors: 2, color: '#e8e4da', shop: '#27ae60', roof: '#5d6166' });
  // Houses behind the student, and low garden walls along the lane.
  for (let i = -4; i <= 4; i++) building(b, { x: i * 12, z: 12, w: 10, d: 9, floors: 3, storey: 2.9, color: bricks[(i + 8) % bricks.length]!, pitched: '#5a6470', turn: Math.PI });
  for (let i = -6; i <= 6; i++) b.box(9, 1.2, 0.25, [i * 11, 0, -9.3], { color: '#9c8f7e', surface: SURFACE.wall, feature: nearIf(i * 11, -9.3), ao: 0.75 });
  // Outdoor air-conditioner units on the walls (they glow in the heat).
  for (let i = -5; i <= 5; i++) b.box(0.8, 0.6, 0.35, [i * 11 + 2.5, 3.2 + (i % 2) * 2.9, -9.3], { color: '#dfe3e6', surface: SURFACE.wall, feature: nearIf(i * 11, -9.5) });
  for (const x of [-18, -6, 6, 18]) lamp(b, [x, 0, -8.4], 0);
  for (const x of [-12, 12]) lamp(b, [x, 0, -3.6], Math.PI);
  // Parked cars and bicycles by the walls.
  b.kind(PROP_LIBRARY.car, [-9, 0, -3.3], { color: '#5d6d7e', feature: NEAR }, Math.PI / 2);
  b.kind(PROP_LIBRARY.car, [14, 0, -3.3], { color: '#ecf0f1', feature: NEAR }, Math.PI / 2);
  b.kind(PROP_LIBRARY.bicycle, [5, 0, -8.8], { color: '#1f8a4c', feature: NEAR }, Math.PI / 2);
  for (let i = -4; i <= 4; i++) {
    building(b, { x: i * 28 + rand(i, 3) * 8, z: -58 - rand(i, 4) * 16, w: 22, d: 10, floors: 15 + Math.floor(rand(i, 5) * 6), storey: 2.8, color: '#e2ded6', balconies: true, roof: '#6d7278' });
  }
  gwangjuHills(b);
  clouds(b);
  const trees: Omit<TreeSpot, 'near'>[] = [];
  for (const x of [-26, -16, 16, 28]) trees.push({ x, z: -10.2, scale: 1.2, planted: false });
  for (const x of [-7, 8]) trees.push({ x, z: -10.2, scale: 1.1, planted: true });
  for (const x of [-30, -14, 14, 30]) trees.push({ x, z: 6, scale: 1.3, planted: false });
  return finish(b, { trees, traffic: 0.3, indoor: false });
}
