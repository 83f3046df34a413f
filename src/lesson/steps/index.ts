/**
 * The one table of step types. A new type is one schema file here, one runner handler
 * (src/runner/steps/), one scene component and one DOM component (src/scene/steps/, src/ui/steps/),
 * and one example lesson (lessons/examples/).
 */
import { BranchStep } from './branch.ts';
import { FootprintStep } from './footprint.ts';
import { NarrationStep } from './narration.ts';
import { PledgeStep } from './pledge.ts';
import { QuizStep } from './quiz.ts';
import { SceneStep } from './scene.ts';
import { SummaryStep } from './summary.ts';

export const STEP_SCHEMAS = {
  narration: NarrationStep,
  scene: SceneStep,
  quiz: QuizStep,
  footprint: FootprintStep,
  branch: BranchStep,
  pledge: PledgeStep,
  summary: SummaryStep,
} as const;

export type StepType = keyof typeof STEP_SCHEMAS;
export const STEP_TYPES = Object.keys(STEP_SCHEMAS) as StepType[];
