export type { StepSceneProps as StepDomProps } from '../../scene/steps/types.ts';
