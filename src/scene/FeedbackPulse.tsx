import { useXR } from '@react-three/xr';
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { appStore } from '../app/store.ts';
import { pulse } from '../xr/haptics.ts';

/** A haptic pulse when the runner gives feedback (an answer checked, a choice made). */
export function FeedbackPulse() {
  const seq = useStore(appStore, (s) => s.session?.feedback?.seq ?? 0);
  const tone = useStore(appStore, (s) => s.session?.feedback?.tone);
  const session = useXR((s) => s.session);
  useEffect(() => {
    if (seq > 0) pulse(session, tone === 'wrong' ? 0.25 : 0.5, tone === 'correct' ? 60 : 35);
  }, [seq, tone, session]);
  return null;
}
