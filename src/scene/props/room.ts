import { BoxGeometry, BufferGeometry, Color, Float32BufferAttribute, PlaneGeometry } from 'three';
import { mergeGeometries } from '../mergeGeometries.ts';

/** The classroom: 16 m wide, 3.6 m high, from 5 m behind the student to 11 m ahead. */
export const ROOM = { width: 16, height: 3.6, back: 5, front: 11 } as const;

function coloured(g: BufferGeometry, color: string): BufferGeometry {
  const flat = g.index ? g.toNonIndexed() : g;
  flat.deleteAttribute('uv');
  const c = new Color(color);
  const n = flat.getAttribute('position').count;
  const colors = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) colors.set([c.r, c.g, c.b], i * 3);
  flat.setAttribute('color', new Float32BufferAttribute(colors, 3));
  return flat;
}

/**
 * Walls and ceiling, a board on the front wall and windows down the left one, as one geometry with
 * vertex colours (one draw call). The floor is the environment's ground.
 */
export function roomGeometry(wall: string): BufferGeometry {
  const depth = ROOM.back + ROOM.front;
  const shell = new BoxGeometry(ROOM.width, ROOM.height, depth).translate(0, ROOM.height / 2 - 0.01, (ROOM.back - ROOM.front) / 2);
  const board = new PlaneGeometry(4.2, 1.3).translate(0, 1.65, -ROOM.front + 0.02);
  const frame = new PlaneGeometry(4.4, 1.5).translate(0, 1.65, -ROOM.front + 0.01);
  const windows = [-7, -3, 1].map((z) => new PlaneGeometry(2.4, 1.5).rotateY(Math.PI / 2).translate(-ROOM.width / 2 + 0.02, 1.9, z));
  return mergeGeometries([
    coloured(shell, wall),
    coloured(frame, '#8a6d4a'),
    coloured(board, '#2f4f3f'),
    ...windows.map((w) => coloured(w, '#cfe9f7')),
  ]);
}
