import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { settingsStore } from '../app/settings.ts';

const QUERY = '(prefers-reduced-motion: reduce)';

function systemPrefersReduced(): boolean {
  return typeof matchMedia === 'function' && matchMedia(QUERY).matches;
}

/**
 * True when motion should be cut to the minimum: the system setting (prefers-reduced-motion, also
 * followed live) or the student's own comfort setting. Animated things then jump to where they end up.
 */
export function useReducedMotion(): boolean {
  const [system, setSystem] = useState(systemPrefersReduced);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const mq = matchMedia(QUERY);
    const onChange = () => setSystem(mq.matches);
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, []);
  const setting = useStore(settingsStore, (s) => s.reducedMotion);
  return system || setting;
}
