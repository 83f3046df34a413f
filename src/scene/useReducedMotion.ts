import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { appStore } from '../app/store.ts';

const QUERY = '(prefers-reduced-motion: reduce)';

function systemPrefersReduced(): boolean {
  return typeof matchMedia === 'function' && matchMedia(QUERY).matches;
}

/**
 * True when motion should be cut to the minimum: the system setting (prefers-reduced-motion) or the
 * app's own setting. Animated things then jump straight to where they end up.
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
  // The app store's own switch (a comfort setting) may not exist yet: read it if it does.
  const app = useStore(appStore, (s) => (s as { reducedMotion?: boolean }).reducedMotion === true);
  return system || app;
}
