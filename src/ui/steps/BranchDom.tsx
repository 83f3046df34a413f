import type { StepDomProps } from './types.ts';

/**
 * A branch step is never shown: the runner follows it to the step it chooses before anything is
 * rendered (runner.ts `resolve`). It is in the table so every step type has a component.
 */
export function BranchDom(_props: StepDomProps) {
  return null;
}
