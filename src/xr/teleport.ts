import { createStore } from 'zustand/vanilla';

/** How far from where the step began a student may teleport, metres: the marked circle on the ground. */
export const TELEPORT_RADIUS = 3;

export interface TeleportState {
  /** Whether the current step lets the student teleport (a scene step with `"teleport": true`). */
  allowed: boolean;
  /** Where teleporting has put the student, from where the step began: world x and z, metres. */
  offset: { readonly x: number; readonly z: number };
  /** The last ground point asked for (`seq` counts requests); `xr/ComfortRig` moves the student there. */
  request: { x: number; z: number; seq: number } | null;
  /** Counts requests to go back to where the step began. */
  home: number;
}

export const HOME = { x: 0, z: 0 } as const;

/**
 * Teleporting on scene steps that allow it. The scene's teleport area asks; ComfortRig, which owns the
 * XR origin, moves the student and writes the offset; the step's panel follows the offset, the scene's
 * world stays where the lesson put it.
 */
export const teleportStore = createStore<TeleportState>(() => ({ allowed: false, offset: HOME, request: null, home: 0 }));

/** The point (x, z) pulled back onto the circle of `radius` about the centre, when outside it. */
export function clampToDisc(x: number, z: number, radius = TELEPORT_RADIUS): { x: number; z: number } {
  const r = Math.hypot(x, z);
  if (r <= radius) return { x, z };
  return { x: (x / r) * radius, z: (z / r) * radius };
}

/** Gives the controllers their teleport pointer, or takes it away (`xr/LessonController`). */
export function allowTeleport(on: boolean, store = teleportStore): void {
  if (store.getState().allowed !== on) store.setState({ allowed: on });
}

/** Asks to stand at ground point (x, z), world metres (kept within the circle). */
export function requestTeleport(x: number, z: number, store = teleportStore): void {
  const p = clampToDisc(x, z);
  store.setState((s) => ({ request: { x: p.x, z: p.z, seq: (s.request?.seq ?? 0) + 1 } }));
}

/** Asks to go back to where the step began (the step changed). */
export function returnHome(store = teleportStore): void {
  store.setState((s) => ({ home: s.home + 1, request: null }));
}

/** ComfortRig: the student now stands `offset` from where the step began. */
export function setTeleportOffset(x: number, z: number, store = teleportStore): void {
  const o = store.getState().offset;
  if (o.x !== x || o.z !== z) store.setState({ offset: x === 0 && z === 0 ? HOME : { x, z } });
}
