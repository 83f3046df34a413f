import { lazy, Suspense } from 'react';
import { useStore } from 'zustand';
import { noteStepDrawn } from '../app/firstStep.ts';
import { classroomStore } from '../app/classroomState.ts';
import { appStore, shownStep } from '../app/store.ts';
import { NavBar3D } from './NavBar3D.tsx';
import { NAV_BAR, PANEL_Y } from './layout.ts';
import { SaveBadge3D } from './SaveBadge3D.tsx';
import { preloadStepScenes, STEP_SCENES } from './steps/index.ts';
import { usePanelDistance } from './usePanelDistance.ts';
import { useWhenShown } from './useWhenShown.ts';
import type { Lesson } from '../lesson/schema.ts';

// The class's pause card and the hand button: only where the laptop's hub is.
const Classroom3D = lazy(() => import('./Classroom3D.tsx'));

/** The current step's 3D content, in front of the student at reading distance. */
export function StepView() {
  const session = useStore(appStore, (s) => s.session);
  const lang = useStore(appStore, (s) => s.lang);
  const distance = usePanelDistance();
  const hub = useStore(classroomStore, (c) => c.hub !== 'none');
  // The teacher's pace decides whether Next is enabled (app/conduct.ts): the bar is drawn again when it changes.
  useStore(classroomStore, (c) => c.pace);
  if (!session) return null;
  const step = shownStep(session);
  const Scene = STEP_SCENES[step.type];
  return (
    <group name="step-view" position={[0, PANEL_Y, -distance]}>
      <Suspense fallback={null}>
        <Scene key={step.id} step={step as never} session={session} lang={lang} />
        <PreloadScenes lesson={session.lesson} />
      </Suspense>
      <NavBar3D session={session} y={NAV_BAR.y} />
      <SaveBadge3D y={-0.84} />
      {hub && <Suspense fallback={null}><Classroom3D barY={NAV_BAR.y} distance={distance} /></Suspense>}
    </group>
  );
}

/** Inside the step's Suspense: once the step is drawn, says so and fetches the lesson's other step types' 3D code. */
function PreloadScenes({ lesson }: { lesson: Lesson }) {
  useWhenShown(() => {
    noteStepDrawn();
    preloadStepScenes(lesson.steps.map((s) => s.type));
  }, [lesson]);
  return null;
}
