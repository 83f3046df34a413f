import { createXRStore } from '@react-three/xr';
import { LessonController, PRESS_MS } from './LessonController.tsx';

/**
 * Quest headsets default to 120 Hz under @react-three/xr ("high"): ask for 90 Hz (smooth, and kind to
 * first-time users), else 72 Hz, else leave the device's own rate.
 */
export function pickFrameRate(supported: ArrayLike<number>): number | false {
  const rates = Array.from(supported);
  if (rates.includes(90)) return 90;
  if (rates.includes(72)) return 72;
  return false;
}


export const xrStore = createXRStore({
  emulate: false, // tests inject IWER themselves; the app ships no emulator
  offerSession: false,
  enterGrantedSession: false,
  foveation: 0, // full resolution at the edges keeps panel text sharp
  frameRate: pickFrameRate,
  // Controller layouts, controller models and hand models come from our own origin, never a CDN.
  baseAssetPath: new URL('xr-profiles/', document.baseURI).href,
  // First-time students often hold the trigger or pinch for a while: up to 3 s still counts as a
  // press (the library's default is 300 ms, which silently drops slower presses; nothing here is a long press).
  controller: LessonController,
  // Hands never teleport: a pinch aimed at the floor is too easy to make by accident.
  // No grab pointer: nothing in a lesson is grabbed, and at the fingertip it would win every tie with
  // the poke (touch) pointer, so a poked button would never be pressed.
  hand: { teleportPointer: false, grabPointer: false, rayPointer: { clickThresholdMs: PRESS_MS }, touchPointer: { clickThresholdMs: PRESS_MS } },
});

