import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { BackSide, BufferGeometry, Color, DoubleSide, Float32BufferAttribute, Fog, SphereGeometry } from 'three';
import { useStore } from 'zustand';
import { appStore } from '../app/store.ts';
import { DEFAULT_ENVIRONMENT, environmentFor, type EnvironmentName } from '../app/views/scene.ts';
import { roomGeometry } from './props/room.ts';

interface Preset {
  /** Sky straight up, at the horizon, and the ground colour (also the sky below the horizon). */
  zenith: string;
  horizon: string;
  ground: string;
  /** The light from the sky half of the hemisphere light (shadows are never black). */
  ambient: string;
  sun: string;
  /** Sun intensity; the hemisphere light gets 0.6 of it. */
  light: number;
  /** Where the sun shines from: behind the student, so what they face is lit. */
  sunAt: [number, number, number];
  /**
   * Fog start and end, metres, in the horizon's colour: the far ground fades into the sky, so the
   * ground's edge (140 m away) never shows; thicker on a hot day.
   */
  fog: [number, number];
  stars?: boolean;
  /** Indoors: walls of this colour instead of a sky. */
  room?: string;
}

export const PRESETS: Record<EnvironmentName, Preset> = {
  park: { zenith: '#5fa8e0', horizon: '#cfe9f7', ground: '#7fb069', ambient: '#d8eefa', sun: '#fff6e0', light: 1.6, sunAt: [3, 6, 4], fog: [12, 55] },
  city: { zenith: '#7f9fb8', horizon: '#d5dde3', ground: '#8d99a6', ambient: '#dfe6ec', sun: '#fff3e0', light: 1.5, sunAt: [-3, 6, 4], fog: [12, 55] },
  plant: { zenith: '#8fb0c4', horizon: '#dde6ea', ground: '#a3a9a1', ambient: '#e4ecef', sun: '#ffffff', light: 1.5, sunAt: [2, 6, 4], fog: [12, 55] },
  classroom: { zenith: '#f3efe6', horizon: '#e3d9c6', ground: '#b59f7b', ambient: '#fbf6ec', sun: '#fff8ec', light: 1.3, sunAt: [-4, 6, 3], fog: [14, 60], room: '#ece4d4' },
  night: { zenith: '#0b1226', horizon: '#2a3a5c', ground: '#3a506b', ambient: '#8a9ad0', sun: '#b8c6ff', light: 0.8, sunAt: [-2, 6, 4], fog: [12, 55], stars: true },
  'hot-city': { zenith: '#d9b48a', horizon: '#f4e2c4', ground: '#b9a084', ambient: '#fbeedb', sun: '#ffe2b0', light: 1.8, sunAt: [2, 5, 4], fog: [8, 45] },
};
export type PresetName = EnvironmentName;

const SKY_RADIUS = 160; // beyond the ground (140 m), inside the camera's far plane (200 m)

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

/**
 * The ground: a disc to 140 m whose rings widen with distance, so the fog fades it into the sky with
 * no visible edge, while the cells under the student stay small (one large triangle under the feet was
 * clipped with wrong depth by SwiftShader and drew over the panel).
 */
function groundDisc(): BufferGeometry {
  const radii = [0, 1, 2, 3.5, 5.5, 8, 12, 18, 27, 40, 60, 90, 140];
  const segments = 48;
  const pos: number[] = [];
  const index: number[] = [];
  for (const r of radii) {
    for (let i = 0; i < segments; i++) {
      const a = (i / segments) * Math.PI * 2;
      pos.push(Math.cos(a) * r, 0, -Math.sin(a) * r);
    }
  }
  for (let ring = 0; ring < radii.length - 1; ring++) {
    for (let i = 0; i < segments; i++) {
      const a = ring * segments + i;
      const b = ring * segments + ((i + 1) % segments);
      const c = a + segments;
      const d = b + segments;
      index.push(a, c, b, b, c, d);
    }
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(pos, 3));
  g.setAttribute('normal', new Float32BufferAttribute(pos.map((_, i) => (i % 3 === 1 ? 1 : 0)), 3));
  g.setIndex(index);
  g.computeBoundingSphere();
  return g;
}
const ground = groundDisc();

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
  const room = useMemo(() => (p.room ? roomGeometry(p.room) : null), [p.room]);
  useEffect(() => () => sky.dispose(), [sky]);
  useEffect(() => () => stars?.dispose(), [stars]);
  useEffect(() => () => room?.dispose(), [room]);
  useEffect(() => {
    scene.background = new Color(p.horizon);
    scene.fog = new Fog(p.horizon, p.fog[0], p.fog[1]);
  }, [scene, p]);
  return (
    <group name={`environment:${preset ?? current}`}>
      <hemisphereLight args={[p.ambient, p.ground, p.light * 0.6]} />
      <directionalLight position={p.sunAt} intensity={p.light} color={p.sun} />
      <mesh geometry={sky} renderOrder={-1} name="sky" visible={!room}>
        <meshBasicMaterial vertexColors side={BackSide} fog={false} depthWrite={false} />
      </mesh>
      {room && (
        <mesh geometry={room} name="room">
          <meshLambertMaterial vertexColors side={DoubleSide} />
        </mesh>
      )}
      {stars && (
        <points geometry={stars}>
          <pointsMaterial color="#ffffff" size={2} sizeAttenuation={false} fog={false} />
        </points>
      )}
      <mesh geometry={ground} name="ground">
        <meshLambertMaterial color={p.ground} />
      </mesh>
    </group>
  );
}
