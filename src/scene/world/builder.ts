import { BoxGeometry, BufferAttribute, BufferGeometry, Color, CylinderGeometry, Matrix4, Quaternion, SphereGeometry, Vector3 } from 'three';
import { kindGeometry } from '../props/geometry.ts';
import type { PropDef } from '../props/parts.ts';
import { BALLOON_BASE, SURFACE, type Surface } from './surfaces.ts';

export type V3 = readonly [number, number, number];
export type V4 = readonly [number, number, number, number];

/** How an added shape looks and behaves: see the attributes in shaders.ts. */
export interface Paint {
  /** sRGB, e.g. "#b9b4aa". */
  color: string;
  surface?: Surface;
  /** A mask of NEAR, needs(f), without(f) (surfaces.ts). */
  feature?: number;
  /** A mover: [speed along x (m/s), start offset (m), lane length (m), traffic gate 0..1]; water: [flow x, flow z, 0, aerated 0/1]. */
  move?: V4;
  /** Turning about a pivot: [x, y, z, rad/s] (positive: about z, facing the student; negative: about y). */
  pivot?: V4;
  /** Baked ambient occlusion: the shape's colour at its foot, rising to 1 at 3 m above it. */
  ao?: number;
  /** One of the place's trees (its index + 1): grown and felled on the GPU about its foot, `pivot`. */
  tree?: number;
  /** One of the balloons overhead (its index + 1), built round the origin; `pivot` is its place. */
  balloon?: number;
}


/** A footprint on the ground, for the baked shade map (textures.ts): centre, size, height. */
export interface Occluder {
  x: number;
  z: number;
  w: number;
  d: number;
  h: number;
}

/** A Float32Array that grows as values are pushed: no boxed numbers on the way to the GPU. */
class Floats {
  array = new Float32Array(4096);
  length = 0;
  push(...values: number[]): void {
    if (this.length + values.length > this.array.length) {
      const bigger = new Float32Array(Math.max(this.array.length * 2, this.length + values.length));
      bigger.set(this.array);
      this.array = bigger;
    }
    for (const v of values) this.array[this.length++] = v;
  }
  get values(): Float32Array {
    return this.array.slice(0, this.length);
  }
}

const m = new Matrix4();
const q = new Quaternion();
const up = new Vector3(0, 1, 0);
const s = new Vector3();
const p = new Vector3();
const c = new Color();
const tint = new Color();
const a = new Vector3();
const b = new Vector3();
const n = new Vector3();

/**
 * Collects a whole place as one geometry (one draw call): every shape flat-shaded, with its colour
 * (and baked occlusion) in the vertices and what it is made of in `surface`. Built once per place.
 */
export class WorldBuilder {
  private readonly position = new Floats();
  private readonly normal = new Floats();
  private readonly color = new Floats();
  private readonly surface = new Floats();
  private readonly feature = new Floats();
  private readonly move = new Floats();
  private readonly pivot = new Floats();
  private readonly tree = new Floats();
  readonly occluders: Occluder[] = [];

  /**
   * Adds the triangles of `g` placed by `matrix`; `g` is disposed unless `keep` (a shared prop kind).
   * `colors`: keep g's own vertex colours (a prop kind's parts), tinted where `tint` is 1.
   */
  add(g: BufferGeometry, matrix: Matrix4 | null, paint: Paint, colors?: { attr: BufferAttribute; tint: BufferAttribute | null; glow: BufferAttribute | null }, keep = false): void {
    const pos = g.getAttribute('position') as BufferAttribute;
    const index = g.index;
    const count = index ? index.count : pos.count;
    const vertex = (k: number) => (index ? index.getX(k) : k);
    const corners = [new Vector3(), new Vector3(), new Vector3()] as const;
    let bottom = Infinity;
    for (let i = 0; i < pos.count; i++) {
      p.fromBufferAttribute(pos, i);
      if (matrix) p.applyMatrix4(matrix);
      bottom = Math.min(bottom, p.y);
    }
    c.set(paint.color);
    tint.copy(c);
    const surface = paint.surface ?? SURFACE.plain;
    const feature = paint.feature ?? 0;
    const [m0, m1, m2, m3] = paint.move ?? [0, 0, 0, 0];
    const [p0, p1, p2, p3] = paint.pivot ?? [0, 0, 0, 0];
    const ao = paint.ao ?? 1;
    const tree = paint.balloon ? BALLOON_BASE + paint.balloon - 1 : (paint.tree ?? 0);
    const out = { position: this.position, normal: this.normal, color: this.color, surface: this.surface, feature: this.feature, move: this.move, pivot: this.pivot, tree: this.tree };
    for (let i = 0; i + 2 < count; i += 3) {
      for (let j = 0; j < 3; j++) {
        corners[j]!.fromBufferAttribute(pos, vertex(i + j));
        if (matrix) corners[j]!.applyMatrix4(matrix);
      }
      // One normal per triangle: the low-poly, faceted look of the props.
      a.subVectors(corners[1], corners[0]);
      b.subVectors(corners[2], corners[0]);
      n.crossVectors(a, b).normalize();
      for (let j = 0; j < 3; j++) {
        const v = corners[j]!;
        const k = vertex(i + j);
        out.position.push(v.x, v.y, v.z);
        out.normal.push(n.x, n.y, n.z);
        const shade = ao === 1 ? 1 : ao + (1 - ao) * Math.min(1, Math.max(0, (v.y - bottom) / 3));
        let r = c.r, gr = c.g, bl = c.b, surf: number = surface;
        if (colors) {
          const t = colors.tint?.getX(k) ?? 0;
          r = colors.attr.getX(k) * (t ? tint.r : 1);
          gr = colors.attr.getY(k) * (t ? tint.g : 1);
          bl = colors.attr.getZ(k) * (t ? tint.b : 1);
          if (colors.glow?.getX(k)) surf = SURFACE.lamp;
        }
        out.color.push(r * shade, gr * shade, bl * shade);
        out.surface.push(surf);
        out.feature.push(feature);
        out.move.push(m0, m1, m2, m3);
        out.pivot.push(p0, p1, p2, p3);
        out.tree.push(tree);
      }
    }
    if (!keep) g.dispose();
  }

  /** A box standing on `at` (its foot's centre), turned `turn` radians about y. */
  box(w: number, h: number, d: number, at: V3, paint: Paint, turn = 0): void {
    m.compose(p.set(at[0], at[1] + h / 2, at[2]), q.setFromAxisAngle(up, turn), s.set(1, 1, 1));
    this.add(new BoxGeometry(w, h, d), m, paint);
  }

  /** A building's block that also shades the ground around it (baked, textures.ts). */
  block(w: number, h: number, d: number, at: V3, paint: Paint): void {
    this.box(w, h, d, at, { ao: 0.7, ...paint });
    if (at[1] < 0.5) this.occluders.push({ x: at[0], z: at[2], w, d, h: at[1] + h });
  }

  /** An upright cylinder (or cone, with `top`) standing on `at`. */
  cylinder(r: number, h: number, at: V3, paint: Paint, o: { top?: number; segments?: number; open?: boolean } = {}): void {
    m.makeTranslation(at[0], at[1] + h / 2, at[2]);
    this.add(new CylinderGeometry(o.top ?? r, r, h, o.segments ?? 12, 1, o.open ?? false), m, paint);
  }

  /** A flat rectangle at height y, facing up: a road, a lawn, a painted line. */
  ground(x0: number, z0: number, x1: number, z1: number, y: number, paint: Paint): void {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(new Float32Array([x0, y, z1, x1, y, z1, x1, y, z0, x0, y, z1, x1, y, z0, x0, y, z0]), 3));
    this.add(g, null, paint);
  }

  /** A flat disc at height y, facing up (a pond, a fountain's pool, a round tank's water). */
  disc(cx: number, cz: number, r: number, y: number, paint: Paint, segments = 24): void {
    const v: number[] = [];
    for (let i = 0; i < segments; i++) {
      const t0 = (i / segments) * Math.PI * 2;
      const t1 = ((i + 1) / segments) * Math.PI * 2;
      v.push(cx, y, cz, cx + Math.cos(t0) * r, y, cz - Math.sin(t0) * r, cx + Math.cos(t1) * r, y, cz - Math.sin(t1) * r);
    }
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(new Float32Array(v), 3));
    this.add(g, null, paint);
  }

  /** A built-in prop kind (props/library) with its own colours; `paint.color` tints its tintable parts. */
  kind(def: PropDef, at: V3, paint: Paint, turn = 0, scale = 1): void {
    const g = kindGeometry(def);
    m.compose(p.set(...at), q.setFromAxisAngle(up, turn), s.set(scale, scale, scale));
    const attr = g.getAttribute('color') as BufferAttribute;
    this.add(g, m, paint, { attr, tint: g.getAttribute('tint') as BufferAttribute, glow: g.getAttribute('glow') as BufferAttribute }, true);
  }

  /** The sky: a dome round everything, seen from inside (its colours are the shader's, by direction). */
  sky(radius: number): void {
    const g = new SphereGeometry(radius, 32, 14);
    // Seen from inside: reverse each triangle so its front faces the centre.
    const index = g.index!;
    for (let i = 0; i < index.count; i += 3) {
      const t = index.getX(i + 1);
      index.setX(i + 1, index.getX(i + 2));
      index.setX(i + 2, t);
    }
    this.add(g, null, { color: '#ffffff', surface: SURFACE.sky });
  }

  /**
   * Rain: `count` streaks spread round the student (1.6–18 m away, 0–14 m up), each a quad the shader
   * turns to the eye and moves down; a streak's share (its index / count) says from what amount of
   * rain it falls.
   */
  rain(count: number, random: (i: number, salt: number) => number): void {
    for (let i = 0; i < count; i++) {
      const a = random(i, 31) * Math.PI * 2;
      const r = 1.6 + Math.sqrt(random(i, 32)) * 16;
      const x = Math.cos(a) * r;
      const z = Math.sin(a) * r;
      const y = random(i, 33) * 14;
      const share = (i + 0.5) / count;
      // Corners (side, top): the quad's own positions only give it a normal; the shader places it.
      for (const [sx, top] of [[-1, 0], [1, 0], [1, 1], [-1, 0], [1, 1], [-1, 1]] as const) {
        this.position.push(x + sx * 0.005, y + top * 0.5, z);
        this.normal.push(0, 0, 1);
        this.color.push(1, 1, 1);
        this.surface.push(SURFACE.rain);
        this.feature.push(0);
        this.move.push(sx, top, 0, share);
        this.pivot.push(x, y, z, 0);
        this.tree.push(0);
      }
    }
  }

  /** Triangles so far. */
  get triangles(): number {
    return this.position.length / 9;
  }

  build(): BufferGeometry {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(this.position.values, 3));
    g.setAttribute('normal', new BufferAttribute(this.normal.values, 3));
    g.setAttribute('color', new BufferAttribute(this.color.values, 3));
    g.setAttribute('surface', new BufferAttribute(this.surface.values, 1));
    g.setAttribute('feature', new BufferAttribute(this.feature.values, 1));
    g.setAttribute('move', new BufferAttribute(this.move.values, 4));
    g.setAttribute('pivot', new BufferAttribute(this.pivot.values, 4));
    g.setAttribute('tree', new BufferAttribute(this.tree.values, 1));
    g.computeBoundingSphere();
    return g;
  }
}
