import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { BoxGeometry, Color, IcosahedronGeometry, type InstancedMesh, MeshBasicMaterial, Object3D } from 'three';
import { MAX_BALLOONS } from '../../app/views/worldAnswer.ts';
import { mergeGeometries } from '../mergeGeometries.ts';
import { approach, jitter, settled } from '../consequences/motion.ts';
import { vertexLit } from './shaders.ts';

const R = 0.34; // m, a balloon's radius

/** A balloon and its string as one geometry: one instanced draw for all of them. */
function balloonGeometry() {
  const ball = new IcosahedronGeometry(R, 1);
  ball.scale(1, 1.15, 1);
  const string = new BoxGeometry(0.015, 1.2, 0.015).toNonIndexed().translate(0, -R * 1.15 - 0.6, 0);
  for (const g of [ball, string]) {
    g.deleteAttribute('uv');
    g.computeVertexNormals();
  }
  const merged = mergeGeometries([ball, string]);
  ball.dispose();
  string.dispose();
  return merged;
}

const material = vertexLit(new MeshBasicMaterial(), 'climatexr-balloons');

/**
 * Balloons of CO₂e gathering over the student, one per `kgPerBalloon` of their year so far: a new one
 * rises from the ground to its place, one no longer needed floats up and away. Ahead and above, so
 * a desktop view sees them too; in a headset they hang all round overhead.
 */
export function Overhead({ count, reduced }: { count: number; reduced: boolean }) {
  const mesh = useRef<InstancedMesh>(null);
  const target = useRef(count);
  const geometry = useMemo(balloonGeometry, []);
  const anim = useMemo(() => {
    const slots = new Float32Array(MAX_BALLOONS * 3);
    for (let i = 0; i < MAX_BALLOONS; i++) {
      // A loose crowd overhead, more of it ahead: within ±80° of straight ahead, 7–14 m away and
      // 7–11 m up, so a desktop view sees them above the panels and they never hide one.
      const a = (jitter(i, 1) - 0.5) * 2.8;
      const r = 7 + jitter(i, 2) * 7;
      slots[i * 3] = Math.sin(a) * r;
      slots[i * 3 + 1] = 7 + jitter(i, 3) * 4;
      slots[i * 3 + 2] = -Math.cos(a) * r;
    }
    return { slots, p: new Float32Array(MAX_BALLOONS), leaving: new Uint8Array(MAX_BALLOONS), dirty: true, o: new Object3D() };
  }, []);

  useLayoutEffect(() => {
    target.current = count;
    anim.dirty = true;
  }, [count, anim]);

  useLayoutEffect(() => {
    const m = mesh.current;
    if (!m) return;
    const c = new Color();
    for (let i = 0; i < MAX_BALLOONS; i++) m.setColorAt(i, c.setHSL(0.6, 0.15, 0.025 + jitter(i, 4) * 0.03)); // linear: dark grey-blue, a few shades
    if (m.instanceColor) m.instanceColor.needsUpdate = true;
    return () => geometry.dispose();
  }, [geometry]);

  useFrame((state, dt) => {
    const m = mesh.current;
    if (!m) return;
    const { slots, p, leaving, o } = anim;
    let changed = anim.dirty;
    for (let i = 0; i < MAX_BALLOONS; i++) {
      const before = p[i]!;
      const want = i < target.current ? 1 : 0;
      if (want === 1) leaving[i] = 0;
      else if (before > 0 && !leaving[i]) leaving[i] = 1;
      const next = reduced ? want : approach(before, want, 0.8 + jitter(i, 5) * 1.2, dt);
      p[i] = settled(next, want) ? want : next;
      if (p[i] !== before) changed = true;
    }
    if (!changed && reduced) return;
    anim.dirty = false;
    const time = state.clock.elapsedTime;
    let any = false;
    for (let i = 0; i < MAX_BALLOONS; i++) {
      const pi = p[i]!;
      const sway = reduced ? 0 : Math.sin(time * 0.5 + i * 1.7) * 0.12;
      const y = leaving[i] ? slots[i * 3 + 1]! + (1 - pi) * 8 : slots[i * 3 + 1]! * (1 - (1 - pi) * (1 - pi));
      const size = pi <= 0 ? 0 : leaving[i] ? pi : Math.min(1, pi * 2);
      o.position.set(slots[i * 3]! + sway, y, slots[i * 3 + 2]!);
      o.scale.setScalar(size);
      o.updateMatrix();
      m.setMatrixAt(i, o.matrix);
      any ||= size > 0;
    }
    m.instanceMatrix.needsUpdate = true;
    // No balloons, no draw call.
    m.visible = any;
  });

  return <instancedMesh ref={mesh} name="world:balloons" args={[geometry, material, MAX_BALLOONS]} frustumCulled={false} visible={false} />;
}
