import type { ComponentType } from 'react';
import type { StepType } from '../../lesson/steps/index.ts';
import { NarrationScene } from './NarrationScene.tsx';
import { PendingScene } from './PendingScene.tsx';
import { QuizScene } from './QuizScene.tsx';
import type { StepSceneProps } from './types.ts';
import { SceneScene } from './SceneScene.tsx';

/** The scene's half of the step-type table: one 3D component per step type. */
export const STEP_SCENES: Record<StepType, ComponentType<StepSceneProps<never>>> = {
  narration: NarrationScene,
  quiz: QuizScene,
  scene: SceneScene,
  footprint: PendingScene,
  branch: PendingScene,
  pledge: PendingScene,
  summary: PendingScene,
};
