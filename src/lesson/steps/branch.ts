import { z } from 'zod';
import { AgeBand, Id, StepRef, stepBase } from '../common.ts';

export const BranchCondition = z.union([
  z.strictObject({ answerOf: StepRef, is: z.union([Id, z.literal('correct'), z.literal('wrong')]) }),
  z.strictObject({ choiceOf: StepRef, is: Id }),
  z.strictObject({ scoreAtLeast: z.number().min(0).max(1) }),
  z.strictObject({ footprintAtLeast: z.number().min(0) }),
  z.strictObject({ ageBand: AgeBand }),
]);

export const BranchStep = z
  .strictObject({
    ...stepBase,
    type: z.literal('branch'),
    /** The first rule whose condition holds chooses the next step; otherwise `otherwise`. */
    rules: z.array(z.strictObject({ when: BranchCondition, goto: StepRef })).min(1).max(12),
    otherwise: StepRef.describe('The step to go to when no rule holds.'),
  })
  .meta({ id: 'BranchStep', description: 'Chooses the next step by an answer, a choice, a score or the age band. Shows nothing.' });
export type BranchStep = z.infer<typeof BranchStep>;
