import type { RootState } from '@react-three/fiber';

/**
 * Browser tests open pages with `?e2e` to reach the live scene graph (to aim an emulated controller at
 * a button, or read renderer.info in the benchmark). Nothing is exposed otherwise.
 */
export function exposeForTests(state: RootState): void {
  if (!new URLSearchParams(location.search).has('e2e')) return;
  (window as unknown as { __climatexr: RootState }).__climatexr = state;
}
