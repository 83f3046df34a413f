import { useEffect, useMemo } from 'react';
import { BufferGeometry, Float32BufferAttribute } from 'three';
import { SKY_RADIUS } from './places/common.ts';

/** A few hundred fixed stars above the horizon, the same every night (a seeded generator). */
function starField(): BufferGeometry {
  const n = 400;
  const pos = new Float32Array(n * 3);
  let seed = 7;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  for (let i = 0; i < n; i++) {
    const a = rnd() * Math.PI * 2;
    const y = 0.08 + rnd() * 0.92;
    const r = Math.sqrt(1 - y * y) * (SKY_RADIUS - 5);
    pos.set([Math.cos(a) * r, y * (SKY_RADIUS - 5), Math.sin(a) * r], i * 3);
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(pos, 3));
  return g;
}

/** Stars, at night only (the sky itself is part of the place's geometry: shaders.ts, surface `sky`). */
export function Stars({ shown }: { shown: boolean }) {
  const field = useMemo(starField, []);
  useEffect(() => () => field.dispose(), [field]);
  return (
    <points geometry={field} name="stars" visible={shown} frustumCulled={false}>
      <pointsMaterial color="#ffffff" size={2} sizeAttenuation={false} fog={false} transparent opacity={0.9} />
    </points>
  );
}
