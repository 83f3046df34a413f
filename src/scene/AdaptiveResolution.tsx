import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { MIN_FRAMES, WINDOW_MS, medianOf, nextPixelRatio, screenPixelRatio } from './resolution.ts';

const MAX_FRAMES = 256;

/**
 * Measures frame times on a screen and asks for a lower or higher pixel ratio by
 * scene/resolution.ts. The Stage owns the ratio (the Canvas's `dpr` prop, which R3F applies again on
 * every render of the Canvas); nothing is allocated per frame and `onChange` runs only when it changes.
 */
export function AdaptiveResolution({ dpr, onChange }: { dpr: number; onChange(dpr: number): void }) {
  const frames = useRef<{ times: Float32Array; n: number; spent: number; quick: number }>({ times: new Float32Array(MAX_FRAMES), n: 0, spent: 0, quick: 0 });
  const asked = useRef(dpr);
  asked.current = dpr;
  useFrame((state, delta) => {
    const f = frames.current;
    if (state.gl.xr.isPresenting) {
      f.n = 0;
      f.spent = 0;
      f.quick = 0;
      return;
    }
    const ms = delta * 1000;
    if (f.n < MAX_FRAMES) f.times[f.n++] = ms;
    f.spent += ms;
    if (f.spent < WINDOW_MS || f.n < MIN_FRAMES) return;
    const { ratio: next, quick } = nextPixelRatio(asked.current, medianOf(f.times, f.n), screenPixelRatio(window.devicePixelRatio), f.quick);
    f.n = 0;
    f.spent = 0;
    f.quick = quick;
    if (next !== asked.current) {
      asked.current = next;
      onChange(next);
    }
  });
  return null;
}
