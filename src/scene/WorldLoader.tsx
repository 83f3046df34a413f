import { lazy, Suspense, useEffect, useState } from 'react';
import { afterFirstStep } from '../app/firstStep.ts';

const World = lazy(() => import('./world/World.tsx'));

/** The sky's colour while the world loads: a plain day sky behind the first panel. */
const WAITING_SKY = '#cfe3ee';

/**
 * The lesson's world (src/scene/world/), fetched once the lesson's first step is drawn, so the first
 * frame waits for none of it: until then the panel stands before a plain sky.
 */
export function WorldLoader() {
  const [ready, setReady] = useState(false);
  useEffect(() => afterFirstStep(() => setReady(true)), []);
  if (!ready) return <color attach="background" args={[WAITING_SKY]} />;
  return (
    <Suspense fallback={<color attach="background" args={[WAITING_SKY]} />}>
      <World />
    </Suspense>
  );
}
