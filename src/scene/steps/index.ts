import { lazy, type ComponentType } from 'react';
import type { StepType } from '../../lesson/steps/index.ts';
import type { StepSceneProps } from './types.ts';

type Component = ComponentType<StepSceneProps<never>>;

/**
 * One 3D component per step type, found by its name: `<Type>3D.tsx` exporting `<Type>3D`
 * (tests/unit/step-types.test.ts checks every type of src/lesson/steps/index.ts has one). Each is its
 * own chunk, so the first frame of a lesson loads only the types it shows first.
 */
const FILES = import.meta.glob<Record<string, Component>>('./*3D.tsx');
const LOADERS = Object.fromEntries(Object.entries(FILES).map(([path, load]) => {
  const name = path.slice(2, -4); // "./Quiz3D.tsx" → "Quiz3D"
  const type = name.slice(0, -2).replace(/^./, (c) => c.toLowerCase());
  return [type, () => load().then((m) => ({ default: m[name]! }))];
})) as Record<StepType, () => Promise<{ default: Component }>>;

export const STEP_SCENES = Object.fromEntries(
  Object.entries(LOADERS).map(([type, load]) => [type, lazy(load)]),
) as unknown as Record<StepType, Component>;

/** Fetches the 3D components of these step types ahead of need (a lesson's types, once it opens). */
export function preloadStepScenes(types: Iterable<StepType>): void {
  for (const t of new Set(types)) void LOADERS[t]().catch(() => {});
}
