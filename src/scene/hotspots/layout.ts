import { EYE_HEIGHT, PANEL_DISTANCE } from '../layout.ts';

type P = readonly [number, number, number];

/**
 * How much a hotspot's marker, label and card are enlarged so they read as well as the lesson panel:
 * in proportion to their distance from a standing student (1 at the panel's distance, at most 4).
 */
export function hotspotScale(p: P): number {
  const d = Math.hypot(p[0], p[1] - EYE_HEIGHT, p[2]);
  return Math.min(4, Math.max(1, d / PANEL_DISTANCE));
}

/** Turn about y so a flat marker at `p` faces a student standing at the origin. */
export function yawToStudent(p: P): number {
  return Math.atan2(-p[0], -p[2]);
}

/** Colours of a marker: waiting to be found, under a pointer, found. */
export const MARKER = { waiting: '#ffd166', hover: '#ffffff', found: '#46c47a' } as const;

const azimuth = (p: P) => Math.atan2(p[0], -p[2]);
const elevation = (p: P) => Math.atan2(p[1] - EYE_HEIGHT, Math.hypot(p[0], p[2]));

/** A hotspot's card: its width and its gap from the marker, in metres before scaling with distance. */
export const CARD = { width: 0.9, gap: 0.12 } as const;
// Scaled with distance, a card spans the same angles wherever its marker is.
const SPAN_FROM = Math.atan(CARD.gap / PANEL_DISTANCE);
const SPAN_TO = Math.atan((CARD.gap + CARD.width) / PANEL_DISTANCE);
const HALF_HEIGHT = Math.atan(0.2 / PANEL_DISTANCE);

/**
 * Which side of its marker a hotspot's card opens on (1: the student's right, −1: left): the side that
 * covers other markers least (fewest, then farthest from the marker), else the outer side (away from
 * the middle of the view and the panel).
 */
export function cardSide(p: P, others: readonly P[]): 1 | -1 {
  const az = azimuth(p);
  const el = elevation(p);
  const overlap = (side: 1 | -1) =>
    others.reduce((sum, o) => {
      let d = (azimuth(o) - az) * side;
      if (d > Math.PI) d -= 2 * Math.PI;
      if (d < -Math.PI) d += 2 * Math.PI;
      const covered = d > SPAN_FROM && d < SPAN_TO && Math.abs(elevation(o) - el) < HALF_HEIGHT;
      return covered ? sum + 1 + (SPAN_TO - d) / SPAN_TO : sum;
    }, 0);
  const outer: 1 | -1 = az >= 0 ? 1 : -1;
  const inner = -outer as 1 | -1;
  return overlap(inner) < overlap(outer) ? inner : outer;
}
