import { useXR } from '@react-three/xr';
import { useEffect } from 'react';
import { setXrBlurred } from '../app/pause.ts';

/** Pauses timed things while the headset's system menu covers the lesson (visibility "visible-blurred"). */
export function VisibilityWatcher() {
  const visibility = useXR((s) => s.visibilityState);
  const inXR = useXR((s) => s.session != null);
  useEffect(() => setXrBlurred(inXR && visibility !== 'visible'), [inXR, visibility]);
  return null;
}
