import {
  BoxGeometry, BufferGeometry, Color, CylinderGeometry, DodecahedronGeometry, Euler, Float32BufferAttribute,
  IcosahedronGeometry, Matrix4, Quaternion, TorusGeometry, Vector3,
} from 'three';
import { mergeGeometries } from '../mergeGeometries.ts';
import type { Part, PropDef, Shape } from './parts.ts';

function shapeGeometry(s: Shape): BufferGeometry {
  switch (s.kind) {
    case 'box': return new BoxGeometry(...s.size);
    case 'cylinder': return new CylinderGeometry(s.radiusTop, s.radiusBottom, s.height, s.segments, 1, s.open);
    case 'ball': return new IcosahedronGeometry(s.radius, s.detail);
    case 'torus': return new TorusGeometry(s.radius, s.tube, 4, 16);
    case 'rock': return new DodecahedronGeometry(s.radius, 0);
  }
}

const m = new Matrix4();
const q = new Quaternion();
const e = new Euler();
const v = new Vector3();
const sc = new Vector3();
const c = new Color();

/**
 * One part, placed, non-indexed (so parts of every shape merge), with its per-vertex attributes:
 * `color` (its fixed colour, or white), `tint` (1: takes the prop's colour) and `glow` (1: unlit).
 */
export function partGeometry(p: Part): BufferGeometry {
  const g = shapeGeometry(p.shape);
  m.compose(v.set(...p.at), q.setFromEuler(e.set(...(p.rotation ?? [0, 0, 0]))), sc.set(...(p.scale ?? [1, 1, 1])));
  g.applyMatrix4(m);
  const flat = g.index ? g.toNonIndexed() : g;
  if (flat !== g) g.dispose();
  flat.deleteAttribute('uv');
  // Face normals: lit per vertex (materials.ts), each face keeps one shade, the faceted low-poly look.
  flat.computeVertexNormals();
  c.set(p.color ?? '#ffffff');
  const n = flat.getAttribute('position').count;
  const colors = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) {
    colors[i * 3] = c.r;
    colors[i * 3 + 1] = c.g;
    colors[i * 3 + 2] = c.b;
  }
  flat.setAttribute('color', new Float32BufferAttribute(colors, 3));
  flat.setAttribute('tint', new Float32BufferAttribute(new Float32Array(n).fill(p.color ? 0 : 1), 1));
  flat.setAttribute('glow', new Float32BufferAttribute(new Float32Array(n).fill(p.glow ? 1 : 0), 1));
  return flat;
}

/** A prop kind as one geometry: every copy of it is then one instanced draw call. */
export function buildKind(def: PropDef): BufferGeometry {
  const geometries = def.parts.map(partGeometry);
  const g = mergeGeometries(geometries);
  for (const x of geometries) x.dispose();
  g.computeBoundingSphere();
  return g;
}

const cache = new Map<PropDef, BufferGeometry>();

/** Built once per kind and shared by every scene and every copy: never disposed while the app runs. */
export function kindGeometry(def: PropDef): BufferGeometry {
  let g = cache.get(def);
  if (!g) cache.set(def, (g = buildKind(def)));
  return g;
}

export function triangles(g: BufferGeometry): number {
  return g.getAttribute('position').count / 3;
}
