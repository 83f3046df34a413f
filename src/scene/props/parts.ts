/**
 * A built-in prop is a few primitive shapes, described as data so that every copy of a kind can be
 * merged into one geometry and drawn with instancing. Sizes in metres at scale 1; y = 0 is the ground.
 */
export type Vec = readonly [number, number, number];

export type Shape =
  | { kind: 'box'; size: Vec }
  | { kind: 'cylinder'; radiusTop: number; radiusBottom: number; height: number; segments: number; open: boolean }
  | { kind: 'ball'; radius: number; detail: number }
  | { kind: 'torus'; radius: number; tube: number }
  | { kind: 'rock'; radius: number };

export interface Part {
  shape: Shape;
  /** Centre of the shape. */
  at: Vec;
  rotation?: Vec;
  scale?: Vec;
  /** A fixed colour; without one the part takes the prop's colour (the lesson's `color` or the default). */
  color?: string;
  /** Drawn unlit, so it reads as a light source (lamp heads, lit windows). Needs a colour. */
  glow?: boolean;
}

export interface PropDef {
  /** The colour of the parts without their own, when the lesson gives none. */
  tint: string;
  parts: Part[];
  /** Roughly where the prop's middle is, for labels and hit targets: [0, height / 2, 0]. */
  height: number;
}

type Opts = Pick<Part, 'rotation' | 'scale' | 'color' | 'glow'>;
const part = (shape: Shape, at: Vec, o: Opts = {}): Part => ({ shape, at, ...o });

export const box = (w: number, h: number, d: number, at: Vec, o?: Opts) => part({ kind: 'box', size: [w, h, d] }, at, o);
export const cylinder = (r: number, h: number, at: Vec, o: Opts & { top?: number; segments?: number; open?: boolean } = {}) =>
  part({ kind: 'cylinder', radiusTop: o.top ?? r, radiusBottom: r, height: h, segments: o.segments ?? 8, open: o.open ?? false }, at, o);
export const ball = (r: number, at: Vec, o: Opts & { detail?: number } = {}) => part({ kind: 'ball', radius: r, detail: o.detail ?? 1 }, at, o);
export const torus = (r: number, tube: number, at: Vec, o?: Opts) => part({ kind: 'torus', radius: r, tube }, at, o);
export const rock = (r: number, at: Vec, o?: Opts) => part({ kind: 'rock', radius: r }, at, o);
