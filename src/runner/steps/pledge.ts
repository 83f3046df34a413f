import type { PledgeStep } from '../../lesson/steps/pledge.ts';
import type { PledgeChoice, StepHandler } from '../types.ts';

export function samePledge(a: PledgeChoice, b: PledgeChoice): boolean {
  if ('optionId' in a) return 'optionId' in b && a.optionId === b.optionId;
  return 'actionId' in b && a.actionId === b.actionId && a.timeId === b.timeId;
}

function validChoice(step: PledgeStep, c: PledgeChoice): boolean {
  if ('optionId' in c) return step.options.some((o) => o.id === c.optionId);
  return !!step.compose && step.compose.actions.some((a) => a.id === c.actionId) && step.compose.times.some((t) => t.id === c.timeId);
}

export const pledge: StepHandler<PledgeStep> = {
  isComplete: (step, state) => (state.pledges[step.id]?.length ?? 0) > 0,
  handle(_lesson, step, state, event) {
    if (event.type !== 'pledge' && event.type !== 'unpledge') return null;
    if (!validChoice(step, event.choice)) return { state, effects: [{ type: 'rejected', reason: 'not a pledge of this step' }] };
    const current = state.pledges[step.id] ?? [];
    const has = current.some((p) => samePledge(p, event.choice));
    let next: PledgeChoice[];
    if (event.type === 'unpledge') {
      if (!has) return { state, effects: [] };
      next = current.filter((p) => !samePledge(p, event.choice));
    } else {
      if (has) return { state, effects: [] };
      // Picking beyond the limit replaces the oldest pick, like a radio group when max is 1.
      next = [...current, event.choice].slice(-step.max);
    }
    const kind = event.type === 'pledge' ? ('pledged' as const) : ('unpledged' as const);
    return {
      state: { ...state, pledges: { ...state.pledges, [step.id]: next } },
      effects: [{ type: 'record', record: { kind, stepId: step.id, choice: event.choice } }],
    };
  },
};
