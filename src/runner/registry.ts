import type { Step } from '../lesson/schema.ts';
import type { RecordOf, StepRecord, StepType } from '../lesson/steps/index.ts';
import { branch } from './steps/branch.ts';
import { footprint } from './steps/footprint.ts';
import { narration } from './steps/narration.ts';
import { pledge } from './steps/pledge.ts';
import { quiz } from './steps/quiz.ts';
import { scene } from './steps/scene.ts';
import { sort } from './steps/sort.ts';
import { summary } from './steps/summary.ts';
import type { StepHandler, StepStates } from './types.ts';

/**
 * Each step type's behaviour (src/runner/steps/), for the types of the table in
 * src/lesson/steps/index.ts: the compiler asks for a handler here for every type there, writing
 * exactly that type's records.
 */
export const HANDLERS: { [K in StepType]: StepHandler<Extract<Step, { type: K }>, RecordOf<K>> } = {
  narration, scene, quiz, footprint, sort, branch, pledge, summary,
};

export function handlerFor(step: Step): StepHandler {
  return HANDLERS[step.type] as unknown as StepHandler;
}

/** The step type that writes each record kind, and its handler. */
const BY_RECORD = new Map<string, { type: StepType; handler: StepHandler }>(
  (Object.keys(HANDLERS) as StepType[]).flatMap((type) => (HANDLERS[type].records as readonly string[]).map((kind) => [kind, { type, handler: HANDLERS[type] as unknown as StepHandler }] as const)),
);

/** The step type that writes this record, and its handler. */
export function recordOwner(record: StepRecord): { type: StepType; handler: StepHandler } {
  return BY_RECORD.get(record.kind)!;
}

/** A run's empty step state: every type's slice, with nothing in it yet. */
export function emptyStepStates(): StepStates {
  const slices: Record<string, object> = {};
  for (const h of Object.values(HANDLERS)) if (h.slice) slices[h.slice] = {};
  return slices as unknown as StepStates;
}

// Every record kind of the table has its handler: this line fails to compile otherwise.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const everyKindHandled: Same<(typeof HANDLERS)[StepType]['records'][number], StepRecord['kind']> = true;
void everyKindHandled;
