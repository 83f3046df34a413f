import { EYE_HEIGHT, PANEL_DISTANCE } from '../layout.ts';
import { charEms } from '../steps/textLines.ts';

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
/** Where a marker's label sits (its baseline above the marker's centre) and how tall it is, before scaling. */
export const LABEL = { y: 0.13, size: 0.05, maxWidth: 0.9 } as const;
/** The marker ring's outer radius (geometry.ts), before scaling. */
export const MARKER_RADIUS = 0.075;
/** The card's bottom edge stays this far above the ground. */
const GROUND_CLEARANCE = 0.15;

export type CardPlace = 'right' | 'left' | 'above' | 'below';
/** A rectangle in the hotspot's own plane (metres before scaling, x to the student's right, y up, 0 at the marker). */
export interface LocalRect { x0: number; x1: number; y0: number; y1: number }
/** A rectangle of the student's view: azimuth (right positive) and elevation, radians. */
export interface ViewRect { az0: number; az1: number; el0: number; el1: number }

/** Where a card of `height` stands for each placement, lifted to clear the ground. */
export function cardRect(p: P, place: CardPlace, height: number): LocalRect {
  const { width: w, gap } = CARD;
  const r: LocalRect =
    place === 'right' ? { x0: gap, x1: gap + w, y0: -height / 2, y1: height / 2 }
      : place === 'left' ? { x0: -gap - w, x1: -gap, y0: -height / 2, y1: height / 2 }
        : place === 'above' ? { x0: -w / 2, x1: w / 2, y0: LABEL.y, y1: LABEL.y + height }
          : { x0: -w / 2, x1: w / 2, y0: -LABEL.y - height, y1: -LABEL.y };
  const k = hotspotScale(p);
  const lift = Math.max(0, (GROUND_CLEARANCE - p[1]) / k - r.y0);
  return { ...r, y0: r.y0 + lift, y1: r.y1 + lift };
}

/** A rectangle in a hotspot's plane as the student sees it. */
export function viewRectOf(p: P, r: LocalRect): ViewRect {
  const k = hotspotScale(p);
  const yaw = yawToStudent(p);
  // The hotspot's local +x in the world, for a group turned by `yaw` about y.
  const tx = Math.cos(yaw);
  const tz = -Math.sin(yaw);
  const corner = (x: number, y: number): P => [p[0] + k * x * tx, p[1] + k * y, p[2] + k * x * tz];
  const a = corner(r.x0, r.y0);
  const b = corner(r.x1, r.y1);
  const [az0, az1] = [azimuth(a), azimuth(b)].sort((u, v) => u - v) as [number, number];
  const [el0, el1] = [elevation(a), elevation(b)].sort((u, v) => u - v) as [number, number];
  return { az0, az1, el0, el1 };
}

/** A flat rectangle facing the student `distance` ahead at azimuth `turn`: world y from `bottom` to `top`, `width` wide. */
export function viewRectAhead(turn: number, width: number, bottom: number, top: number, distance: number): ViewRect {
  const half = Math.atan2(width / 2, distance);
  return { az0: turn - half, az1: turn + half, el0: Math.atan2(bottom - EYE_HEIGHT, distance), el1: Math.atan2(top - EYE_HEIGHT, distance) };
}

const overlapShare = (a: ViewRect, b: ViewRect): number => {
  const w = Math.min(a.az1, b.az1) - Math.max(a.az0, b.az0);
  const h = Math.min(a.el1, b.el1) - Math.max(a.el0, b.el0);
  if (w <= 0 || h <= 0) return 0;
  return (w * h) / ((b.az1 - b.az0) * (b.el1 - b.el0));
};

/** About how wide a marker's label is (the same per-letter estimate as the panels' line count). */
export function labelWidth(label: string): number {
  let ems = 0;
  for (const ch of label) ems += charEms(ch);
  return Math.min(LABEL.maxWidth, ems * LABEL.size + 0.06);
}

export interface CardSurroundings {
  /** The step's other hotspots. */
  others: readonly { position: P; label: string }[];
  /** What the card must not cover: the step's panel and the Back/Next bar, as the student sees them. */
  keepClear: readonly ViewRect[];
}

// What covering costs: another marker (the student could no longer see it) most, then the panel or the
// buttons, then another marker's label; and, all else equal, the outer side, then above, then the inner
// side, then below (which is nearest the panel and the ground).
const COST = { marker: 10, clear: 6, label: 3 } as const;
const PREFERENCE = { outer: 0, above: 0.3, inner: 0.5, below: 0.7 } as const;

/**
 * Where a hotspot's card opens: beside its marker on either side, above it (in the label's place: the
 * card's title repeats the label) or below it, whichever covers least of the other markers, their
 * labels, the step's panel and the Back/Next bar.
 */
export function cardPlace(p: P, height: number, around: CardSurroundings): CardPlace {
  const outer: CardPlace = azimuth(p) >= 0 ? 'right' : 'left';
  const inner: CardPlace = outer === 'right' ? 'left' : 'right';
  const order: [CardPlace, number][] = [[outer, PREFERENCE.outer], ['above', PREFERENCE.above], [inner, PREFERENCE.inner], ['below', PREFERENCE.below]];
  // A marker's ring, as wide to the eye wherever it stands (it scales with distance like the card).
  const markerMargin = Math.atan2(MARKER_RADIUS, PANEL_DISTANCE);
  let best: CardPlace = outer;
  let bestCost = Infinity;
  for (const [place, preference] of order) {
    const card = viewRectOf(p, cardRect(p, place, height));
    let cost = preference;
    for (const o of around.others) {
      const az = azimuth(o.position);
      const el = elevation(o.position);
      if (az > card.az0 - markerMargin && az < card.az1 + markerMargin && el > card.el0 - markerMargin && el < card.el1 + markerMargin) cost += COST.marker;
      const w = labelWidth(o.label);
      cost += COST.label * overlapShare(card, viewRectOf(o.position, { x0: -w / 2, x1: w / 2, y0: LABEL.y, y1: LABEL.y + LABEL.size * 1.3 }));
    }
    for (const r of around.keepClear) cost += overlapShare(card, r) > 0 ? COST.clear * (1 + overlapShare(r, card)) : 0;
    if (cost < bestCost) {
      best = place;
      bestCost = cost;
    }
  }
  return best;
}
