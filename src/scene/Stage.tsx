import { Canvas } from '@react-three/fiber';
import { XR } from '@react-three/xr';
import { lazy, Suspense, useEffect, useState } from 'react';
import { afterFirstStep } from '../app/firstStep.ts';
import { ComfortRig } from '../xr/ComfortRig.tsx';
import { VisibilityWatcher } from '../xr/VisibilityWatcher.tsx';
import { xrStore } from '../xr/store.ts';
import { FeedbackPulse } from './FeedbackPulse.tsx';
import { SoundLoader } from './SoundLoader.tsx';
import { FollowTeleport } from './FollowTeleport.tsx';
import { EYE_HEIGHT } from './layout.ts';
import { LookControls } from './LookControls.tsx';
import { rendererName } from './rendererName.ts';
import { screenPixelRatio, softwareRenderer } from './resolution.ts';
import { StepView } from './StepView.tsx';
import { exposeForTests } from './testHandle.ts';
import { WorldLoader } from './WorldLoader.tsx';

/** Frames are measured once the first step is drawn, by a chunk of its own (not in the first frame). */
const AdaptiveResolution = lazy(() => import('./AdaptiveResolution.tsx').then((m) => ({ default: m.AdaptiveResolution })));

/** The 3D view of the lesson: the same scene on a screen and in a headset. */
export function Stage({ label }: { label: string }) {
  // The screen's own pixel ratio, lowered while frames are slow (AdaptiveResolution).
  const [dpr, setDpr] = useState(() => screenPixelRatio(window.devicePixelRatio));
  const [measuring, setMeasuring] = useState(false);
  // Multisampled edges, except where the CPU draws them (resolution.ts).
  const [antialias] = useState(() => !softwareRenderer(rendererName()));
  useEffect(() => afterFirstStep(() => setMeasuring(true)), []);
  return (
    <Canvas
      role="region"
      aria-label={label}
      tabIndex={0}
      dpr={dpr}
      camera={{ position: [0, EYE_HEIGHT, 0], rotation: [0, 0, 0], fov: 70, near: 0.05, far: 200 }}
      gl={{ antialias, powerPreference: 'high-performance' }}
      onCreated={exposeForTests}
    >
      {measuring && (
        <Suspense fallback={null}>
          <AdaptiveResolution dpr={dpr} onChange={setDpr} />
        </Suspense>
      )}
      <XR store={xrStore}>
        <ComfortRig />
        <VisibilityWatcher />
        <WorldLoader />
        <FollowTeleport>
          <Suspense fallback={null}>
            <StepView />
          </Suspense>
        </FollowTeleport>
        <LookControls />
        <FeedbackPulse />
        <SoundLoader />
      </XR>
    </Canvas>
  );
}
