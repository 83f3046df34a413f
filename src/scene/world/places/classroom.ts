import { BufferAttribute, BufferGeometry } from 'three';
import { PROP_LIBRARY } from '../../props/library/index.ts';
import { ROOM } from '../../props/room.ts';
import { WorldBuilder } from '../builder.ts';
import { NEAR, SURFACE } from '../surfaces.ts';
import { finish, type PlaceBuild } from './common.ts';

/** A rectangle facing `normal`'s way, from its four corners in order (counter-clockwise seen from the front). */
function face(b: WorldBuilder, corners: readonly (readonly [number, number, number])[], color: string, surface: number = SURFACE.plain, ao?: number): void {
  const [p0, p1, p2, p3] = [corners[0]!, corners[1]!, corners[2]!, corners[3]!];
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(new Float32Array([...p0, ...p1, ...p2, ...p0, ...p2, ...p3]), 3));
  b.add(g, null, { color, surface: surface as never, ...(ao ? { ao } : {}) });
}

/**
 * The classroom: 16 m wide, 3.6 m high, from 5 m behind the student to 11 m ahead (props/room.ts);
 * a wooden floor, a green board ahead, windows onto the sky down the left wall, ceiling lights, desks.
 */
export function classroom(): PlaceBuild {
  const b = new WorldBuilder();
  const { width: w, height: h, back, front } = ROOM;
  const x0 = -w / 2, x1 = w / 2, z0 = -front, z1 = back;
  const wall = '#ece4d4';
  b.ground(x0, z0, x1, z1, 0, { color: '#b59f7b', surface: SURFACE.concrete });
  face(b, [[x0, 0, z0], [x1, 0, z0], [x1, h, z0], [x0, h, z0]], wall, SURFACE.plain, 0.8);
  face(b, [[x1, 0, z1], [x0, 0, z1], [x0, h, z1], [x1, h, z1]], wall, SURFACE.plain, 0.8);
  face(b, [[x0, 0, z1], [x0, 0, z0], [x0, h, z0], [x0, h, z1]], wall, SURFACE.plain, 0.8);
  face(b, [[x1, 0, z0], [x1, 0, z1], [x1, h, z1], [x1, h, z0]], wall, SURFACE.plain, 0.8);
  face(b, [[x0, h, z0], [x1, h, z0], [x1, h, z1], [x0, h, z1]], '#f6f2ea');
  // Windows onto the sky down the left wall, the board and its frame ahead.
  for (const z of [-7, -3, 1]) face(b, [[x0 + 0.02, 1.15, z + 1.2], [x0 + 0.02, 1.15, z - 1.2], [x0 + 0.02, 2.65, z - 1.2], [x0 + 0.02, 2.65, z + 1.2]], '#ffffff', SURFACE.skylight);
  face(b, [[-2.2, 0.9, z0 + 0.01], [2.2, 0.9, z0 + 0.01], [2.2, 2.4, z0 + 0.01], [-2.2, 2.4, z0 + 0.01]], '#8a6d4a');
  face(b, [[-2.1, 1.0, z0 + 0.02], [2.1, 1.0, z0 + 0.02], [2.1, 2.3, z0 + 0.02], [-2.1, 2.3, z0 + 0.02]], '#2f4f3f');
  // Ceiling lights, lit.
  for (const z of [-7, -2, 3]) for (const x of [-4, 0, 4]) b.box(1.6, 0.06, 0.3, [x, h - 0.07, z], { color: '#fffbe8', surface: SURFACE.lamp });
  // Desks in rows ahead (away on a step with its own props).
  for (const x of [-4.5, -1.5, 1.5, 4.5]) for (const z of [-3.5, -5.5, -7.5]) {
    b.box(1.2, 0.05, 0.6, [x, 0.72, z], { color: '#c8a97e', feature: NEAR });
    b.box(1.1, 0.72, 0.05, [x, 0, z - 0.25], { color: '#6b7378', feature: NEAR });
  }
  b.kind(PROP_LIBRARY.bush, [6.8, 0, -10.2], { color: '#4f9a48' }, 0, 0.8);
  return finish(b, { trees: [], traffic: 0, indoor: true });
}
