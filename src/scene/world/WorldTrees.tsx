import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { Color, type InstancedMesh, Matrix4, Quaternion, Vector3 } from 'three';
import { kindGeometry } from '../props/geometry.ts';
import { PROP_LIBRARY } from '../props/library/index.ts';
import { propMaterial } from '../props/materials.ts';
import { approach, jitter, settled } from '../consequences/motion.ts';
import type { TreeSpot } from './places/index.ts';

interface Props {
  spots: readonly TreeSpot[];
  /** The space ahead is the world's (not a scene step's props). */
  near: boolean;
  /** 0..1: planted trees standing; 0..1 of the others felled (nearest first). */
  planted: number;
  felled: number;
  reduced: boolean;
}

const up = new Vector3(0, 1, 0);
const axis = new Vector3();
const fall = new Quaternion();
const yaw = new Quaternion();
const at = new Vector3();
const size = new Vector3();
const m = new Matrix4();

/**
 * The place's trees, one instanced draw: planted trees grow in, felled ones topple and lie where
 * they stood (nearest first, so the student sees it), each at its own pace.
 */
export function WorldTrees({ spots, near, planted, felled, reduced }: Props) {
  const mesh = useRef<InstancedMesh>(null);
  const n = spots.length;
  // Felled in order of distance, nearest first.
  const fellRank = useMemo(() => {
    const order = spots.map((s, i) => ({ i, d: Math.hypot(s.x, s.z) })).filter((x) => !spots[x.i]!.planted).sort((a, b) => a.d - b.d);
    const rank = new Float32Array(n).fill(2);
    order.forEach((x, k) => (rank[x.i] = (k + 0.5) / order.length));
    return rank;
  }, [spots, n]);
  // Per tree: grown (0..1) and fallen (0..1), shown and wanted.
  const anim = useMemo(() => ({ grow: new Float32Array(n), fall: new Float32Array(n), growTo: new Float32Array(n), fallTo: new Float32Array(n), dirty: true }), [n]);

  useLayoutEffect(() => {
    spots.forEach((s, i) => {
      anim.growTo[i] = (s.near && !near) || (s.planted && planted < 0.5) ? 0 : 1;
      anim.fallTo[i] = fellRank[i]! < felled ? 1 : 0;
    });
    anim.dirty = true;
  }, [spots, near, planted, felled, fellRank, anim]);

  useLayoutEffect(() => {
    const x = mesh.current;
    if (!x) return;
    const c = new Color();
    spots.forEach((_, i) => x.setColorAt(i, c.setHSL(0.3 + jitter(i, 1) * 0.06, 0.45, 0.3 + jitter(i, 2) * 0.1)));
    if (x.instanceColor) x.instanceColor.needsUpdate = true;
  }, [spots]);

  useFrame((_, dt) => {
    const x = mesh.current;
    if (!x) return;
    const { grow, fall: fallen, growTo, fallTo } = anim;
    let changed = anim.dirty;
    const step = (v: Float32Array, to: Float32Array, i: number, rate: number) => {
      const before = v[i]!;
      const next = reduced ? to[i]! : approach(before, to[i]!, rate, dt);
      v[i] = settled(next, to[i]!) ? to[i]! : next;
      if (v[i] !== before) changed = true;
    };
    for (let i = 0; i < n; i++) {
      step(grow, growTo, i, 1.2 + jitter(i, 3) * 1.5);
      step(fallen, fallTo, i, 1.5 + jitter(i, 5));
    }
    if (!changed) return;
    anim.dirty = false;
    for (let i = 0; i < n; i++) {
      const s = spots[i]!;
      const k = grow[i]! * s.scale;
      // Toppling sideways, away from the student: an ease-in, as a cut trunk gives way.
      const f = fallen[i]!;
      const heading = Math.atan2(s.x, s.z) + (jitter(i, 6) - 0.5);
      axis.set(Math.cos(heading), 0, -Math.sin(heading));
      fall.setFromAxisAngle(axis, f * f * 1.5);
      yaw.setFromAxisAngle(up, jitter(i, 4) * 6.28);
      m.compose(at.set(s.x, 0, s.z), fall.multiply(yaw), size.set(k, k, k));
      x.setMatrixAt(i, m);
    }
    x.instanceMatrix.needsUpdate = true;
  });

  if (n === 0) return null;
  return <instancedMesh ref={mesh} name="world:trees" args={[kindGeometry(PROP_LIBRARY.tree), propMaterial, n]} frustumCulled={false} />;
}
