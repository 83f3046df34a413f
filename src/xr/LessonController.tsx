import { DefaultXRController, DefaultXRInputSourceTeleportPointer, useXRInputSourceStateContext } from '@react-three/xr';
import { lazy, Suspense } from 'react';
import { useStore } from 'zustand';
import { rayOnPressable } from './aim.ts';
import { teleportStore } from './teleport.ts';

/** The merged controller model loads with the first controller, not with the lesson's first frame. */
const ControllerBody = lazy(() => import('./ControllerBody.tsx').then((m) => ({ default: m.ControllerBody })));

/** First-time students often hold the trigger: up to 3 s still counts as a press (the library's default is 300 ms). */
export const PRESS_MS = 3000;
const teleportRay = { color: '#9be7b8', opacity: 0.6 };

/**
 * Each controller: its model as one mesh (ControllerBody), @react-three/xr's grab and ray pointers, plus, only while a scene step allows
 * teleporting, its teleport pointer (a curved line to the ground, on the trigger). That pointer stands
 * beside the ray rather than competing with it for the nearest hit: it finds the ground only while the
 * ray is on nothing pressable, so a far hotspot behind the curve's landing spot is still pressed.
 */
export function LessonController() {
  const state = useXRInputSourceStateContext('controller');
  const allowed = useStore(teleportStore, (s) => s.allowed);
  return (
    <>
      <Suspense fallback={null}>
        <ControllerBody />
      </Suspense>
      <DefaultXRController model={false} teleportPointer={false} rayPointer={{ clickThresholdMs: PRESS_MS }} />
      {allowed && <DefaultXRInputSourceTeleportPointer rayModel={teleportRay} filter={() => !rayOnPressable(state.inputSource)} />}
    </>
  );
}
