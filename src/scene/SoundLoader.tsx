import { lazy, Suspense, useEffect, useState } from 'react';
import { afterFirstStep } from '../app/firstStep.ts';

// The sound engine and its wiring come after the first frame, in their own chunk.
const Soundscape = lazy(() => import('./Soundscape.tsx'));

/** Mounts the lesson's sound once its first step is drawn, so it never delays that frame. */
export function SoundLoader() {
  const [ready, setReady] = useState(false);
  useEffect(() => afterFirstStep(() => setReady(true)), []);
  return ready ? (
    <Suspense fallback={null}>
      <Soundscape />
    </Suspense>
  ) : null;
}
