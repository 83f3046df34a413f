import { Canvas } from '@react-three/fiber';
import { XR } from '@react-three/xr';
import { Suspense } from 'react';
import { ComfortRig } from '../xr/ComfortRig.tsx';
import { VisibilityWatcher } from '../xr/VisibilityWatcher.tsx';
import { xrStore } from '../xr/store.ts';
import { FeedbackPulse } from './FeedbackPulse.tsx';
import { SoundLoader } from './SoundLoader.tsx';
import { FollowTeleport } from './FollowTeleport.tsx';
import { EYE_HEIGHT } from './layout.ts';
import { LookControls } from './LookControls.tsx';
import { StepView } from './StepView.tsx';
import { exposeForTests } from './testHandle.ts';
import { WorldLoader } from './WorldLoader.tsx';

/** The 3D view of the lesson: the same scene on a screen and in a headset. */
export function Stage({ label }: { label: string }) {
  return (
    <Canvas
      role="region"
      aria-label={label}
      tabIndex={0}
      dpr={[1, 2]}
      camera={{ position: [0, EYE_HEIGHT, 0], rotation: [0, 0, 0], fov: 70, near: 0.05, far: 200 }}
      gl={{ antialias: true, powerPreference: 'high-performance' }}
      onCreated={exposeForTests}
    >
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
