import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { Color, type InstancedMesh, Object3D } from 'three';
import { approach, jitter, settled } from './motion.ts';

const COLUMNS = 5;
const TRUNK = 0.07; // m, a standing tree's trunk
const STUMP = 0.02; // m, what is left of a lost tree
const CROWN = 0.12; // m
const GREEN = new Color('#3f8f4a');
const BROWN = new Color('#7a5a33');

interface Anim {
  slots: Float32Array;
  rank: Uint8Array;
  h: Float32Array;
  dirty: boolean;
  scratch: Object3D;
  color: Color;
}

/** Writes every tree's trunk and crown from its health (1 standing, 0 a stump). No allocation. */
function place(tr: InstancedMesh, cr: InstancedMesh, { slots, h, scratch, color }: Anim): void {
  for (let i = 0; i < h.length; i++) {
    const hi = h[i]!;
    const x = slots[i * 2]!;
    const z = slots[i * 2 + 1]!;
    const trunk = STUMP + (TRUNK - STUMP) * hi;
    scratch.position.set(x, trunk / 2, z);
    scratch.scale.set(1, trunk, 1);
    scratch.updateMatrix();
    tr.setMatrixAt(i, scratch.matrix);
    scratch.position.set(x, trunk + (CROWN / 2) * hi, z);
    scratch.scale.setScalar(hi);
    scratch.updateMatrix();
    cr.setMatrixAt(i, scratch.matrix);
    cr.setColorAt(i, color.copy(BROWN).lerp(GREEN, hi));
  }
  tr.instanceMatrix.needsUpdate = true;
  cr.instanceMatrix.needsUpdate = true;
  if (cr.instanceColor) cr.instanceColor.needsUpdate = true;
}

interface Props {
  /** Trees lost. */
  units: number;
  maxUnits: number;
  reduced: boolean;
}

/**
 * A small wood on the stand: one tree lost per unit of kg (crown shrinks and browns to a stump), and
 * planted again when a lower choice needs fewer lost. Two instanced meshes: two draw calls.
 */
export function Trees({ units, maxUnits, reduced }: Props) {
  const trunks = useRef<InstancedMesh>(null);
  const crowns = useRef<InstancedMesh>(null);
  const target = useRef(units);
  const anim = useMemo((): Anim => {
    const rows = Math.ceil(maxUnits / COLUMNS);
    const slots = new Float32Array(maxUnits * 2);
    for (let i = 0; i < maxUnits; i++) {
      slots[i * 2] = ((i % COLUMNS) - (COLUMNS - 1) / 2) * 0.085 + (jitter(i, 7) - 0.5) * 0.025;
      slots[i * 2 + 1] = (Math.floor(i / COLUMNS) - (rows - 1) / 2) * 0.075 + (jitter(i, 8) - 0.5) * 0.02;
    }
    // Which trees go first: a fixed shuffle, so losses are spread through the wood.
    const order = Array.from({ length: maxUnits }, (_, i) => i).sort((a, b) => jitter(a, 9) - jitter(b, 9));
    const rank = new Uint8Array(maxUnits);
    order.forEach((slot, r) => (rank[slot] = r));
    return { slots, rank, h: new Float32Array(maxUnits).fill(1), dirty: true, scratch: new Object3D(), color: new Color() };
  }, [maxUnits]);

  useLayoutEffect(() => {
    target.current = units;
    anim.dirty = true;
  }, [units, anim]);

  // Standing before the first frame, never a frame of 1 m trunks at the origin.
  useLayoutEffect(() => {
    if (trunks.current && crowns.current) place(trunks.current, crowns.current, anim);
  }, [anim]);

  useFrame((_, dt) => {
    const tr = trunks.current;
    const cr = crowns.current;
    if (!tr || !cr) return;
    const { rank, h } = anim;
    let changed = anim.dirty;
    for (let i = 0; i < maxUnits; i++) {
      const want = rank[i]! < target.current ? 0 : 1;
      const before = h[i]!;
      const next = reduced ? want : approach(before, want, 1.5 + jitter(i, 10) * 2, dt);
      h[i] = settled(next, want) ? want : next;
      if (h[i] !== before) changed = true;
    }
    // Idle: nothing written to the GPU until the choice changes.
    if (!changed) return;
    anim.dirty = false;
    place(tr, cr, anim);
  });

  return (
    <group>
      <instancedMesh ref={trunks} args={[undefined, undefined, maxUnits]} frustumCulled={false}>
        <cylinderGeometry args={[0.009, 0.012, 1, 6]} />
        <meshLambertMaterial color="#6b4a2b" />
      </instancedMesh>
      <instancedMesh ref={crowns} name="tree-crowns" args={[undefined, undefined, maxUnits]} frustumCulled={false}>
        <coneGeometry args={[0.042, CROWN, 7]} />
        <meshLambertMaterial />
      </instancedMesh>
    </group>
  );
}
