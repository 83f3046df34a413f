import type { StepSceneProps } from './types.ts';

/**
 * A branch step is never on screen: the runner follows it to the step it chooses before anything is
 * shown (runner.ts `resolve`). It is in the table so every step type has a component.
 */
export function Branch3D(_props: StepSceneProps) {
  return null;
}
