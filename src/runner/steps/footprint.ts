import type { FootprintStep } from '../../lesson/steps/footprint.ts';
import { optionKgPerYear } from '../footprint.ts';
import type { StepHandler } from '../types.ts';

export const footprint: StepHandler<FootprintStep> = {
  isComplete: (step, state) => state.choices[step.id] !== undefined,
  handle(_lesson, step, state, event) {
    if (event.type !== 'choose') return null;
    const option = step.options.find((o) => o.id === event.optionId);
    if (!option) return { state, effects: [{ type: 'rejected', reason: `no option "${event.optionId}"` }] };
    if (state.choices[step.id] === option.id) return { state, effects: [] };
    return {
      state: { ...state, choices: { ...state.choices, [step.id]: option.id } },
      effects: [
        { type: 'record', record: { kind: 'chose', stepId: step.id, optionId: option.id, kgPerYear: optionKgPerYear(step, option) } },
        { type: 'feedback', tone: 'neutral' },
      ],
    };
  },
};
