import { PROP_LIBRARY } from '../../props/library/index.ts';
import { WorldBuilder } from '../builder.ts';
import { NEAR, needs, SURFACE } from '../surfaces.ts';
import { building, clouds, finish, groundDisc, gwangjuHills, lamp, type PlaceBuild, rand, traffic, type TreeSpot } from './common.ts';
import { road } from './street.ts';

/** A wind turbine on the far hills, its blades turning (only with "wind-turbines" built). */
function turbine(b: WorldBuilder, x: number, z: number, base: number, scale: number): void {
  const feature = needs('wind-turbines');
  const hub = base + 6.05 * scale;
  b.cylinder(0.18 * scale, 6 * scale, [x, base, z], { color: '#f2f4f5', feature }, { top: 0.09 * scale, segments: 8 });
  b.box(0.3 * scale, 0.3 * scale, 0.7 * scale, [x, hub - 0.15 * scale, z], { color: '#f2f4f5', feature });
  for (let i = 0; i < 3; i++) {
    const a = (i * 2 * Math.PI) / 3;
    b.box(0.16 * scale, 2.6 * scale, 0.05 * scale, [x - Math.sin(a) * 1.3 * scale, hub - 1.3 * scale + Math.cos(a) * 1.3 * scale, z + 0.4 * scale], { color: '#f2f4f5', feature, pivot: [x, hub, z, 0.6 + rand(x, 2) * 0.3] });
  }
}

/** Which of a seven-segment digit's strokes (a top, b top right, c bottom right, d bottom, e bottom left, f top left, g middle) draw it. */
const DIGITS: Record<string, string> = { '0': 'abcdef', '2': 'abged', '4': 'fgbc', '5': 'afgcd' };

/**
 * "2045", Gwangju's carbon-neutral year, as a landmark over the square: 3 m seven-segment digits on
 * the old provincial office's roof (its top at `base`), above every panel in view, lit from evening.
 * Numbers only: it reads the same in Korean and English.
 */
function goal2045(b: WorldBuilder, x: number, z: number, base: number): void {
  const H = 3, W = 1.7, T = 0.32, gap = 0.6;
  b.box(4 * W + 3 * gap + 1, 0.4, 0.6, [x, base, z], { color: '#6a6e72' });
  const paint = { color: '#3fbf7f', surface: SURFACE.lamp } as const;
  [...'2045'].forEach((d, k) => {
    const x0 = -(4 * W + 3 * gap) / 2 + k * (W + gap);
    const segs = DIGITS[d]!;
    const horizontal = (y: number) => b.box(W, T, 0.3, [x + x0 + W / 2, base + 0.4 + y - T / 2, z], paint);
    const vertical = (dx: number, y: number) => b.box(T, H / 2, 0.3, [x + x0 + dx, base + 0.4 + y, z], paint);
    if (segs.includes('a')) horizontal(H);
    if (segs.includes('g')) horizontal(H / 2 + T / 2);
    if (segs.includes('d')) horizontal(T);
    if (segs.includes('f')) vertical(T / 2, H / 2);
    if (segs.includes('b')) vertical(W - T / 2, H / 2);
    if (segs.includes('e')) vertical(T / 2, 0);
    if (segs.includes('c')) vertical(W - T / 2, 0);
  });
}

/**
 * A city square like Gwangju's 5·18 Democracy Square: paving, a round fountain, the old provincial
 * office with its clock tower, a long low cultural centre with a green roof, downtown towers beyond,
 * and the hills where wind turbines, solar roofs, trees and bike lanes appear as Gwangju nears 2045.
 */
export function citySquare(): PlaceBuild {
  const b = new WorldBuilder();
  groundDisc(b, { color: '#c3baa9', surface: SURFACE.paving });
  // The fountain: a low round wall, water in the pool, three jets.
  const fx = 0, fz = -11;
  b.cylinder(4.3, 0.55, [fx, 0, fz], { color: '#d6d0c4', surface: SURFACE.concrete, feature: NEAR, ao: 0.8 }, { segments: 32 });
  b.disc(fx, fz, 4, 0.56, { color: '#4d8fa8', surface: SURFACE.water, move: [0, 0.25, 0, 0], feature: NEAR }, 32);
  for (const [jx, jh] of [[0, 3.2], [-1.6, 1.8], [1.6, 1.8]] as const) {
    b.cylinder(0.14, jh, [fx + jx, 0.56, fz], { color: '#cfe8f2', surface: SURFACE.water, move: [0, -2.5, 0, 0], feature: NEAR }, { segments: 8, top: 0.05 });
  }
  // The old provincial office and its clock tower, beyond the fountain.
  building(b, { x: -8, z: -26, w: 30, d: 10, floors: 2, storey: 4, color: '#ece8df', roof: '#6a6e72' });
  b.block(3.2, 16, 3.2, [-20, 0, -21], { color: '#e4ded2', surface: SURFACE.wall });
  b.box(1.8, 1.8, 0.1, [-20, 12.6, -19.35], { color: '#fdf6e3', surface: SURFACE.lamp });
  // The cultural centre: long, low, its roof a lawn.
  b.block(34, 4, 14, [26, 0, -24], { color: '#9aa3a6', surface: SURFACE.wall });
  b.box(34.4, 0.3, 14.4, [26, 4, -24], { color: '#6a9a4a', surface: SURFACE.grass });
  // A road round the square with buses and cars, and the painted lane for bikes.
  road(b, -32, -36, { bikeLane: true });
  traffic(b, -33, 7, 12, 7, 0);
  traffic(b, -35, -7, 12, 8, 0);
  // The square's own bike lane, beyond the fountain.
  b.ground(-140, -18.6, 140, -17.4, 0.02, { color: '#5aa870', surface: SURFACE.paint, feature: needs('bike-lanes') });
  for (let i = 0; i < 5; i++) {
    b.kind(PROP_LIBRARY.bicycle, [0, 0, -18], { color: ['#1f8a4c', '#c0392b', '#2e86c1'][i % 3]!, move: [3.5 + rand(i, 4), i * 48, 240, 0], feature: needs('bike-lanes') | NEAR }, Math.PI / 2, 1.1);
  }
  // Downtown towers: their roofs take solar panels with "solar-roofs".
  for (let i = -5; i <= 5; i++) {
    const x = i * 19 + rand(i, 5) * 5;
    // None straight ahead: the view runs over the square to the hills, where the turbines turn.
    if (Math.abs(x) < 14) continue;
    building(b, { x, z: -52 - rand(i, 6) * 12, w: 14, d: 12, floors: 8 + Math.floor(rand(i, 7) * 12), storey: 3.2, color: ['#c6ccd2', '#d8d2c6', '#b8c4c8', '#e0dcd4'][(i + 5) % 4]!, roof: '#5f6468' });
  }
  for (let i = -3; i <= 3; i++) building(b, { x: i * 16, z: 24, w: 14, d: 10, floors: 5, color: '#d4cdbf', turn: Math.PI, shop: ['#c0392b', '#2e86c1', '#27ae60'][(i + 3) % 3]!, roof: '#5f6468' });
  // Turbines along the hills ahead, solar panels on the square's canopies.
  for (let i = 0; i < 7; i++) {
    const a = 1.1 + i * 0.16;
    turbine(b, Math.cos(a) * 108, -Math.sin(a) * 108, 10 + rand(i, 8) * 8, 3.4);
  }
  goal2045(b, -5, -24, 8);
  for (const x of [-12, 12]) {
    b.box(6, 0.12, 3, [x, 3, -6], { color: '#1d3b6e', surface: SURFACE.window, feature: needs('solar-roofs') | NEAR });
    for (const dx of [-2.6, 2.6]) b.box(0.12, 3, 0.12, [x + dx, 0, -6], { color: '#7f8c8d', feature: needs('solar-roofs') | NEAR });
  }
  for (const x of [-14, -8, 8, 14]) lamp(b, [x, 0, -16], 0);
  for (const [x, z, turn] of [[-5, -7, 0.6], [6, -8, -2.5], [-10, 2, 2]] as const) b.kind(PROP_LIBRARY.person, [x, 0, z], { color: ['#e67e22', '#16a085', '#8e44ad'][Math.abs(x) % 3]!, feature: NEAR }, turn);
  for (const x of [-4, 4]) b.kind(PROP_LIBRARY.bench, [x, 0, -7.5], { color: '#8e6b45', feature: NEAR }, 0);
  gwangjuHills(b);
  clouds(b);
  const trees: Omit<TreeSpot, 'near'>[] = [];
  for (const x of [-16, -10, 10, 16]) trees.push({ x, z: -16, scale: 1.3, planted: false });
  for (const x of [-24, -18, 18, 24]) trees.push({ x, z: -5, scale: 1.4, planted: true });
  for (const x of [-8, 8]) trees.push({ x, z: -4, scale: 1.2, planted: true });
  for (const x of [-30, -20, 20, 30]) trees.push({ x, z: 10, scale: 1.4, planted: false });
  return finish(b, { trees, traffic: 0.4, indoor: false });
}
