import type { ThreeEvent } from '@react-three/fiber';
import { useRef } from 'react';
import type { MeshBasicMaterial } from 'three';
import { noteRayHover } from '../../xr/aim.ts';
import { pressFeedback } from '../../xr/haptics.ts';
import { useHighContrast } from '../contrast.ts';
import { BUTTON_HEIGHT, BUTTON_TEXT_SIZE } from '../layout.ts';
import { Label } from './Label.tsx';

export type ButtonTone = 'default' | 'primary' | 'selected' | 'correct' | 'wrong' | 'disabled';

const COLORS: Record<ButtonTone, string> = {
  default: '#2b3a47', primary: '#2f7d5b', selected: '#2f5f9e', correct: '#2f8a4e', wrong: '#9e3b2f', disabled: '#3a3f44',
};
/** High contrast: each tone stands apart from the black panel; text white, black on the yellow primary. */
const HC_COLORS: Record<ButtonTone, string> = {
  default: '#0b3d91', primary: '#ffe600', selected: '#6a1b9a', correct: '#00692e', wrong: '#b00020', disabled: '#2a2a2a',
};
const HOVER = '#4a6a86';
const HC_HOVER = '#1565c0';
const noRaycast = () => {};

interface Props {
  label: string;
  onPress: () => void;
  position: [number, number, number];
  width: number;
  height?: number;
  tone?: ButtonTone;
  /** The name tests and debugging tools use to find this target. */
  name: string;
}

/**
 * A large target that controller rays, hand pinch/poke, mouse and touch all press the same way.
 * Hover is shown by changing the material in place: no React state, no re-render. A controller press
 * ticks that controller's haptics.
 */
export function Button3D({ label, onPress, position, width, height = BUTTON_HEIGHT, tone = 'default', name }: Props) {
  const material = useRef<MeshBasicMaterial>(null);
  const disabled = tone === 'disabled';
  const highContrast = useHighContrast();
  const base = (highContrast ? HC_COLORS : COLORS)[tone];
  const hoverColor = highContrast ? HC_HOVER : HOVER;
  const ink = disabled ? (highContrast ? '#b0b0b0' : '#8a9096') : highContrast && tone === 'primary' ? '#000000' : '#ffffff';
  const hover = (on: boolean) => (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation();
    noteRayHover(e, on); // a controller ray on a button: its trigger presses, never teleports
    if (material.current && !disabled) material.current.color.set(on ? hoverColor : base);
  };
  return (
    <group position={position}>
      <mesh
        name={name}
        onPointerOver={hover(true)}
        onPointerOut={hover(false)}
        onClick={(e) => {
          e.stopPropagation();
          if (disabled) return;
          pressFeedback(e); // a tick on the controller that pressed (nothing for mouse, touch, hands)
          onPress();
        }}
      >
        <planeGeometry args={[width, height]} />
        <meshBasicMaterial ref={material} color={base} />
      </mesh>
      {/* The label must not catch rays: XR pointers act on the first thing they hit, so a ray
          on the text would otherwise miss the button under it. */}
      <Label raycast={noRaycast} position={[0, 0, 0.004]} fontSize={BUTTON_TEXT_SIZE} maxWidth={width - 0.06} color={ink}>
        {label}
      </Label>
    </group>
  );
}
