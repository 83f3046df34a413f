import { PROP_LIBRARY } from '../../props/library/index.ts';
import { WorldBuilder } from '../builder.ts';
import { NEAR, needs, SURFACE } from '../surfaces.ts';
import { building, clouds, finish, groundDisc, gwangjuHills, lamp, nearIf, type PlaceBuild, rand, traffic, type TreeSpot } from './common.ts';
import { road } from './street.ts';

/**
 * A hot summer block: asphalt everywhere (a car park round the student, a road ahead), low houses
 * with dark pitched roofs and flat concrete blocks with air conditioners; no shade until trees and
 * cool roofs go in.
 */
export function hotBlock(): PlaceBuild {
  const b = new WorldBuilder();
  groundDisc(b, { color: '#4a4c50', surface: SURFACE.asphalt });
  road(b, -4, -7.6, { crosswalk: -5, bikeLane: true });
  traffic(b, -4.9, 7, 16, 5);
  traffic(b, -6.7, -7, 16, 6);
  // Car-park bays round the student: white lines, parked cars baking in the sun.
  for (let x = -19; x <= 19; x += 2.6) {
    if (Math.abs(x) < 3) continue;
    b.ground(x - 0.06, 1.5, x + 0.06, 6.5, 0.015, { color: '#d8d8d2', surface: SURFACE.paint });
  }
  const parked = ['#c0392b', '#ecf0f1', '#7f8c8d', '#2c3e50', '#f1c40f', '#bdc3c7'];
  for (let i = 0; i < 10; i++) {
    const x = (i < 5 ? -17.7 : 4.3) + (i % 5) * 2.6;
    if (rand(i, 2) < 0.25) continue;
    b.kind(PROP_LIBRARY.car, [x, 0, 4.1], { color: parked[i % parked.length]! }, 0, 1.3);
  }
  // Far side: a pavement, then low houses with dark roofs and flat-roofed blocks, air conditioners
  // on their fronts (the heat they pump out shows in a heatwave).
  b.ground(-140, -12, 140, -7.6, 0.006, { color: '#9d978c', surface: SURFACE.concrete });
  const walls = ['#cdbfa8', '#b7ab98', '#d9cdb6', '#a89c8a'];
  for (let i = -6; i <= 6; i++) {
    const low = i % 2 === 0;
    const z = -17 - rand(i, 1) * 2;
    const floors = low ? 2 : 3 + Math.floor(rand(i, 3) * 2);
    building(b, {
      x: i * 10, z, w: 8.5, d: 8, floors, storey: 3, color: walls[(i + 6) % 4]!,
      ...(low ? { pitched: '#3b4550' } : { roof: '#4d4f52' }), ...(i % 3 === 0 ? { shop: '#d35400' } : {}),
    });
    for (let f = 1; f < floors; f++) b.box(0.85, 0.6, 0.35, [i * 10 + (f % 2 ? 2.4 : -2.4), f * 3 + 0.2, z + 4.2], { color: '#e3e6e8', surface: SURFACE.wall, feature: nearIf(i * 10, z + 4) });
  }
  // Behind: a row of low shops under one long roof that turns white with cool roofs.
  for (let i = -3; i <= 3; i++) building(b, { x: i * 12, z: 15, w: 11, d: 7, floors: 1, storey: 3.6, color: '#c7bca9', turn: Math.PI, pitched: '#394450' });
  for (let i = -4; i <= 4; i++) {
    building(b, { x: i * 27 + rand(i, 4) * 6, z: -60 - rand(i, 5) * 15, w: 22, d: 10, floors: 14 + Math.floor(rand(i, 6) * 8), storey: 2.8, color: '#e0dbd0', balconies: true, roof: '#6d7278' });
  }
  // Planters along the pavement: earth only, until trees are planted.
  for (const x of [-13, -7, 7, 13]) b.box(1.6, 0.45, 1.6, [x, 0, -3.1], { color: '#8a7f72', surface: SURFACE.concrete, feature: NEAR });
  // A shade canopy over the car park's walkway, only with trees (a green pergola).
  b.box(10, 0.15, 2.4, [0, 2.8, 2.2], { color: '#4f8f48', feature: needs('trees') });
  for (const x of [-4.8, 4.8]) b.box(0.12, 2.8, 0.12, [x, 0, 2.2], { color: '#6b4a2b', feature: needs('trees') });
  for (const x of [-24, -12, 12, 24]) lamp(b, [x, 0, -3.4], Math.PI);
  b.kind(PROP_LIBRARY.person, [5.5, 0, -9.5], { color: '#c0392b', feature: NEAR }, -2.6);
  gwangjuHills(b);
  clouds(b, 10);
  const trees: Omit<TreeSpot, 'near'>[] = [];
  for (const x of [-13, -7, 7, 13]) trees.push({ x, z: -3.1, scale: 1.3, planted: true });
  for (const x of [-24, -18, 18, 24]) trees.push({ x, z: 8.5, scale: 1.4, planted: true });
  for (const x of [-10, -4.5, 4.5, 10]) trees.push({ x, z: -9.5, scale: 1.4, planted: true });
  for (const x of [-40, 40]) trees.push({ x, z: -10, scale: 1.3, planted: false });
  return finish(b, { trees, traffic: 0.45, indoor: false });
}
