import { useFrame } from '@react-three/fiber';
import { useMemo, useRef, type RefObject } from 'react';
import { Frustum, Matrix4, type Mesh, MeshBasicMaterial, Quaternion, Vector3 } from 'three';
import { arrowGeometry } from './geometry.ts';
import { arrowAngle, nearestUnvisited } from './guide.ts';
import type { HotspotRefs } from './refs.ts';
import { MARKER } from './layout.ts';

// Transparent (though fully opaque) so it is drawn in the last pass, over the panels.
const material = new MeshBasicMaterial({ color: MARKER.waiting, depthTest: false, depthWrite: false, transparent: true, toneMapped: false });
const Z = new Vector3(0, 0, 1);
/** Where the arrow sits in the student's view: 1 m ahead, 27 cm below the centre, 5 cm towards its target. */
const AHEAD = 1;
const BELOW = 0.27;
const LEAD = 0.05;

/**
 * A small arrow near the bottom of the view, pointing the shortest way to the nearest hotspot not yet
 * found, shown only while every such hotspot is out of view and the step still needs visits (`on`).
 * Computed each frame with scratch objects.
 */
export function GuideArrow({ refs, on }: { refs: RefObject<HotspotRefs>; on: boolean }) {
  const arrow = useRef<Mesh>(null);
  const s = useMemo(() => ({
    eye: new Vector3(), forward: new Vector3(), points: [] as Vector3[], local: new Vector3(), at: new Vector3(),
    q: new Quaternion(), parentQ: new Quaternion(), turn: new Quaternion(), frustum: new Frustum(), m: new Matrix4(),
  }), []);

  useFrame(({ camera }) => {
    const a = arrow.current;
    if (!a?.parent) return;
    if (!on) {
      a.visible = false;
      return;
    }
    const { groups, visited } = refs.current;
    // Grows only when the step's hotspots change, never in a steady frame.
    while (s.points.length < groups.length) s.points.push(new Vector3());
    s.points.length = groups.length;
    camera.getWorldPosition(s.eye);
    camera.getWorldDirection(s.forward);
    s.frustum.setFromProjectionMatrix(s.m.multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse));
    let waiting = false;
    let inView = false;
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i];
      if (visited[i] || !g) continue;
      waiting = true;
      g.getWorldPosition(s.points[i]!);
      if (s.frustum.containsPoint(s.points[i]!)) inView = true;
    }
    const target = waiting && !inView ? nearestUnvisited(s.eye, s.forward, s.points, visited) : -1;
    a.visible = target >= 0;
    if (target < 0) return;
    s.local.copy(s.points[target]!).applyMatrix4(camera.matrixWorldInverse);
    const angle = arrowAngle(s.local.x, s.local.y, s.local.z);
    s.at.set(Math.cos(angle) * LEAD, -BELOW + Math.sin(angle) * LEAD, -AHEAD).applyMatrix4(camera.matrixWorld);
    a.position.copy(a.parent.worldToLocal(s.at));
    camera.getWorldQuaternion(s.q).multiply(s.turn.setFromAxisAngle(Z, angle));
    a.quaternion.copy(a.parent.getWorldQuaternion(s.parentQ).invert().multiply(s.q));
  });
  return <mesh ref={arrow} name="guide-arrow" geometry={arrowGeometry} material={material} visible={false} renderOrder={1000} frustumCulled={false} />;
}
