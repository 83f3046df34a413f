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
    if (event.type === 'unpledge') {
      if (!has) return { state, effects: [] };
      return {
        state: { ...state, pledges: { ...state.pledges, [step.id]: current.filter((p) => !samePledge(p, event.choice)) } },
        effects: [{ type: 'record', record: { kind: 'unpledged', stepId: step.id, choice: event.choice } }],
      };
    }
    if (has) return { state, effects: [] };
    // Picking beyond the limit replaces the oldest pick (a radio group when max is 1), and says so in the log.
    const next = [...current, event.choice];
    const dropped = next.length > step.max ? next.splice(0, next.length - step.max) : [];
    return {
      state: { ...state, pledges: { ...state.pledges, [step.id]: next } },
      effects: [
        ...dropped.map((choice) => ({ type: 'record' as const, record: { kind: 'unpledged' as const, stepId: step.id, choice } })),
        { type: 'record', record: { kind: 'pledged', stepId: step.id, choice: event.choice } },
      ],
    };
  },
};
