import type { ComponentType } from 'react';
import type { StepType } from '../../lesson/steps/index.ts';
import { NarrationDom } from './NarrationDom.tsx';
import { PendingDom } from './PendingDom.tsx';
import { QuizDom } from './QuizDom.tsx';
import { BranchDom } from './BranchDom.tsx';
import { FootprintDom } from './FootprintDom.tsx';
import { PledgeDom } from './PledgeDom.tsx';
import { SummaryDom } from './SummaryDom.tsx';
import type { StepDomProps } from './types.ts';
import { SceneDom } from './SceneDom.tsx';

/** The DOM layer's half of the step-type table: keyboard and screen-reader controls per step type. */
export const STEP_DOMS: Record<StepType, ComponentType<StepDomProps<never>>> = {
  narration: NarrationDom,
  quiz: QuizDom,
  scene: SceneDom,
  footprint: FootprintDom,
  branch: BranchDom,
  pledge: PledgeDom,
  summary: SummaryDom,
};
