/**
 * Frame-loop geometry for gaze and the guide arrow, on plain {x, y, z} objects so it runs on three's
 * vectors without allocating, and in unit tests without three.
 */
export interface V3 {
  x: number;
  y: number;
  z: number;
}

/** Cosine of the angle between the view direction (unit) and the direction from the eye to `p`. */
export function cosTo(eye: V3, forward: V3, p: V3): number {
  const dx = p.x - eye.x, dy = p.y - eye.y, dz = p.z - eye.z;
  const len = Math.hypot(dx, dy, dz);
  if (len < 1e-6) return 1;
  return (dx * forward.x + dy * forward.y + dz * forward.z) / len;
}

/** The point the eye looks at within the cone whose half-angle has cosine `cosLimit`, or −1. */
export function gazeTarget(eye: V3, forward: V3, points: readonly V3[], cosLimit: number): number {
  let best = -1;
  let bestCos = cosLimit;
  for (let i = 0; i < points.length; i++) {
    const c = cosTo(eye, forward, points[i]!);
    if (c >= bestCos) {
      best = i;
      bestCos = c;
    }
  }
  return best;
}

/** The unvisited point needing the smallest turn of the head, or −1 when every one is visited. */
export function nearestUnvisited(eye: V3, forward: V3, points: readonly V3[], visited: readonly boolean[]): number {
  let best = -1;
  let bestCos = -2;
  for (let i = 0; i < points.length; i++) {
    if (visited[i]) continue;
    const c = cosTo(eye, forward, points[i]!);
    if (c > bestCos) {
      best = i;
      bestCos = c;
    }
  }
  return best;
}

/**
 * Which way the guide arrow points on the view plane (radians, 0 = right, π/2 = up), for a target at
 * (x, y, z) in camera space (−z ahead). A target behind the student points mostly sideways, as a
 * turn is what gets it into view.
 */
export function arrowAngle(x: number, y: number, z: number): number {
  if (z > 0) {
    const side = Math.abs(x) < 1e-3 ? 1 : Math.sign(x);
    return Math.atan2(y * 0.3, side * Math.max(Math.abs(x), z));
  }
  if (Math.abs(x) < 1e-6 && Math.abs(y) < 1e-6) return 0;
  return Math.atan2(y, x);
}

/** Dwell timing for gaze: how long the same target has been looked at, and whether it already fired. */
export interface Dwell {
  target: number;
  seconds: number;
  fired: boolean;
}

export const newDwell = (): Dwell => ({ target: -1, seconds: 0, fired: false });

/**
 * Advances the dwell by `dt` seconds looking at `target` (−1: nothing). Returns true once, on the frame
 * the same target has been held for `needed` seconds. Looking away resets it.
 */
export function stepDwell(d: Dwell, target: number, dt: number, needed: number): boolean {
  if (target !== d.target) {
    d.target = target;
    d.seconds = 0;
    d.fired = false;
    return false;
  }
  if (target < 0 || d.fired) return false;
  d.seconds += Math.min(dt, 0.25); // a long stall (a hitch, the system menu) does not count as looking
  if (d.seconds < needed) return false;
  d.fired = true;
  return true;
}
