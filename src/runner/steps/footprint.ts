import type { ChoseRecord, FootprintStep } from '../../lesson/steps/footprint.ts';
import { optionKgPerYear } from '../footprint.ts';
import type { RunnerState, StepHandler } from '../types.ts';

/** A run's choice at one footprint step, for the lesson summary (slice `choices`). */
export interface ChoiceFacts {
  optionId: string;
  kgPerYear: number;
}

declare module '../types.ts' {
  /** Footprint step id → the chosen option's id. */
  interface StepStates { choices: Record<string, string> }
  interface StepEvents { choose: { optionId: string } }
  interface StepFacts { choices: Record<string, ChoiceFacts> }
}

function apply(_step: FootprintStep | undefined, state: RunnerState, r: ChoseRecord): RunnerState {
  return { ...state, choices: { ...state.choices, [r.stepId]: r.optionId } };
}

export const footprint: StepHandler<FootprintStep, ChoseRecord, ChoiceFacts> = {
  records: ['chose'],
  slice: 'choices',
  isComplete: (step, state) => state.choices[step.id] !== undefined,
  handle(_lesson, step, state, event) {
    if (event.type !== 'choose') return null;
    const option = step.options.find((o) => o.id === event.optionId);
    if (!option) return { state, effects: [{ type: 'rejected', reason: `no option "${event.optionId}"` }] };
    if (state.choices[step.id] === option.id) return { state, effects: [] };
    const record: ChoseRecord = { kind: 'chose', stepId: step.id, optionId: option.id, kgPerYear: optionKgPerYear(step, option) };
    return { state: apply(step, state, record), effects: [{ type: 'record', record }, { type: 'feedback', tone: 'neutral' }] };
  },
  apply,
  diligent: (step) => [{ type: 'choose', optionId: step.options[0]!.id }],
  summary: {
    slice: 'choices',
    fold: (_prev, r) => ({ optionId: r.optionId, kgPerYear: r.kgPerYear }),
    kgPerYear: (c) => c.kgPerYear,
  },
  xapi: (r) => ({ verb: 'interacted', result: { response: r.optionId, extensions: { 'kg-co2e-per-year': r.kgPerYear } } }),
};
