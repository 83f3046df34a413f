import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { BoxGeometry, BufferGeometry, Color, type InstancedMesh, Object3D, SphereGeometry } from 'three';
import { mergeGeometries } from '../mergeGeometries.ts';
import { approach, jitter, settled } from './motion.ts';

const R = 0.042; // balloon radius, m
const STRING = 0.12; // m of string under each balloon
const COLUMNS = 4;
const rise = (p: number) => 1 - (1 - p) * (1 - p);

/** A balloon with its string under it, as one geometry: one instanced draw for every balloon. */
function balloonGeometry(): BufferGeometry {
  const ball = new SphereGeometry(R, 14, 10).toNonIndexed();
  const string = new BoxGeometry(0.003, STRING, 0.003).toNonIndexed().translate(0, -R * 1.15 - STRING / 2, 0);
  ball.scale(1, 1.15, 1);
  const merged = mergeGeometries([ball, string]);
  ball.dispose();
  string.dispose();
  return merged;
}

interface Props {
  units: number;
  maxUnits: number;
  reduced: boolean;
}

/**
 * CO₂e balloons over the stand, one per unit of kg: new ones rise from the stand, ones no longer
 * needed float up and away. One instanced mesh (a balloon and its string each): one draw call at any count.
 */
export function Balloons({ units, maxUnits, reduced }: Props) {
  const balls = useRef<InstancedMesh>(null);
  const geometry = useMemo(balloonGeometry, []);
  const target = useRef(units);
  const anim = useMemo(() => {
    const slots = new Float32Array(maxUnits * 3);
    for (let i = 0; i < maxUnits; i++) {
      const col = i % COLUMNS;
      const row = Math.floor(i / COLUMNS);
      slots[i * 3] = (col - (COLUMNS - 1) / 2) * 0.095 + (jitter(i, 1) - 0.5) * 0.025 + ((row % 2) - 0.5) * 0.03;
      slots[i * 3 + 1] = 0.32 + row * 0.085 + (jitter(i, 2) - 0.5) * 0.03;
      slots[i * 3 + 2] = (jitter(i, 3) - 0.5) * 0.14;
    }
    return { slots, p: new Float32Array(maxUnits), leaving: new Uint8Array(maxUnits), dirty: true, scratch: new Object3D() };
  }, [maxUnits]);

  useLayoutEffect(() => {
    target.current = units;
    anim.dirty = true;
  }, [units, anim]);

  // A few greys, so the bunch reads as many balloons rather than one blob; all hidden until the first
  // frame places them. Set once.
  useLayoutEffect(() => {
    const c = new Color();
    anim.scratch.scale.setScalar(0);
    anim.scratch.updateMatrix();
    for (let i = 0; i < maxUnits; i++) {
      balls.current?.setColorAt(i, c.setHSL(0.58, 0.08, 0.3 + jitter(i, 4) * 0.18));
      balls.current?.setMatrixAt(i, anim.scratch.matrix);
    }
    if (balls.current?.instanceColor) balls.current.instanceColor.needsUpdate = true;
  }, [maxUnits, anim]);
  useLayoutEffect(() => () => geometry.dispose(), [geometry]);

  useFrame((state, dt) => {
    const b = balls.current;
    if (!b) return;
    const { slots, p, leaving, scratch } = anim;
    const time = state.clock.elapsedTime;
    let changed = anim.dirty;
    for (let i = 0; i < maxUnits; i++) {
      const before = p[i]!;
      const want = i < target.current ? 1 : 0;
      if (want === 1 && leaving[i]) leaving[i] = 0;
      if (want === 0 && p[i]! > 0 && !leaving[i]) leaving[i] = 1;
      // Staggered: each balloon has its own pace, so they do not move as one block.
      const next = reduced ? want : approach(p[i]!, want, 1.6 + jitter(i, 5) * 2.4, dt);
      p[i] = settled(next, want) ? want : next;
      if (p[i] !== before) changed = true;
    }
    // Reduced motion: no sway, so nothing is written while the choice stays the same.
    if (!changed && reduced) return;
    anim.dirty = false;
    for (let i = 0; i < maxUnits; i++) {
      const pi = p[i]!;
      const sx = slots[i * 3]!;
      const sy = slots[i * 3 + 1]!;
      const sz = slots[i * 3 + 2]!;
      const sway = reduced ? 0 : Math.sin(time * 0.9 + i * 1.7) * 0.008;
      const y = leaving[i] ? sy + (1 - pi) * 0.6 : 0.05 + (sy - 0.05) * rise(pi);
      const size = leaving[i] ? pi : Math.min(1, pi * 3);
      scratch.position.set(sx + sway, y, sz);
      scratch.scale.set(size, size, size);
      scratch.updateMatrix();
      b.setMatrixAt(i, scratch.matrix);
    }
    b.instanceMatrix.needsUpdate = true;
  });

  return (
    <instancedMesh ref={balls} name="balloons" args={[geometry, undefined, maxUnits]} frustumCulled={false}>
      <meshLambertMaterial />
    </instancedMesh>
  );
}
