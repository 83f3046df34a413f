/**
 * Where the side pieces of a step stand, in the step group's space (the panel's centre at the origin,
 * metres). The middle panel of these steps is 1.3 m wide (edges 22° off centre at 1.6 m); a 0.5 m
 * piece 0.98 m to the side and 0.12 m further away, turned 0.5 rad toward the student, spans about
 * 22°–37°: clear of the panel and inside a 1280 × 800 desktop window's view (±39° across a 70°
 * vertical field), well inside a headset's.
 */
export const CENTRE_WIDTH = 1.3;
export const SIDE_X = 0.98;
export const SIDE_Z = -0.12;
/** Radians about Y: the left piece turns right (+) and the right piece left (−) to face the student. */
export const SIDE_TURN = 0.5;
/** Width of the text on a side card; the card itself is 0.08 m wider. */
export const SIDE_WIDTH = 0.42;
/** Top of the consequence's stand: about table height (1.45 − 0.45 ≈ 1.0 m above the floor). */
export const STAND_Y = -0.45;
export const SMALL_TEXT = 0.036;
/** Seconds for an animated value to get most of the way to its target. */
export const SETTLE_RATE = 3.5;

export function sidePose(side: 'left' | 'right'): { position: [number, number, number]; rotation: [number, number, number] } {
  const s = side === 'left' ? -1 : 1;
  return { position: [s * SIDE_X, 0, SIDE_Z], rotation: [0, -s * SIDE_TURN, 0] };
}
