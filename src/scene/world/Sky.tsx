import { useEffect, useMemo } from 'react';
import { BackSide, BufferGeometry, Color, Float32BufferAttribute, MeshBasicMaterial, SphereGeometry, Vector3, type WebGLProgramParametersWithUniforms } from 'three';
import { light } from './uniforms.ts';

export const SKY_RADIUS = 160; // beyond the ground (140 m), inside the camera's far plane (200 m)

/** The sky's own uniforms, set by World.tsx from the look (and the haze of a choice). */
export const sky = {
  uZenith: { value: new Color() },
  uHorizonSky: { value: new Color() },
  uSunTint: { value: new Color() },
  /** 0: no disc … 1: the sun (or the moon) as a sharp disc with a glow. */
  uDisc: { value: 1 },
  uSunAt: { value: new Vector3(0, 1, 0) },
};

/** A gradient from the horizon to the zenith, with the sun's disc and glow, drawn behind everything. */
function skyMaterial(): MeshBasicMaterial {
  const m = new MeshBasicMaterial({ side: BackSide, fog: false, depthWrite: false });
  m.name = 'world-sky';
  m.customProgramCacheKey = () => 'climatexr-sky';
  m.onBeforeCompile = (shader: WebGLProgramParametersWithUniforms) => {
    Object.assign(shader.uniforms, sky, { uTime: light.uTime });
    shader.vertexShader = `varying vec3 vDir;\n${shader.vertexShader}`.replace('#include <begin_vertex>', '#include <begin_vertex>\nvDir = position;');
    shader.fragmentShader = `uniform vec3 uZenith;\nuniform vec3 uHorizonSky;\nuniform vec3 uSunTint;\nuniform float uDisc;\nuniform vec3 uSunAt;\nvarying vec3 vDir;\n${shader.fragmentShader}`.replace(
      '#include <color_fragment>',
      /* glsl */ `
      vec3 d = normalize( vDir );
      vec3 col = mix( uHorizonSky, uZenith, pow( clamp( d.y, 0.0, 1.0 ), 0.55 ) );
      float s = dot( d, uSunAt );
      col += uSunTint * ( smoothstep( 0.9986, 0.9992, s ) * 1.6 * uDisc + pow( max( s, 0.0 ), 24.0 ) * 0.35 * uDisc + pow( max( s, 0.0 ), 4.0 ) * 0.12 );
      diffuseColor.rgb = col;`,
    );
  };
  return m;
}

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

/** The sky dome, and stars at night; hidden indoors. */
export function Sky({ stars, indoor }: { stars: number; indoor: boolean }) {
  const dome = useMemo(() => new SphereGeometry(SKY_RADIUS, 32, 16), []);
  const material = useMemo(skyMaterial, []);
  const field = useMemo(starField, []);
  useEffect(() => () => {
    dome.dispose();
    material.dispose();
    field.dispose();
  }, [dome, material, field]);
  return (
    <>
      <mesh geometry={dome} material={material} renderOrder={-1} name="sky" visible={!indoor} frustumCulled={false} />
      <points geometry={field} name="stars" visible={!indoor && stars > 0.95} frustumCulled={false}>
        <pointsMaterial color="#ffffff" size={2} sizeAttenuation={false} fog={false} transparent opacity={0.9} />
      </points>
    </>
  );
}
