import { useEffect, useState } from 'react';
import { useXR } from '@react-three/xr';
import { useTranslation } from '../i18n/react.ts';
import { useStore } from 'zustand';
import { classroomStore } from '../app/classroomState.ts';
import { paceHolds } from '../app/conduct.ts';
import { progressLog } from '../app/progressLog.ts';
import { appStore } from '../app/store.ts';
import { saveBadge } from '../app/views/saveBadge.ts';
import type { SaveState } from '../app/progressLog.ts';
import { BODY_SIZE } from './layout.ts';
import { Label } from './ui/Label.tsx';
import { Panel } from './ui/Panel.tsx';
import { useTextHeight } from './steps/useTextHeight.ts';

const WIDTH = 1.3;
const SIZE = BODY_SIZE; // the panels' body text: ≈ 0.6° at 1.6 m
const LINE = SIZE * 1.3;
const PAD = 0.035;
const COLORS = { warn: '#7a2a22', info: '#1f4a6e' } as const;
const noRaycast = () => {};

/** The save state only (not the pending count): the badge re-renders when it changes, never per event or frame. */
function useSaveState(): SaveState | null {
  const [state, setState] = useState<SaveState | null>(null);
  useEffect(() => {
    let off: (() => void) | undefined;
    let live = true;
    void progressLog().then((store) => {
      if (!live) return;
      setState(store.status().state);
      off = store.subscribe((s) => setState(s.state));
    });
    return () => {
      live = false;
      off?.();
    };
  }, []);
  return state;
}

/**
 * In a headset the DOM's "Not saved" status and "resumed at the nearest step" notice are out of sight:
 * this card under the Back/Next bar says the same (app/views/saveBadge.ts), only while one applies; in
 * a class, also where progress is saved and "wait for your teacher".
 * Not pressable, and below every button (the XR Recenter button sits at the bar's −0.14 m), so it
 * never stands in a ray's way. The card fits its text once troika has laid it out.
 */
export function SaveBadge3D({ y }: { y: number }) {
  const { t } = useTranslation();
  const notice = useStore(appStore, (s) => s.session?.notice ?? null);
  // In a class (the laptop's hub): where progress is, and whether the teacher's pace holds Next.
  // (Where progress is: in a headset only; on a screen the DOM's save indicator says it beside the view.)
  const inXR = useXR((x) => x.session != null);
  const where = useStore(classroomStore, (c) => (c.hub === 'none' || !inXR ? null : c.onLaptop ? 'laptop' : 'device'));
  const pace = useStore(classroomStore, (c) => c.pace);
  const waitTeacher = useStore(appStore, (s) => (s.session ? paceHolds(s.session.lesson, s.session.runner, pace) : false));
  const badge = saveBadge(useSaveState(), notice, { where, waitTeacher });
  // Until measured, room for two lines (≈ 25 Korean syllables or 50 Latin letters a line).
  const [textHeight, onSync] = useTextHeight(LINE * 2);
  if (!badge) return null;
  const height = Math.max(textHeight, LINE) + PAD * 2;
  return (
    <group name={`badge:${badge.tone}`} position={[0, y - height / 2, 0]}>
      <Panel width={WIDTH} height={height} color={COLORS[badge.tone]} opacity={0.95}>
        <Label raycast={noRaycast} onSync={onSync} fontSize={SIZE} lineHeight={1.3} maxWidth={WIDTH - PAD * 2} textAlign="center">
          {badge.lines.map((k) => t(k)).join('\n')}
        </Label>
      </Panel>
    </group>
  );
}
