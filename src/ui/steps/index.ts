import { lazy, type ComponentType } from 'react';
import type { StepType } from '../../lesson/steps/index.ts';
import type { StepDomProps } from './types.ts';

type Loader = () => Promise<{ default: ComponentType<StepDomProps<never>> }>;

/** The DOM layer's half of the step-type table: keyboard and screen-reader controls per step type, one chunk each. */
const LOADERS: Record<StepType, Loader> = {
  narration: () => import('./NarrationDom.tsx').then((m) => ({ default: m.NarrationDom })),
  quiz: () => import('./QuizDom.tsx').then((m) => ({ default: m.QuizDom })),
  scene: () => import('./SceneDom.tsx').then((m) => ({ default: m.SceneDom })),
  footprint: () => import('./FootprintDom.tsx').then((m) => ({ default: m.FootprintDom })),
  branch: () => import('./BranchDom.tsx').then((m) => ({ default: m.BranchDom })),
  pledge: () => import('./PledgeDom.tsx').then((m) => ({ default: m.PledgeDom })),
  summary: () => import('./SummaryDom.tsx').then((m) => ({ default: m.SummaryDom })),
};

export const STEP_DOMS = Object.fromEntries(
  Object.entries(LOADERS).map(([type, load]) => [type, lazy(load)]),
) as unknown as Record<StepType, ComponentType<StepDomProps<never>>>;

export function preloadStepDoms(types: Iterable<StepType>): void {
  for (const t of new Set(types)) void LOADERS[t]().catch(() => {});
}
