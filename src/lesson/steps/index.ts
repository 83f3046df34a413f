/**
 * The one table of step types: each type's schema and the records its runs write to the progress
 * log. A new type is a schema file here (its step and its records), a runner module
 * (src/runner/steps/, which the compiler asks for in src/runner/registry.ts), a view model, a 3D and
 * a DOM component found by their names (src/scene/steps/<Type>3D.tsx, src/ui/steps/<Type>Dom.tsx),
 * its words and an example lesson. ARCHITECTURE.md lists the files the "sort" type took.
 */
import { z } from 'zod';
import type { StepReport } from '../records.ts';
import { BranchStep } from './branch.ts';
import { ChoseRecord, FootprintStep } from './footprint.ts';
import { NarrationStep } from './narration.ts';
import { PledgedRecord, PledgeStep, UnpledgedRecord } from './pledge.ts';
import { AnsweredRecord, QuizStep } from './quiz.ts';
import { SceneStep, VisitedRecord } from './scene.ts';
import { checkSortStep, SortedRecord, SortStep } from './sort.ts';
import { SummaryStep } from './summary.ts';

export const STEP_KINDS = {
  narration: { schema: NarrationStep, records: [] },
  scene: { schema: SceneStep, records: [VisitedRecord] },
  quiz: { schema: QuizStep, records: [AnsweredRecord] },
  footprint: { schema: FootprintStep, records: [ChoseRecord] },
  sort: { schema: SortStep, records: [SortedRecord], check: checkSortStep },
  branch: { schema: BranchStep, records: [] },
  pledge: { schema: PledgeStep, records: [PledgedRecord, UnpledgedRecord] },
  summary: { schema: SummaryStep, records: [] },
} as const;

type Kinds = typeof STEP_KINDS;

/** A type's own checks beyond its schema (references inside the step), run by the lesson checker. */
export function stepCheck(type: string): ((step: Record<string, unknown>, report: StepReport) => void) | undefined {
  const kind = (STEP_KINDS as Record<string, { check?: (step: Record<string, unknown>, report: StepReport) => void }>)[type];
  return kind?.check;
}
export type StepType = keyof Kinds;
export const STEP_TYPES = Object.keys(STEP_KINDS) as StepType[];

/** Each type's step schema, by type. */
export const STEP_SCHEMAS = Object.fromEntries(STEP_TYPES.map((t) => [t, STEP_KINDS[t].schema])) as { [K in StepType]: Kinds[K]['schema'] };

/** Every step type's record schemas, in one list (src/progress/validate.ts joins them with the lesson's own). */
export const STEP_RECORDS = STEP_TYPES.flatMap((t): readonly StepRecordSchema[] => STEP_KINDS[t].records);
type StepRecordSchema = Kinds[StepType]['records'][number];

/** The records steps write (the runner's, beside the lesson's own: src/lesson/records.ts). */
export type StepRecord = z.infer<Kinds[StepType]['records'][number]>;
/** The records of one step type. */
export type RecordOf<K extends StepType> = z.infer<Kinds[K]['records'][number]>;
