import { samePledge } from '../runner/steps/pledge.ts';
import type { PledgeChoice } from '../runner/types.ts';
import type { PledgeOp } from './types.ts';

/**
 * The pledges left after these operations, as the runner keeps them: a new pledge beyond `max`
 * silently replaces the oldest (the log has no 'unpledged' for that), so the list is rebuilt here.
 * `max` is the pledge step's limit; Infinity when the lesson is not at hand.
 */
export function applyPledge(current: readonly PledgeChoice[], op: PledgeOp, max: number): PledgeChoice[] {
  const has = current.some((p) => samePledge(p, op.choice));
  if (op.op === 'remove') return has ? current.filter((p) => !samePledge(p, op.choice)) : [...current];
  if (has) return [...current];
  return [...current, op.choice].slice(-max);
}

export function pledgesFrom(ops: readonly PledgeOp[], max = Infinity): PledgeChoice[] {
  return ops.reduce<PledgeChoice[]>((list, op) => applyPledge(list, op, max), []);
}

/** A stable text key for a pledge, for counting: "opt:bike" or "act:walk@weekends". */
export function pledgeKey(choice: PledgeChoice): string {
  return 'optionId' in choice ? `opt:${choice.optionId}` : `act:${choice.actionId}@${choice.timeId}`;
}
