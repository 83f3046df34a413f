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
