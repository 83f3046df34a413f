import { CircleGeometry, RingGeometry, Shape, ShapeGeometry, SphereGeometry } from 'three';
import { mergeGeometries } from '../mergeGeometries.ts';
import { MARKER_RADIUS } from './layout.ts';

/** A ring with a dot: the "look here" marker, 0.15 m across before scaling. */
export const markerGeometry = mergeGeometries([new RingGeometry(0.056, MARKER_RADIUS, 28), new CircleGeometry(0.026, 16)]);

export const DWELL_SEGMENTS = 32;
/** Drawn part by part (drawRange) as the gaze dwell fills up: no new geometry per frame. */
export const dwellGeometry = () => new RingGeometry(0.085, 0.11, DWELL_SEGMENTS, 1, Math.PI / 2, -Math.PI * 2);

/** What pointers hit: larger than the marker, and never drawn. */
export const targetGeometry = new SphereGeometry(0.2, 12, 8);

/** The guide arrow, pointing along +x, 9 cm long. */
export const arrowGeometry = (() => {
  const s = new Shape();
  s.moveTo(0.05, 0).lineTo(0, 0.04).lineTo(0, 0.016).lineTo(-0.04, 0.016).lineTo(-0.04, -0.016).lineTo(0, -0.016).lineTo(0, -0.04).closePath();
  return new ShapeGeometry(s);
})();
