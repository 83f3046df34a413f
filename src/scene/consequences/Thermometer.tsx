import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { Color, type InstancedMesh, type Mesh, type MeshLambertMaterial, Object3D } from 'three';
import { SETTLE_RATE } from './layout.ts';
import { approach, settled } from './motion.ts';

const BOTTOM = 0.12; // m above the stand where the column starts (top of the bulb)
const HEIGHT = 0.56; // m of column at the top of the scale
const TICKS = 5; // 0, 25, 50, 75, 100 %
const COOL = new Color('#e8a33d');
const HOT = new Color('#d7263d');

/**
 * A thermometer whose column rises with the choice's share of the step's highest option, and reddens
 * as it does. Five meshes (tube, bulb, column, ticks, cap): five draw calls.
 */
export function Thermometer({ level, reduced }: { level: number; reduced: boolean }) {
  const column = useRef<Mesh>(null);
  const bulb = useRef<MeshLambertMaterial>(null);
  const fill = useRef<MeshLambertMaterial>(null);
  const ticks = useRef<InstancedMesh>(null);
  const target = useRef(level);
  const anim = useMemo(() => ({ value: 0, dirty: true, color: new Color() }), []);

  useLayoutEffect(() => {
    target.current = level;
    anim.dirty = true;
  }, [level, anim]);

  useLayoutEffect(() => {
    const o = new Object3D();
    for (let i = 0; i < TICKS; i++) {
      o.position.set(0.05, BOTTOM + 0.02 + (HEIGHT * i) / (TICKS - 1), 0);
      o.updateMatrix();
      ticks.current?.setMatrixAt(i, o.matrix);
    }
    if (ticks.current) ticks.current.instanceMatrix.needsUpdate = true;
  }, []);

  useFrame((_, dt) => {
    const before = anim.value;
    const next = reduced ? target.current : approach(before, target.current, SETTLE_RATE, dt);
    anim.value = settled(next, target.current) ? target.current : next;
    if (anim.value === before && !anim.dirty) return;
    anim.dirty = false;
    const h = 0.02 + HEIGHT * anim.value;
    if (column.current) {
      column.current.scale.y = h;
      column.current.position.y = BOTTOM + h / 2;
    }
    anim.color.copy(COOL).lerp(HOT, anim.value);
    fill.current?.color.copy(anim.color);
    bulb.current?.color.copy(anim.color);
  });

  return (
    <group>
      <mesh position={[0, 0.07, 0]}>
        <sphereGeometry args={[0.058, 16, 12]} />
        <meshLambertMaterial ref={bulb} color={COOL} />
      </mesh>
      <mesh ref={column} name="thermometer-column" position={[0, BOTTOM, 0]} scale={[1, 0.02, 1]}>
        <cylinderGeometry args={[0.019, 0.019, 1, 12]} />
        <meshLambertMaterial ref={fill} color={COOL} />
      </mesh>
      <mesh position={[0, BOTTOM + HEIGHT / 2 + 0.01, 0]}>
        <cylinderGeometry args={[0.032, 0.032, HEIGHT + 0.1, 16, 1, true]} />
        <meshBasicMaterial color="#dfe9ef" transparent opacity={0.28} depthWrite={false} />
      </mesh>
      <instancedMesh ref={ticks} args={[undefined, undefined, TICKS]} frustumCulled={false}>
        <boxGeometry args={[0.04, 0.006, 0.006]} />
        <meshBasicMaterial color="#f4f7f5" />
      </instancedMesh>
    </group>
  );
}
