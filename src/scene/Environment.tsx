import { Color } from 'three';
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';

export const PRESETS = {
  park: { sky: '#bfe3f5', ground: '#7fb069', light: 1.6 },
  city: { sky: '#c9d6df', ground: '#8d99a6', light: 1.5 },
  plant: { sky: '#d6e4ea', ground: '#a3a9a1', light: 1.5 },
  classroom: { sky: '#e8e2d6', ground: '#b59f7b', light: 1.4 },
  night: { sky: '#1c2541', ground: '#3a506b', light: 0.7 },
  'hot-city': { sky: '#f3d9b1', ground: '#b08968', light: 1.9 },
} as const;
export type PresetName = keyof typeof PRESETS;

/** Sky colour, one hemisphere light, one sun, a ground disc: no environment maps, nothing fetched. */
export function Environment({ preset = 'park' }: { preset?: PresetName }) {
  const p = PRESETS[preset];
  const scene = useThree((s) => s.scene);
  useEffect(() => {
    scene.background = new Color(p.sky);
  }, [scene, p.sky]);
  return (
    <>
      <hemisphereLight args={[p.sky, p.ground, p.light * 0.6]} />
      <directionalLight position={[3, 6, 2]} intensity={p.light} />
      {/* Subdivided: one huge triangle fan around the feet was clipped with wrong depth (SwiftShader) */}
      <mesh rotation={[-Math.PI / 2, 0, 0]} position={[0, 0, 0]}>
        <planeGeometry args={[60, 60, 24, 24]} />
        <meshLambertMaterial color={p.ground} />
      </mesh>
    </>
  );
}
