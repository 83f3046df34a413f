import { useXR } from '@react-three/xr';
import { BackSide } from 'three';
import { useStore } from 'zustand';
import { classroomActions, classroomStore } from '../app/classroomState.ts';
import { useTranslation } from '../i18n/react.ts';
import { BODY_SIZE, EYE_HEIGHT, PANEL_Y, TITLE_SIZE } from './layout.ts';
import { Button3D } from './ui/Button3D.tsx';
import { Label } from './ui/Label.tsx';
import { Panel, PanelBacking } from './ui/Panel.tsx';

const CARD = { width: 1.3, height: 0.66, z: 0.1 } as const;
/** Over the step's panel, Back/Next and the badge (the step view's origin is the panel's centre). */
const BACKDROP = { width: 2.1, height: 1.8, y: -0.15, z: 0.06 } as const;
const SHADE_RADIUS = 2.4; // m round the student's eyes: the card (≈ 1.5 m away) inside, the world outside
const DIM = '#0b1620';

/**
 * A student's page in a class with the laptop's hub, in 3D (inside the step view, so a teleport moves
 * it like the panel; loaded only where a hub is). While the teacher pauses the class: a calm card at
 * the panel's usual distance in front of the lesson, and a dim shade round the student, which also
 * takes the rays (nothing under it can be pressed; the app store holds every runner event anyway).
 * It never follows the head and never moves the student. In a headset, a Raise/Lower hand button sits
 * between Back and Next (the DOM layer has its own on a screen).
 */
export default function Classroom3D({ barY, distance }: { barY: number; distance: number }) {
  const paused = useStore(classroomStore, (c) => c.paused);
  const inXR = useXR((s) => s.session != null);
  return (
    <>
      {paused && <PauseCard3D distance={distance} />}
      {inXR && !paused && <HandButton3D y={barY} />}
    </>
  );
}

function PauseCard3D({ distance }: { distance: number }) {
  const { t } = useTranslation();
  return (
    <group name="classroom:paused">
      {/* The shade: a sphere seen from inside, centred on the student's eyes (the step view stands `distance` ahead). */}
      <mesh name="classroom:shade" position={[0, EYE_HEIGHT - PANEL_Y, distance]}>
        <sphereGeometry args={[SHADE_RADIUS, 24, 16]} />
        <meshBasicMaterial color={DIM} side={BackSide} transparent opacity={0.82} depthWrite={false} />
      </mesh>
      {/* The lesson under the card, dimmed like the world (and out of the rays' reach). */}
      <PanelBacking width={BACKDROP.width} height={BACKDROP.height} position={[0, BACKDROP.y, BACKDROP.z]} color={DIM} opacity={0.9} />
      <Panel width={CARD.width} height={CARD.height} position={[0, 0, CARD.z]} color="#1d3b4f" opacity={1}>
        <Label position={[0, 0.14, 0]} fontSize={TITLE_SIZE * 1.15} maxWidth={CARD.width - 0.16} textAlign="center">{t('classroom.pausedTitle')}</Label>
        <Label position={[0, -0.1, 0]} fontSize={BODY_SIZE} lineHeight={1.35} maxWidth={CARD.width - 0.2} textAlign="center">{t('classroom.pausedBody')}</Label>
      </Panel>
    </group>
  );
}

function HandButton3D({ y }: { y: number }) {
  const { t } = useTranslation();
  const up = useStore(classroomStore, (c) => c.hand);
  // Between Back (−0.45 m) and Next (+0.45 m), 0.4 m wide each: 8 cm apart from both.
  return (
    <Button3D name="classroom:hand" label={t(up ? 'classroom.lowerHand' : 'classroom.raiseHand')} width={0.34} height={0.1}
      position={[0, y, 0]} tone={up ? 'selected' : 'default'} onPress={() => classroomActions.hand(!up)} />
  );
}
