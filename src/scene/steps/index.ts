import type { ComponentType } from 'react';
import type { StepType } from '../../lesson/steps/index.ts';
import { NarrationScene } from './NarrationScene.tsx';
import { PendingScene } from './PendingScene.tsx';
import { QuizScene } from './QuizScene.tsx';
import type { StepSceneProps } from './types.ts';

/** The scene's half of the step-type table: one 3D component per step type. */
export const STEP_SCENES: Record<StepType, ComponentType<StepSceneProps<never>>> = {
  narration: NarrationScene,
  quiz: QuizScene,
  scene: PendingScene,
  footprint: PendingScene,
  branch: PendingScene,
  pledge: PendingScene,
  summary: PendingScene,
};
