import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { BackSide, BufferGeometry, Color, Float32BufferAttribute, Fog, SphereGeometry } from 'three';
import { useStore } from 'zustand';
import { appStore } from '../app/store.ts';
import { DEFAULT_ENVIRONMENT, environmentFor, type EnvironmentName } from '../app/views/scene.ts';

interface Preset {
  /** Sky straight up, at the horizon, and the ground colour (also the sky below the horizon). */
  zenith: string;
  horizon: string;
  ground: string;
  sun: string;
  /** Sun intensity; the hemisphere light gets 0.6 of it. */
  light: number;
  /** Where the sun shines from. */
  sunAt: [number, number, number];
  /**
   * Fog start and end, metres, in the horizon's colour: the far ground fades into the sky, so the
   * ground's edge (30 m away) never shows; thicker on a hot day and indoors.
   */
  fog: [number, number];
  stars?: boolean;
}

export const PRESETS: Record<EnvironmentName, Preset> = {
  park: { zenith: '#5fa8e0', horizon: '#cfe9f7', ground: '#7fb069', sun: '#fff6e0', light: 1.6, sunAt: [3, 6, 2], fog: [12, 55] },
  city: { zenith: '#7f9fb8', horizon: '#d5dde3', ground: '#8d99a6', sun: '#fff3e0', light: 1.5, sunAt: [-3, 6, 2], fog: [12, 55] },
  plant: { zenith: '#8fb0c4', horizon: '#dde6ea', ground: '#a3a9a1', sun: '#ffffff', light: 1.5, sunAt: [2, 6, 3], fog: [12, 55] },
  classroom: { zenith: '#f3efe6', horizon: '#e3d9c6', ground: '#b59f7b', sun: '#fff8ec', light: 1.4, sunAt: [1, 6, 1], fog: [10, 40] },
  night: { zenith: '#0b1226', horizon: '#2a3a5c', ground: '#3a506b', sun: '#b8c6ff', light: 0.7, sunAt: [-2, 6, -3], fog: [12, 55], stars: true },
  'hot-city': { zenith: '#e9b27a', horizon: '#f7dfb9', ground: '#b08968', sun: '#ffd59a', light: 1.9, sunAt: [2, 5, -4], fog: [8, 45] },
};
export type PresetName = EnvironmentName;

const SKY_RADIUS = 150; // inside the camera's far plane (200 m)

function skyDome(p: Preset): BufferGeometry {
  const g = new SphereGeometry(SKY_RADIUS, 24, 12);
  const pos = g.getAttribute('position');
  const colors = new Float32Array(pos.count * 3);
  const zenith = new Color(p.zenith);
  const horizon = new Color(p.horizon);
  const ground = new Color(p.ground);
  const c = new Color();
  for (let i = 0; i < pos.count; i++) {
    const h = pos.getY(i) / SKY_RADIUS;
    // Below the horizon the dome is only seen past the ground's edge, through the fog: horizon colour.
    if (h >= 0) c.copy(horizon).lerp(zenith, Math.pow(h, 0.6));
    else c.copy(horizon).lerp(ground, Math.min(1, -h * 1.5));
    colors.set([c.r, c.g, c.b], i * 3);
  }
  g.setAttribute('color', new Float32BufferAttribute(colors, 3));
  return g;
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

/** The current surroundings: the last scene step's environment (see environmentFor). */
function useEnvironmentName(): EnvironmentName {
  return useStore(appStore, (s) => (s.session ? environmentFor(s.session.lesson, s.session.runner) : DEFAULT_ENVIRONMENT));
}

/**
 * Sky dome, ground, one hemisphere light and one sun, built from colours: no environment maps, nothing
 * fetched. Follows the lesson: a scene step's `environment` stays until another scene step changes it.
 */
export function Environment({ preset }: { preset?: PresetName }) {
  const current = useEnvironmentName();
  const p = PRESETS[preset ?? current];
  const scene = useThree((s) => s.scene);
  const sky = useMemo(() => skyDome(p), [p]);
  const stars = useMemo(() => (p.stars ? starField() : null), [p.stars]);
  useEffect(() => () => sky.dispose(), [sky]);
  useEffect(() => () => stars?.dispose(), [stars]);
  useEffect(() => {
    scene.background = new Color(p.horizon);
    scene.fog = new Fog(p.horizon, p.fog[0], p.fog[1]);
  }, [scene, p]);
  return (
    <group name={`environment:${preset ?? current}`}>
      <hemisphereLight args={[p.zenith, p.ground, p.light * 0.6]} />
      <directionalLight position={p.sunAt} intensity={p.light} color={p.sun} />
      <mesh geometry={sky} renderOrder={-1} name="sky">
        <meshBasicMaterial vertexColors side={BackSide} fog={false} depthWrite={false} />
      </mesh>
      {stars && (
        <points geometry={stars}>
          <pointsMaterial color="#ffffff" size={2} sizeAttenuation={false} fog={false} />
        </points>
      )}
      {/* Subdivided into 2.5 m cells: one large triangle under the feet was clipped with wrong depth
          (SwiftShader) and drew over the panel. Keep the cells small. */}
      <mesh rotation={[-Math.PI / 2, 0, 0]} position={[0, 0, 0]} name="ground">
        <planeGeometry args={[60, 60, 24, 24]} />
        <meshLambertMaterial color={p.ground} />
      </mesh>
    </group>
  );
}
