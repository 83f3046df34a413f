import { lazy, type ComponentType } from 'react';
import type { StepType } from '../../lesson/steps/index.ts';
import type { StepSceneProps } from './types.ts';

type Loader = () => Promise<{ default: ComponentType<StepSceneProps<never>> }>;

/**
 * The scene's half of the step-type table: one 3D component per step type, each its own chunk, so the
 * first frame of a lesson loads only the types it shows first (the rest are fetched as it opens).
 */
const LOADERS: Record<StepType, Loader> = {
  narration: () => import('./NarrationScene.tsx').then((m) => ({ default: m.NarrationScene })),
  quiz: () => import('./QuizScene.tsx').then((m) => ({ default: m.QuizScene })),
  scene: () => import('./SceneScene.tsx').then((m) => ({ default: m.SceneScene })),
  footprint: () => import('./FootprintScene.tsx').then((m) => ({ default: m.FootprintScene })),
  branch: () => import('./BranchScene.tsx').then((m) => ({ default: m.BranchScene })),
  pledge: () => import('./PledgeScene.tsx').then((m) => ({ default: m.PledgeScene })),
  summary: () => import('./SummaryScene.tsx').then((m) => ({ default: m.SummaryScene })),
};

export const STEP_SCENES = Object.fromEntries(
  Object.entries(LOADERS).map(([type, load]) => [type, lazy(load)]),
) as unknown as Record<StepType, ComponentType<StepSceneProps<never>>>;

/** Fetches the 3D components of these step types ahead of need (a lesson's types, once it opens). */
export function preloadStepScenes(types: Iterable<StepType>): void {
  for (const t of new Set(types)) void LOADERS[t]().catch(() => {});
}
