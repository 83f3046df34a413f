import type { Step } from '../lesson/schema.ts';
import type { StepType } from '../lesson/steps/index.ts';
import { branch } from './steps/branch.ts';
import { footprint } from './steps/footprint.ts';
import { narration } from './steps/narration.ts';
import { pledge } from './steps/pledge.ts';
import { quiz } from './steps/quiz.ts';
import { scene } from './steps/scene.ts';
import { summary } from './steps/summary.ts';
import type { StepHandler } from './types.ts';

/** The runner's half of the step-type table (the schemas are in src/lesson/steps/index.ts). */
export const HANDLERS: { [K in StepType]: StepHandler<Extract<Step, { type: K }>> } = {
  narration, scene, quiz, footprint, branch, pledge, summary,
};

export function handlerFor(step: Step): StepHandler {
  return HANDLERS[step.type] as StepHandler;
}
