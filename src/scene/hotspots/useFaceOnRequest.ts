import { useThree } from '@react-three/fiber';
import { useEffect, useRef, type RefObject } from 'react';
import { Vector3 } from 'three';
import type { HotspotView } from '../../app/views/scene.ts';
import { hotspotFocus } from './focus.ts';
import type { HotspotRefs } from './refs.ts';

const MAX_PITCH = 1.2; // as LookControls
const at = new Vector3();
const eye = new Vector3();

/**
 * On a screen, choosing "Look at: …" in the DOM layer turns the view to that hotspot at once, so a
 * keyboard user sees what they chose. The student asked for it; in VR nothing turns the head.
 */
export function useFaceOnRequest(stepId: string, hotspots: HotspotView[], refs: RefObject<HotspotRefs>): void {
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const list = useRef(hotspots);
  list.current = hotspots;
  useEffect(() => hotspotFocus.subscribe((s, prev) => {
    if (s.seq === prev.seq || s.from !== 'dom' || s.stepId !== stepId || !s.id || gl.xr.isPresenting) return;
    const g = refs.current.groups[list.current.findIndex((h) => h.id === s.id)];
    if (!g) return;
    g.getWorldPosition(at).sub(camera.getWorldPosition(eye));
    camera.rotation.order = 'YXZ';
    camera.rotation.y = Math.atan2(-at.x, -at.z);
    camera.rotation.x = Math.max(-MAX_PITCH, Math.min(MAX_PITCH, Math.atan2(at.y, Math.hypot(at.x, at.z))));
    camera.rotation.z = 0;
  }), [camera, gl, stepId, refs]);
}
