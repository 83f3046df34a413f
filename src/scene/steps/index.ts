import type { ComponentType } from 'react';
import type { StepType } from '../../lesson/steps/index.ts';
import { NarrationScene } from './NarrationScene.tsx';
import { PendingScene } from './PendingScene.tsx';
import { QuizScene } from './QuizScene.tsx';
import { BranchScene } from './BranchScene.tsx';
import { FootprintScene } from './FootprintScene.tsx';
import { PledgeScene } from './PledgeScene.tsx';
import { SummaryScene } from './SummaryScene.tsx';
import type { StepSceneProps } from './types.ts';
import { SceneScene } from './SceneScene.tsx';

/** The scene's half of the step-type table: one 3D component per step type. */
export const STEP_SCENES: Record<StepType, ComponentType<StepSceneProps<never>>> = {
  narration: NarrationScene,
  quiz: QuizScene,
  scene: SceneScene,
  footprint: FootprintScene,
  branch: BranchScene,
  pledge: PledgeScene,
  summary: SummaryScene,
};
