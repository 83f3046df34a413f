import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { type Group, MeshBasicMaterial } from 'three';
import type { HotspotView } from '../../app/views/scene.ts';
import { PANEL_COLOR } from '../layout.ts';
import { useTextHeight } from '../steps/useTextHeight.ts';
import { Label } from '../ui/Label.tsx';
import { useReducedMotion } from '../useReducedMotion.ts';
import { CARD, cardPlace, cardRect, type CardSurroundings, hotspotScale, MARKER, yawToStudent } from './layout.ts';

const WIDTH = CARD.width;
const PAD = 0.05;
const TITLE = 0.058;
const BODY = 0.046;
const REVEAL_SECONDS = 0.18;

// Drawn over the world (no depth test), after it: a prop standing between the student and a hotspot
// never hides the text the student asked for.
const overlay = { depthTest: false, depthWrite: false, transparent: true } as const;
const backing = new MeshBasicMaterial({ ...overlay, color: PANEL_COLOR });
const strip = new MeshBasicMaterial({ ...overlay, color: MARKER.found });
const text = new MeshBasicMaterial(overlay);

/**
 * The "more" of a hotspot: its label and text on a card beside the marker, enlarged with distance so
 * it reads like the lesson panel, drawn over anything in the way.
 * Opens with a short grow (none under reduced motion).
 */
export function HotspotCard({ hotspot, around }: { hotspot: HotspotView | undefined; around: CardSurroundings }) {
  const reduced = useReducedMotion();
  const [titleHeight, onTitle] = useTextHeight(TITLE * 1.2);
  const [bodyHeight, onSync] = useTextHeight(0.2);
  const group = useRef<Group>(null);
  const t = useRef(reduced ? 1 : 0);
  const k = hotspot ? hotspotScale(hotspot.position) : 1;
  useFrame((_, dt) => {
    const g = group.current;
    if (!g || t.current >= 1) return;
    t.current = reduced ? 1 : Math.min(1, t.current + dt / REVEAL_SECONDS);
    g.scale.setScalar(k * (0.85 + 0.15 * (1 - (1 - t.current) ** 3)));
  });
  if (!hotspot) return null;
  // A long label wraps: the body goes under the title's real height, not under one line.
  const titleBlock = titleHeight + TITLE * 0.25;
  const height = PAD + titleBlock + bodyHeight + PAD;
  // Beside, above or below the marker: wherever it covers least of the other markers, their labels,
  // the panel and the buttons (layout.ts), clear of the ground.
  const rect = cardRect(hotspot.position, cardPlace(hotspot.position, height, around), height);
  const left = rect.x0;
  const top = rect.y1;
  return (
    <group ref={group} name={`hotspot-card:${hotspot.id}`}
      position={hotspot.position as [number, number, number]}
      rotation={[0, yawToStudent(hotspot.position), 0]}
      scale={k * (reduced ? 1 : 0.85)}>
      <mesh position={[left + WIDTH / 2, top - height / 2, -0.004]} material={backing} renderOrder={10}>
        <planeGeometry args={[WIDTH, height]} />
      </mesh>
      <mesh position={[left + 0.006, top - height / 2, -0.002]} material={strip} renderOrder={11}>
        <planeGeometry args={[0.012, height]} />
      </mesh>
      <Label position={[left + PAD, top - PAD, 0]} anchorX="left" anchorY="top" fontSize={TITLE} maxWidth={WIDTH - 2 * PAD} color={MARKER.waiting}
        lineHeight={1.2} onSync={onTitle} material={text} renderOrder={12}>
        {hotspot.label}
      </Label>
      <Label position={[left + PAD, top - PAD - titleBlock, 0]} anchorX="left" anchorY="top" fontSize={BODY} maxWidth={WIDTH - 2 * PAD}
        lineHeight={1.35} onSync={onSync} material={text} renderOrder={12}>
        {hotspot.body}
      </Label>
    </group>
  );
}
