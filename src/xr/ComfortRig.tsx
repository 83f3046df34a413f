import { useFrame, useThree } from '@react-three/fiber';
import { XROrigin, useXR } from '@react-three/xr';
import { useEffect, useRef } from 'react';
import { Vector3, type Group } from 'three';
import { recenterStore, settingsStore } from '../app/settings.ts';
import { recenter, SNAP_DEGREES, snapTurn, teleportHead } from './rig.ts';
import { setTeleportOffset, teleportStore } from './teleport.ts';

const SNAP = (SNAP_DEGREES * Math.PI) / 180;
const PUSH = 0.7; // thumbstick deflection that counts as a snap
const RELEASE = 0.3; // and must fall back under before the next one
const moved = new Vector3();

/**
 * The student's place in VR. On entering VR and on request it recenters, so the student stands (or sits,
 * lifted to standing eye height) facing the lesson panel. Turning is by 30° snaps on the right thumbstick,
 * never smooth. On a scene step that allows it, a teleport puts the student at once on the chosen spot,
 * and the next step puts them back. Nothing else moves the student.
 */
export function ComfortRig() {
  const origin = useRef<Group>(null);
  const head = useThree((s) => s.gl.xr.getCamera());
  const session = useXR((s) => s.session);
  const armed = useRef(true);
  const pending = useRef(0);
  // The teleport request and home request last performed (teleportStore counts them).
  const done = useRef({ request: teleportStore.getState().request?.seq ?? 0, home: teleportStore.getState().home });

  useEffect(() => {
    // Recenter as soon as the headset reports where the head is.
    if (session) pending.current = 1;
    // Out of VR the panel stands where the step puts it.
    else setTeleportOffset(0, 0);
  }, [session]);
  useEffect(() => recenterStore.subscribe(() => {
    pending.current = 1;
  }), []);

  const gl = useThree((s) => s.gl);
  useFrame((_, __, frame: XRFrame | undefined) => {
    const o = origin.current;
    if (!o || !frame) return;
    const t = teleportStore.getState();
    if (t.home !== done.current.home) {
      done.current.home = t.home;
      // Back by what teleporting added: turns made since are kept, as turning is on the spot.
      o.position.x -= t.offset.x;
      o.position.z -= t.offset.z;
      setTeleportOffset(0, 0);
    }
    if (pending.current > 0) {
      const space = gl.xr.getReferenceSpace();
      if (!space || !frame.getViewerPose(space)) return;
      pending.current = 0;
      recenter(o, head, settingsStore.getState().seated);
      setTeleportOffset(0, 0);
    }
    const r = t.request;
    if (r && r.seq !== done.current.request) {
      done.current.request = r.seq;
      teleportHead(o, head, r.x, r.z, moved);
      const off = teleportStore.getState().offset;
      setTeleportOffset(off.x + moved.x, off.z + moved.z);
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
