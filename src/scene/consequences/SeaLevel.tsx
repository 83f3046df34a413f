import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { BoxGeometry, type BufferGeometry, Color, ConeGeometry, Float32BufferAttribute, type Mesh } from 'three';
import { mergeGeometries } from '../mergeGeometries.ts';
import { SETTLE_RATE } from './layout.ts';
import { approach, settled } from './motion.ts';

const DEPTH = 0.3; // m of water at the top of the scale: over the roof of the house
const POST = 0.36; // m, the measuring post
const MARKS = 5;

/** One part of the island's scene, placed, in its own colour (vertex colours: the parts merge into one draw). */
function part(g: BufferGeometry, color: string, x: number, y: number, z: number, turn = 0): BufferGeometry {
  const flat = g.toNonIndexed();
  g.dispose();
  flat.rotateY(turn).translate(x, y, z);
  const c = new Color(color);
  const n = flat.getAttribute('position').count;
  const colors = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) colors.set([c.r, c.g, c.b], i * 3);
  flat.setAttribute('color', new Float32BufferAttribute(colors, 3));
  return flat;
}

/** The island, the house and its roof, the measuring post and its red marks: one geometry. */
function islandGeometry(): BufferGeometry {
  const parts = [
    part(new BoxGeometry(0.24, 0.04, 0.2), '#b59f6b', -0.05, 0.02, 0),
    part(new BoxGeometry(0.13, 0.1, 0.11), '#efe4d2', -0.05, 0.09, 0),
    part(new ConeGeometry(0.11, 0.07, 4), '#a8483c', -0.05, 0.175, 0, Math.PI / 4),
    part(new BoxGeometry(0.018, POST, 0.018), '#e8e8e8', 0.16, POST / 2, 0),
    ...Array.from({ length: MARKS }, (_, i) => part(new BoxGeometry(0.04, 0.006, 0.004), '#c0392b', 0.16, 0.02 + (DEPTH * i) / (MARKS - 1), 0.012)),
  ];
  const merged = mergeGeometries(parts);
  for (const p of parts) p.dispose();
  return merged;
}

/**
 * A house on a low island and a measuring post; the sea rises around them with the choice's share of
 * the step's highest option. Two meshes (the island's scene, the water): two draw calls.
 */
export function SeaLevel({ level, reduced }: { level: number; reduced: boolean }) {
  const water = useRef<Mesh>(null);
  const island = useMemo(islandGeometry, []);
  const target = useRef(level);
  const anim = useMemo(() => ({ value: 0, dirty: true }), []);

  useLayoutEffect(() => {
    target.current = level;
    anim.dirty = true;
  }, [level, anim]);

  useLayoutEffect(() => () => island.dispose(), [island]);

  useFrame((state, dt) => {
    const before = anim.value;
    const next = reduced ? target.current : approach(before, target.current, SETTLE_RATE * 0.7, dt);
    anim.value = settled(next, target.current) ? target.current : next;
    if (anim.value === before && !anim.dirty && reduced) return;
    anim.dirty = false;
    // A slight swell on the surface, unless motion is reduced.
    const swell = reduced || anim.value === 0 ? 0 : Math.sin(state.clock.elapsedTime * 1.4) * 0.003;
    const h = 0.008 + DEPTH * anim.value + swell;
    if (water.current) {
      water.current.scale.y = h;
      water.current.position.y = h / 2;
    }
  });

  return (
    <group>
      <mesh geometry={island}>
        <meshLambertMaterial vertexColors />
      </mesh>
      <mesh ref={water} name="sea-water" position={[0, 0.004, 0]} scale={[1, 0.008, 1]} renderOrder={1}>
        <boxGeometry args={[0.46, 1, 0.32]} />
        <meshLambertMaterial color="#2f7fc1" transparent opacity={0.6} depthWrite={false} />
      </mesh>
    </group>
  );
}
