import type { ThreeEvent } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Color, DoubleSide, type Group, type InstancedMesh, Matrix4, MeshBasicMaterial, type Mesh, Quaternion, Vector3 } from 'three';
import { useStore } from 'zustand';
import type { HotspotView } from '../../app/views/scene.ts';
import { noteRayHover } from '../../xr/aim.ts';
import { pressFeedback } from '../../xr/haptics.ts';
import { Label } from '../ui/Label.tsx';
import { hotspotFocus, focusHotspot, focusedIn, visitHotspot } from './focus.ts';
import { dwellGeometry, markerGeometry, targetGeometry } from './geometry.ts';
import { Gaze } from './Gaze.tsx';
import { GuideArrow } from './GuideArrow.tsx';
import { HotspotCard } from './HotspotCard.tsx';
import { hotspotScale, LABEL, MARKER, type ViewRect, yawToStudent } from './layout.ts';
import type { HotspotRefs } from './refs.ts';
import { useFaceOnRequest } from './useFaceOnRequest.ts';

// Markers, labels and the dwell ring are drawn over everything (after the panels): a hotspot behind
// the step's panel or a prop still shows where to look, and rays reach it (only targets take rays).
const overlay = { depthTest: false, depthWrite: false, transparent: true, toneMapped: false } as const;
const markerMaterial = new MeshBasicMaterial(overlay);
const labelMaterial = new MeshBasicMaterial(overlay);
const dwellMaterial = new MeshBasicMaterial({ ...overlay, color: MARKER.hover, side: DoubleSide });
const HOVER = '#4a6a86';
const m = new Matrix4();
const q = new Quaternion();
const up = new Vector3(0, 1, 0);
const pos = new Vector3();
const scl = new Vector3();
const color = new Color();


/**
 * The step's "look here" hotspots in world space: markers (one instanced draw), labels, invisible
 * pointer targets named `hotspot:<id>`, the open hotspot's card, dwell (gaze in VR, a resting mouse on a
 * screen) and the guide arrow.
 */
export function Hotspots({ stepId, hotspots, guide, keepClear }: { stepId: string; hotspots: HotspotView[]; guide: boolean; keepClear: readonly ViewRect[] }) {
  const markers = useRef<InstancedMesh>(null);
  const refs = useRef<HotspotRefs>({ groups: [], dwell: [], visited: [], pointed: -1, dwelt: -1 });
  refs.current.visited = hotspots.map((h) => h.visited);
  const focused = useStore(hotspotFocus, (s) => focusedIn(stepId, s));
  const scales = useMemo(() => hotspots.map((h) => hotspotScale(h.position)), [hotspots]);
  // One dwell ring per hotspot: each is drawn part by part through its own draw range.
  const dwellGeometries = useMemo(() => hotspots.map(() => dwellGeometry()), [hotspots.length]);
  // Never drawn; its colour follows hover like Button3D's, so tools and tests can read the state.
  const targets = useMemo(() => hotspots.map(() => new MeshBasicMaterial({ visible: false })), [hotspots.length]);
  useEffect(() => () => dwellGeometries.forEach((g) => g.dispose()), [dwellGeometries]);
  useEffect(() => () => targets.forEach((t) => t.dispose()), [targets]);
  // Leaving the step with the mouse over a marker must not leave the pointer cursor behind.
  useEffect(() => () => void (document.body.style.cursor = ''), []);
  useFaceOnRequest(stepId, hotspots, refs);

  const paint = (i: number, hover: boolean) => {
    const mesh = markers.current;
    const h = hotspots[i];
    if (!mesh || !h) return;
    mesh.setColorAt(i, color.set(hover ? MARKER.hover : h.visited ? MARKER.found : MARKER.waiting));
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
  };
  useLayoutEffect(() => {
    const mesh = markers.current;
    if (!mesh) return;
    hotspots.forEach((h, i) => {
      const k = scales[i]!;
      mesh.setMatrixAt(i, m.compose(pos.set(...h.position), q.setFromAxisAngle(up, yawToStudent(h.position)), scl.set(k, k, k)));
      paint(i, false);
    });
    mesh.instanceMatrix.needsUpdate = true;
    mesh.computeBoundingSphere();
  });

  const hover = (i: number, on: boolean) => (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation();
    noteRayHover(e, on);
    paint(i, on);
    targets[i]?.color.set(on ? HOVER : '#ffffff');
    if (e.pointerType === 'mouse') document.body.style.cursor = on ? 'pointer' : '';
    // Only a resting mouse or pen dwells: a touch has no hover, and in VR the head's gaze does.
    if (e.pointerType !== 'mouse' && e.pointerType !== 'pen') return;
    const r = refs.current;
    if (on) r.pointed = i;
    else {
      if (r.pointed === i) r.pointed = -1;
      if (r.dwelt === i) r.dwelt = -1;
    }
  };
  const press = (i: number, h: HotspotView) => (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation();
    pressFeedback(e);
    const r = refs.current;
    // A press ends this hover's dwell: a card the student just closed does not reopen under the mouse.
    const dwelt = r.dwelt === i;
    r.pointed = -1;
    r.dwelt = -1;
    // On press, not on click: nothing to drag here, and a press counts even when frames are slow.
    // Pressing the open hotspot again closes its card (unless resting on it just opened it); any other
    // press opens (and counts) it.
    if (focused === h.id) {
      if (!dwelt) focusHotspot(stepId, null, 'scene');
    } else visitHotspot(stepId, h.id, 'scene');
  };

  return (
    <group name="hotspots">
      <instancedMesh key={hotspots.length} ref={markers} args={[markerGeometry, markerMaterial, hotspots.length]} name="hotspot-markers"
        renderOrder={5} />
      {hotspots.map((h, i) => (
        <group
          key={h.id}
          position={h.position as [number, number, number]}
          rotation={[0, yawToStudent(h.position), 0]}
          scale={scales[i] ?? 1}
          ref={(g) => {
            refs.current.groups[i] = g;
          }}
        >
          <mesh name={`hotspot:${h.id}`} geometry={targetGeometry} material={targets[i]!}
            onPointerOver={hover(i, true)} onPointerOut={hover(i, false)} onPointerDown={press(i, h)} />
          <mesh geometry={dwellGeometries[i]!} material={dwellMaterial} visible={false} position={[0, 0, 0.01]} renderOrder={7}
            ref={(r) => {
              refs.current.dwell[i] = r;
            }} />
          {/* The open card's title repeats the label, and the card would cover half of it. */}
          <Label name={`hotspot-label:${h.id}`} position={[0, LABEL.y, 0]} fontSize={LABEL.size} anchorY="bottom" maxWidth={LABEL.maxWidth} textAlign="center" visible={focused !== h.id}
            outlineWidth={0.005} outlineColor="#0b1620" color={h.visited ? '#c9f5da' : '#ffffff'} material={labelMaterial} renderOrder={6}>
            {h.visited ? `✓ ${h.label}` : h.label}
          </Label>
        </group>
      ))}
      {focused && (
        <HotspotCard key={focused} hotspot={hotspots.find((h) => h.id === focused)}
          around={{ others: hotspots.filter((h) => h.id !== focused), keepClear }} />
      )}
      <Gaze stepId={stepId} hotspots={hotspots} refs={refs} />
      <GuideArrow refs={refs} on={guide} />
    </group>
  );
}
