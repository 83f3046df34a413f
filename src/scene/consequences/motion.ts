/**
 * Moves `current` toward `target` exponentially, frame-rate independent: after 1/rate seconds about
 * two thirds of the way. A long frame (a paused tab) is capped so nothing leaps.
 */
export function approach(current: number, target: number, rate: number, dt: number): number {
  return target + (current - target) * Math.exp(-rate * Math.min(dt, 0.1));
}

/** Close enough to stop animating (and stop writing GPU buffers). */
export function settled(current: number, target: number): boolean {
  return Math.abs(current - target) < 1e-3;
}

/** A repeatable scatter in [0, 1) for slot i: balloons and trees stand in the same places every time. */
export function jitter(i: number, salt: number): number {
  const x = Math.sin(i * 12.9898 + salt * 78.233) * 43758.5453;
  return x - Math.floor(x);
}
