import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { type InstancedMesh, type Mesh, Object3D } from 'three';
import { SETTLE_RATE } from './layout.ts';
import { approach, settled } from './motion.ts';

const DEPTH = 0.3; // m of water at the top of the scale: over the roof of the house
const POST = 0.36; // m, the measuring post
const MARKS = 5;

/**
 * A house on a low island and a measuring post; the sea rises around them with the choice's share of
 * the step's highest option. Six meshes (island, house, roof, post, marks, water): six draw calls.
 */
export function SeaLevel({ level, reduced }: { level: number; reduced: boolean }) {
  const water = useRef<Mesh>(null);
  const marks = useRef<InstancedMesh>(null);
  const target = useRef(level);
  const anim = useMemo(() => ({ value: 0, dirty: true }), []);

  useLayoutEffect(() => {
    target.current = level;
    anim.dirty = true;
  }, [level, anim]);

  useLayoutEffect(() => {
    const o = new Object3D();
    for (let i = 0; i < MARKS; i++) {
      o.position.set(0.16, 0.02 + (DEPTH * i) / (MARKS - 1), 0.012);
      o.updateMatrix();
      marks.current?.setMatrixAt(i, o.matrix);
    }
    if (marks.current) marks.current.instanceMatrix.needsUpdate = true;
  }, []);

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
      <mesh position={[-0.05, 0.02, 0]}>
        <boxGeometry args={[0.24, 0.04, 0.2]} />
        <meshLambertMaterial color="#b59f6b" />
      </mesh>
      <mesh position={[-0.05, 0.09, 0]}>
        <boxGeometry args={[0.13, 0.1, 0.11]} />
        <meshLambertMaterial color="#efe4d2" />
      </mesh>
      <mesh position={[-0.05, 0.175, 0]} rotation={[0, Math.PI / 4, 0]}>
        <coneGeometry args={[0.11, 0.07, 4]} />
        <meshLambertMaterial color="#a8483c" />
      </mesh>
      <mesh position={[0.16, POST / 2, 0]}>
        <boxGeometry args={[0.018, POST, 0.018]} />
        <meshLambertMaterial color="#e8e8e8" />
      </mesh>
      <instancedMesh ref={marks} args={[undefined, undefined, MARKS]} frustumCulled={false}>
        <boxGeometry args={[0.04, 0.006, 0.004]} />
        <meshBasicMaterial color="#c0392b" />
      </instancedMesh>
      <mesh ref={water} name="sea-water" position={[0, 0.004, 0]} scale={[1, 0.008, 1]} renderOrder={1}>
        <boxGeometry args={[0.46, 1, 0.32]} />
        <meshLambertMaterial color="#2f7fc1" transparent opacity={0.6} depthWrite={false} />
      </mesh>
    </group>
  );
}
