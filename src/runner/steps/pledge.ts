import type { Language } from '../../lesson/constants.ts';
import type { Lesson } from '../../lesson/schema.ts';
import type { PledgeChoice, PledgeRecord, PledgeStep } from '../../lesson/steps/pledge.ts';
import { pick } from '../../lesson/text.ts';
import type { RunnerState, StepHandler } from '../types.ts';

/** A pledge made or withdrawn, as a run's summary keeps them in order (slice `pledgeOps`). */
export type PledgeOp = { op: 'add' | 'remove'; choice: PledgeChoice };

declare module '../types.ts' {
  /** Pledge step id → the student's pledges, oldest first. */
  interface StepStates { pledges: Record<string, PledgeChoice[]> }
  interface StepEvents { pledge: { choice: PledgeChoice }; unpledge: { choice: PledgeChoice } }
  interface StepFacts { pledgeOps: Record<string, PledgeOp[]> }
}

export function samePledge(a: PledgeChoice, b: PledgeChoice): boolean {
  if ('optionId' in a) return 'optionId' in b && a.optionId === b.optionId;
  return 'actionId' in b && a.actionId === b.actionId && a.timeId === b.timeId;
}

/** A stable text key for a pledge, for counting: "opt:bike" or "act:walk@weekends". */
export function pledgeKey(choice: PledgeChoice): string {
  return 'optionId' in choice ? `opt:${choice.optionId}` : `act:${choice.actionId}@${choice.timeId}`;
}

/**
 * The pledges after one more is made or withdrawn: a pledge beyond the step's `max` replaces the
 * oldest (a radio group when max is 1). The one rule for the limit, in play, in a resume and in the
 * summary: logs written before the runner recorded the replaced pledge rely on it.
 */
export function applyPledge(current: readonly PledgeChoice[], op: PledgeOp, max: number): PledgeChoice[] {
  const has = current.some((p) => samePledge(p, op.choice));
  if (op.op === 'remove') return has ? current.filter((p) => !samePledge(p, op.choice)) : [...current];
  if (has) return [...current];
  return [...current, op.choice].slice(-max);
}

/** The pledges a run's operations leave (`max`: the step's limit; Infinity when the lesson is not at hand). */
export function pledgesFrom(ops: readonly PledgeOp[], max = Infinity): PledgeChoice[] {
  return ops.reduce<PledgeChoice[]>((list, op) => applyPledge(list, op, max), []);
}

/** A pledge in the lesson's words: an option's text, or "action + time" for a composed one. */
export function pledgeLabel(lesson: Lesson | undefined, choice: PledgeChoice, lang: Language): string {
  for (const step of lesson?.steps ?? []) {
    if (step.type !== 'pledge') continue;
    if ('optionId' in choice) {
      const option = step.options.find((o) => o.id === choice.optionId);
      if (option) return pick(option.text, lang);
    } else if (step.compose) {
      const action = step.compose.actions.find((a) => a.id === choice.actionId);
      const time = step.compose.times.find((x) => x.id === choice.timeId);
      if (action && time) return lang === 'ko' ? `${pick(time.text, lang)} ${pick(action.text, lang)}` : `${pick(action.text, lang)} ${pick(time.text, lang)}`; // 주말에 자전거 타기 / cycle at weekends
    }
  }
  return 'optionId' in choice ? choice.optionId : `${choice.actionId} @ ${choice.timeId}`;
}

const opOf = (r: PledgeRecord): PledgeOp => ({ op: r.kind === 'pledged' ? 'add' : 'remove', choice: r.choice });

function apply(step: PledgeStep | undefined, state: RunnerState, r: PledgeRecord): RunnerState {
  return { ...state, pledges: { ...state.pledges, [r.stepId]: applyPledge(state.pledges[r.stepId] ?? [], opOf(r), step?.max ?? Infinity) } };
}

function validChoice(step: PledgeStep, c: PledgeChoice): boolean {
  if ('optionId' in c) return step.options.some((o) => o.id === c.optionId);
  return !!step.compose && step.compose.actions.some((a) => a.id === c.actionId) && step.compose.times.some((t) => t.id === c.timeId);
}

export const pledge: StepHandler<PledgeStep, PledgeRecord, PledgeOp[]> = {
  records: ['pledged', 'unpledged'],
  slice: 'pledges',
  isComplete: (step, state) => (state.pledges[step.id]?.length ?? 0) > 0,
  handle(_lesson, step, state, event) {
    if (event.type !== 'pledge' && event.type !== 'unpledge') return null;
    if (!validChoice(step, event.choice)) return { state, effects: [{ type: 'rejected', reason: 'not a pledge of this step' }] };
    const current = state.pledges[step.id] ?? [];
    const has = current.some((p) => samePledge(p, event.choice));
    if (has === (event.type === 'pledge')) return { state, effects: [] };
    // Past the limit the oldest pledges give way; the log says so with an 'unpledged' for each.
    const after = applyPledge(current, { op: event.type === 'pledge' ? 'add' : 'remove', choice: event.choice }, step.max);
    const replaced = event.type === 'pledge' ? current.filter((p) => !after.some((q) => samePledge(p, q))) : [];
    const records: PledgeRecord[] = [
      ...replaced.map((choice) => ({ kind: 'unpledged' as const, stepId: step.id, choice })),
      { kind: event.type === 'pledge' ? 'pledged' : 'unpledged', stepId: step.id, choice: event.choice },
    ];
    return { state: records.reduce((s, r) => apply(step, s, r), state), effects: records.map((record) => ({ type: 'record' as const, record })) };
  },
  apply,
  diligent: (step) => [{ type: 'pledge', choice: { optionId: step.options[0]!.id } }],
  summary: {
    slice: 'pledgeOps',
    fold: (ops, r) => [...(ops ?? []), opOf(r)],
  },
  xapi: (r) => ({ verb: 'responded', result: { response: pledgeKey(r.choice), extensions: { pledge: r.kind === 'pledged' ? 'made' : 'withdrawn' } } }),
};
