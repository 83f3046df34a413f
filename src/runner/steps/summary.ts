import type { SummaryStep } from '../../lesson/steps/summary.ts';
import type { StepHandler } from '../types.ts';

export const summary: StepHandler<SummaryStep, never> = {
  records: [],
  isComplete: () => true,
};
