import { useEffect, useMemo, type RefObject } from 'react';
import type { Material, Mesh } from 'three';
import { WorldBuilder } from './builder.ts';
import { groundDisc } from './places/common.ts';
import { SURFACE } from './surfaces.ts';

/** Muddy flood water to 140 m round the student, flowing slowly; its height is set by World.tsx each frame it changes. */
export function Flood({ mesh, material }: { mesh: RefObject<Mesh | null>; material: Material }) {
  const geometry = useMemo(() => {
    const b = new WorldBuilder();
    // Rings, like the ground: no long triangle under the feet (SwiftShader clipped one with wrong depth).
    groundDisc(b, { color: '#6e5d40', surface: SURFACE.water, move: [0.35, 0.25, 0, 0] });
    return b.build();
  }, []);
  useEffect(() => () => geometry.dispose(), [geometry]);
  return <mesh ref={mesh} geometry={geometry} material={material} name="world:flood" visible={false} frustumCulled={false} />;
}
