import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import { teleportStore } from '../xr/teleport.ts';

/**
 * Keeps the step's panel and Back/Next at reading distance from a student who teleported: moved by the
 * same offset (set on each teleport, never per frame). Zero outside teleport steps and outside VR.
 */
export function FollowTeleport({ children }: { children: ReactNode }) {
  const o = useStore(teleportStore, (s) => s.offset);
  return <group name="step-follow" position={[o.x, 0, o.z]}>{children}</group>;
}
