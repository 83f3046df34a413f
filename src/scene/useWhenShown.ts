import { useEffect } from 'react';

/**
 * Runs `work` once the component calling this is on screen and the page is idle (at most ~1 s
 * later). Placed inside a Suspense boundary after a lazily loaded step, it starts fetching the
 * lesson's other step types only once the first one is drawn, so they never delay the first frame.
 */
export function useWhenShown(work: () => void, deps: readonly unknown[]): void {
  useEffect(() => {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(work, { timeout: 1000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(work, 300);
    return () => clearTimeout(id);
  }, deps);
}
