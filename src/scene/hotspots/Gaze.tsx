import { useFrame, useThree } from '@react-three/fiber';
import { useMemo, useRef, type RefObject } from 'react';
import { Vector3 } from 'three';
import { isPaused } from '../../app/pause.ts';
import type { HotspotView } from '../../app/views/scene.ts';
import { focusHotspot, focusedIn, hotspotFocus, visitHotspot } from './focus.ts';
import { DWELL_SEGMENTS } from './geometry.ts';
import { gazeTarget, newDwell, stepDwell } from './guide.ts';
import type { HotspotRefs } from './refs.ts';

/** Within 5° of the centre of view… */
const GAZE_COS = Math.cos((5 * Math.PI) / 180);
/** …for one second counts as looking at a hotspot. */
const DWELL_SECONDS = 1;

/**
 * Dwell: in VR, looking at a hotspot for a second visits it (or reopens a found one's card); on a
 * screen, resting the mouse on it for a second does the same. A ring fills around the marker meanwhile.
 * While the lesson is out of sight (hidden tab, headset menu) the dwell holds. Reads the head pose every
 * frame; allocates nothing there.
 */
export function Gaze({ stepId, hotspots, refs }: { stepId: string; hotspots: HotspotView[]; refs: RefObject<HotspotRefs> }) {
  const gl = useThree((s) => s.gl);
  const dwell = useRef(newDwell());
  const shown = useRef(-1);
  const s = useMemo(() => ({ eye: new Vector3(), forward: new Vector3(), points: hotspots.map(() => new Vector3()) }), [hotspots.length]);

  useFrame(({ camera }, dt) => {
    if (isPaused()) return;
    const d = dwell.current;
    const { groups, dwell: rings, visited, pointed } = refs.current;
    const presenting = gl.xr.isPresenting;
    let target = presenting ? -1 : pointed;
    if (presenting) {
      camera.getWorldPosition(s.eye);
      camera.getWorldDirection(s.forward);
      for (let i = 0; i < s.points.length; i++) groups[i]?.getWorldPosition(s.points[i]!);
      target = gazeTarget(s.eye, s.forward, s.points, GAZE_COS);
    }
    // A found hotspot whose card is already open has nothing more to show.
    if (target >= 0 && visited[target] && focusedIn(stepId, hotspotFocus.getState()) === hotspots[target]?.id) target = -1;
    const fire = stepDwell(d, target, dt, DWELL_SECONDS);
    if (shown.current !== d.target) {
      const old = rings[shown.current];
      if (old) old.visible = false;
      shown.current = d.target;
    }
    const ring = rings[d.target];
    if (ring) {
      const n = Math.floor((d.seconds / DWELL_SECONDS) * DWELL_SEGMENTS);
      ring.visible = !d.fired && n > 0;
      ring.geometry.setDrawRange(0, n * 6);
    }
    const h = fire ? hotspots[d.target] : undefined;
    if (h) {
      if (!presenting) refs.current.dwelt = d.target;
      if (h.visited) focusHotspot(stepId, h.id, 'scene');
      else visitHotspot(stepId, h.id, 'scene');
    }
  });
  return null;
}
