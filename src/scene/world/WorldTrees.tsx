import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useMemo } from 'react';
import { approach, jitter, settled } from '../consequences/motion.ts';
import type { TreeSpot } from './places/index.ts';
import { place } from './uniforms.ts';

interface Props {
  spots: readonly TreeSpot[];
  /** The space ahead is the world's (not a scene step's props). */
  near: boolean;
  /** 0..1: planted trees standing; 0..1 of the others felled (nearest first). */
  planted: number;
  felled: number;
  reduced: boolean;
}

/**
 * The place's trees are part of its one geometry; this moves them: planted trees grow in, felled ones
 * topple and lie where they stood (nearest first, so the student sees it), each at its own pace,
 * through the shader's per-tree arrays (uTreeGrow, uTreeFall). Draws nothing itself.
 */
export function WorldTrees({ spots, near, planted, felled, reduced }: Props) {
  const n = spots.length;
  // Felled in order of distance, nearest first.
  const fellRank = useMemo(() => {
    const order = spots.map((s, i) => ({ i, d: Math.hypot(s.x, s.z) })).filter((x) => !spots[x.i]!.planted).sort((a, b) => a.d - b.d);
    const rank = new Float32Array(n).fill(2);
    order.forEach((x, k) => (rank[x.i] = (k + 0.5) / order.length));
    return rank;
  }, [spots, n]);
  const want = useMemo(() => ({ grow: new Float32Array(n), fall: new Float32Array(n), first: true }), [n, spots]);

  useLayoutEffect(() => {
    spots.forEach((s, i) => {
      want.grow[i] = (s.near && !near) || (s.planted && planted < 0.5) ? 0 : 1;
      want.fall[i] = fellRank[i]! < felled ? 1 : 0;
    });
  }, [spots, near, planted, felled, fellRank, want]);

  useFrame((_, dt) => {
    const grow = place.uTreeGrow.value;
    const fall = place.uTreeFall.value;
    // A new place starts as it stands; after that, trees move toward what is wanted.
    const jump = reduced || want.first;
    want.first = false;
    for (let i = 0; i < n; i++) {
      const g = jump ? want.grow[i]! : approach(grow[i]!, want.grow[i]!, 1.2 + jitter(i, 3) * 1.5, dt);
      grow[i] = settled(g, want.grow[i]!) ? want.grow[i]! : g;
      const f = jump ? want.fall[i]! : approach(fall[i]!, want.fall[i]!, 1.5 + jitter(i, 5), dt);
      fall[i] = settled(f, want.fall[i]!) ? want.fall[i]! : f;
    }
  });
  return null;
}
