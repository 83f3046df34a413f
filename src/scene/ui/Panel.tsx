import type { ReactNode } from 'react';
import { panelLook, useHighContrast } from '../contrast.ts';
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
      <PanelBacking width={width} height={height} position={[0, 0, -0.005]} color={color} opacity={opacity} />
      {children}
    </group>
  );
}

/** The card's plane alone: the panel colour at 92 %, or opaque black with high contrast on. */
export function PanelBacking({ width, height, position = [0, 0, 0], color = PANEL_COLOR, opacity = 0.92 }: Omit<Props, 'children'>) {
  const look = panelLook(color, opacity, useHighContrast());
  return (
    <mesh position={position} name="panel-backing">
      <planeGeometry args={[width, height]} />
      <meshBasicMaterial color={look.color} transparent={look.transparent} opacity={look.opacity} />
    </mesh>
  );
}
