import { useEffect, useMemo } from 'react';
import { BufferGeometry, Float32BufferAttribute, LineBasicMaterial, type WebGLProgramParametersWithUniforms } from 'three';
import { light } from './uniforms.ts';

const DROPS = 1200;
const HEIGHT = 14; // m of falling rain round the student
const RADIUS = 18;

/** Streaks falling all round the student, moved on the GPU by the world's clock: one draw call. */
function rainGeometry(): BufferGeometry {
  const pos = new Float32Array(DROPS * 6);
  const tip = new Float32Array(DROPS * 2);
  let seed = 11;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  for (let i = 0; i < DROPS; i++) {
    const a = rnd() * Math.PI * 2;
    const r = 0.8 + Math.sqrt(rnd()) * RADIUS;
    const x = Math.cos(a) * r;
    const z = Math.sin(a) * r;
    const y = rnd() * HEIGHT;
    // Both ends at the streak's foot; `tip` lifts the upper one, so a streak wraps round as one.
    pos.set([x, y, z, x + 0.02, y, z], i * 6);
    tip[i * 2 + 1] = 1;
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(pos, 3));
  g.setAttribute('tip', new Float32BufferAttribute(tip, 1));
  return g;
}

function rainMaterial(): LineBasicMaterial {
  const m = new LineBasicMaterial({ color: '#c9d3dc', transparent: true, opacity: 0.5, depthWrite: false });
  m.name = 'world-rain';
  m.customProgramCacheKey = () => 'climatexr-rain';
  m.onBeforeCompile = (shader: WebGLProgramParametersWithUniforms) => {
    shader.uniforms.uTime = light.uTime;
    shader.vertexShader = `uniform float uTime;\nattribute float tip;\n${shader.vertexShader}`.replace(
      '#include <begin_vertex>',
      `vec3 transformed = vec3( position );\ntransformed.y = mod( position.y - uTime * 9.0, ${HEIGHT.toFixed(1)} ) + tip * 0.45;`,
    );
  };
  return m;
}

/** Rain in the rain, a downpour in the storm: `amount` 0.5 draws half the streaks. */
export function Rain({ amount }: { amount: number }) {
  const geometry = useMemo(rainGeometry, []);
  const material = useMemo(rainMaterial, []);
  useEffect(() => () => {
    geometry.dispose();
    material.dispose();
  }, [geometry, material]);
  useEffect(() => {
    geometry.setDrawRange(0, Math.round(DROPS * amount) * 2);
  }, [geometry, amount]);
  return <lineSegments geometry={geometry} material={material} name="world:rain" visible={amount > 0} frustumCulled={false} />;
}
