import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { useStore } from 'zustand';
import { panelSlot, sceneStatus, sceneView } from '../../app/views/scene.ts';
import type { SceneStep } from '../../lesson/steps/scene.ts';
import { Hotspots } from '../hotspots/Hotspots.tsx';
import { TeleportArea } from '../../xr/TeleportArea.tsx';
import { teleportStore } from '../../xr/teleport.ts';
import { MARKER, viewRectAhead } from '../hotspots/layout.ts';
import { BODY_SIZE, EYE_HEIGHT, NAV_BAR, PANEL_Y, TITLE_SIZE } from '../layout.ts';
import { PanelBacking } from '../ui/Panel.tsx';
import { usePanelDistance } from '../usePanelDistance.ts';
import { PropField } from '../props/PropField.tsx';
import { Label } from '../ui/Label.tsx';
import type { StepSceneProps } from './types.ts';
import { useTextHeight } from './useTextHeight.ts';

const WIDTH = 1.1;
const INNER = WIDTH - 0.1;
/** The panel's lower edge, just above the Back/Next bar: the panel grows upwards with its text. */
const BOTTOM = -0.54;
const STATUS = 0.05;
const HINT = 0.04;

/**
 * A scene step: props and hotspots stand in the world where the lesson puts them; a small panel
 * below eye level says what to do and how many are found, leaving the view ahead free (and stepping
 * aside when it would hide a hotspot).
 */
export function Scene3D({ step, session, lang }: StepSceneProps<SceneStep>) {
  const { t } = useTranslation();
  const seen = session.runner.visited[step.id];
  // Recomputed when this step's visits change, not on every change of the session.
  const v = useMemo(() => sceneView(step, session.runner, lang), [step, seen, lang]);
  const status = sceneStatus(v);
  const distance = usePanelDistance();
  const [titleHeight, onTitle] = useTextHeight(TITLE_SIZE * 1.2);
  const [bodyHeight, onBody] = useTextHeight(v.body ? BODY_SIZE * 2.8 : 0);
  const body = v.body ? bodyHeight + 0.03 : 0;
  const height = 0.05 + titleHeight + 0.03 + body + STATUS * 1.3 + 0.015 + HINT * 1.3 + 0.05;
  const top = BOTTOM + height;
  // Straight ahead unless that hides a hotspot; then turned aside, still facing the student.
  const slot = panelSlot(v.hotspots, { width: WIDTH, bottom: PANEL_Y + BOTTOM, top: PANEL_Y + top, distance, eye: EYE_HEIGHT });
  const turn = Math.atan2(slot, distance);
  // A hotspot's card keeps clear of the panel and of the Back/Next/Recenter bar under it (StepView).
  const keepClear = useMemo(() => [
    viewRectAhead(turn, WIDTH, PANEL_Y + BOTTOM, PANEL_Y + top, distance),
    viewRectAhead(0, NAV_BAR.width, PANEL_Y + NAV_BAR.bottom, PANEL_Y + NAV_BAR.top, distance),
  ], [turn, top, distance]);
  // The panel follows a teleported student (Stage moves the step's group); the world stays put.
  const moved = useStore(teleportStore, (s) => s.offset);
  return (
    <>
      {/* Cancels StepView's offset: lesson positions are in world space, the student at the origin. */}
      <group name="scene-world" position={[-moved.x, -PANEL_Y, distance - moved.z]}>
        {step.teleport && <TeleportArea />}
        <PropField props={step.props} />
        <Hotspots stepId={step.id} hotspots={v.hotspots} guide={!v.done} keepClear={keepClear} />
      </group>
      <group name="scene-panel" rotation={[0, -turn, 0]}
        position={[distance * Math.sin(turn), 0, distance * (1 - Math.cos(turn))]}>
        <PanelBacking width={WIDTH} height={height} position={[0, BOTTOM + height / 2, -0.005]} />
        <Label position={[-INNER / 2, top - 0.05, 0]} fontSize={TITLE_SIZE} maxWidth={INNER} anchorX="left" anchorY="top" onSync={onTitle}>
          {v.title}
        </Label>
        {v.body && (
          <Label position={[-INNER / 2, top - 0.05 - titleHeight - 0.03, 0]} fontSize={BODY_SIZE} maxWidth={INNER} anchorX="left" anchorY="top"
            lineHeight={1.35} onSync={onBody}>
            {v.body}
          </Label>
        )}
        <Label position={[-INNER / 2, BOTTOM + 0.05 + HINT * 1.3 + 0.015, 0]} fontSize={STATUS} maxWidth={INNER} anchorX="left" anchorY="bottom"
          color={v.done ? '#9be7b8' : MARKER.waiting}>
          {t(status.key, status.params)}
        </Label>
        <Label position={[-INNER / 2, BOTTOM + 0.05, 0]} fontSize={HINT} maxWidth={INNER} anchorX="left" anchorY="bottom" color="#cfd8dc">
          {v.total > 0 ? t('scene.hint3d') : ' '}
        </Label>
      </group>
    </>
  );
}
