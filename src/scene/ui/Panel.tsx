import type { ReactNode } from 'react';
import { PANEL_COLOR } from '../layout.ts';

interface Props {
  width: number;
  height: number;
  position?: [number, number, number];
  color?: string;
  opacity?: number;
  children?: ReactNode;
}

/** A flat backing card; children are placed in its local space (origin at its centre). */
export function Panel({ width, height, position = [0, 0, 0], color = PANEL_COLOR, opacity = 0.92, children }: Props) {
  return (
    <group position={position}>
      <mesh position={[0, 0, -0.005]}>
        <planeGeometry args={[width, height]} />
        <meshBasicMaterial color={color} transparent opacity={opacity} />
      </mesh>
      {children}
    </group>
  );
}
