import { useFrame, useThree } from '@react-three/fiber';
import { XROrigin, useXR } from '@react-three/xr';
import { useEffect, useRef } from 'react';
import type { Group } from 'three';
import { recenterStore, settingsStore } from '../app/settings.ts';
import { recenter, SNAP_DEGREES, snapTurn } from './rig.ts';

const SNAP = (SNAP_DEGREES * Math.PI) / 180;
const PUSH = 0.7; // thumbstick deflection that counts as a snap
const RELEASE = 0.3; // and must fall back under before the next one

/**
 * The student's place in VR. On entering VR and on request it recenters, so the student stands (or sits,
 * lifted to standing eye height) facing the lesson panel. Turning is by 30° snaps on the right thumbstick,
 * never smooth, and nothing else moves the student.
 */
export function ComfortRig() {
  const origin = useRef<Group>(null);
  const head = useThree((s) => s.gl.xr.getCamera());
  const session = useXR((s) => s.session);
  const armed = useRef(true);
  const pending = useRef(0);

  useEffect(() => {
    // Recenter as soon as the headset reports where the head is.
    if (session) pending.current = 1;
  }, [session]);
  useEffect(() => recenterStore.subscribe(() => {
    pending.current = 1;
  }), []);

  const gl = useThree((s) => s.gl);
  useFrame((_, __, frame: XRFrame | undefined) => {
    const o = origin.current;
    if (!o || !frame) return;
    if (pending.current > 0) {
      const space = gl.xr.getReferenceSpace();
      if (!space || !frame.getViewerPose(space)) return;
      pending.current = 0;
      recenter(o, head, settingsStore.getState().seated);
    }
    if (!settingsStore.getState().snapTurn) return;
    for (const source of frame.session.inputSources) {
      if (source.handedness !== 'right' || !source.gamepad) continue;
      const x = source.gamepad.axes[2] ?? 0;
      if (armed.current && Math.abs(x) > PUSH) {
        snapTurn(o, head, x > 0 ? -SNAP : SNAP);
        armed.current = false;
      } else if (Math.abs(x) < RELEASE) armed.current = true;
    }
  });
  return <XROrigin ref={origin} />;
}
