import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { MAX_BALLOONS } from '../../app/views/worldAnswer.ts';
import { approach, jitter, settled } from '../consequences/motion.ts';
import { place } from './uniforms.ts';

/**
 * Balloons of CO₂e gathering over the student, one per `kgPerBalloon` of their year so far: a new one
 * rises from the ground to its place, one no longer needed floats up and away, each at its own pace.
 * They are part of the place's geometry (places/common.ts); this moves them through the shader's
 * per-balloon uniform (uBalloon: 0..1 risen, negative while leaving). Draws nothing itself.
 */
export function Overhead({ count, reduced }: { count: number; reduced: boolean }) {
  const target = useRef(count);
  const anim = useMemo(() => ({ p: new Float32Array(MAX_BALLOONS), leaving: new Uint8Array(MAX_BALLOONS), first: true }), []);

  useLayoutEffect(() => {
    target.current = count;
  }, [count]);

  useFrame((_, dt) => {
    const { p, leaving } = anim;
    const out = place.uBalloon.value;
    // A place opens with its balloons already there; after that they rise and leave.
    const jump = reduced || anim.first;
    anim.first = false;
    for (let i = 0; i < MAX_BALLOONS; i++) {
      const want = i < target.current ? 1 : 0;
      if (want === 1) leaving[i] = 0;
      else if (p[i]! > 0 && !leaving[i]) leaving[i] = 1;
      const next = jump ? want : approach(p[i]!, want, 0.8 + jitter(i, 5) * 1.2, dt);
      p[i] = settled(next, want) ? want : next;
      if (p[i] === 0) leaving[i] = 0;
      out[i] = leaving[i] ? -p[i]! : p[i]!;
    }
  });
  return null;
}
