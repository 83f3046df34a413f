import { z } from 'zod';
import { AGE_BANDS } from './constants.ts';

/**
 * The records a lesson run writes to the progress log, as the format every device reads: the
 * lesson's own records here (start, steps entered and left, the end), and each step type's in its
 * module under steps/ (a quiz's answers, a footprint's choice, …), listed in steps/index.ts. Files from
 * other devices are checked against these shapes (src/progress/validate.ts); the runner writes them.
 */

/** Free text in a record: short. */
export const RecordText = z.string().min(1).max(200);
/**
 * Lesson and step ids as the lesson format writes them (common.ts `Id`): they go into xAPI IRIs
 * through encodeURIComponent, which throws on a lone surrogate.
 */
export const RECORD_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;
export const RecordStepId = z.string().regex(RECORD_ID, 'a step id (lowercase letters, digits, "-" or "_")');
/** The other ids a record names (hotspots, measures, options): any text, but well-formed Unicode. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const RecordIdText = RecordText.refine((s) => !LONE_SURROGATE.test(s), 'an id with a lone surrogate (not well-formed Unicode)');
export const RecordNumber = z.number().finite();

/** The lesson's own records: every run has them, whatever its steps. */
export const CORE_RECORDS = [
  z.strictObject({ kind: z.literal('lesson-started'), lessonVersion: RecordText, ageBand: z.enum(AGE_BANDS) }),
  z.strictObject({ kind: z.literal('step-entered'), stepId: RecordStepId }),
  z.strictObject({ kind: z.literal('went-back'), stepId: RecordStepId }),
  z.strictObject({ kind: z.literal('step-completed'), stepId: RecordStepId }),
  z.strictObject({ kind: z.literal('lesson-completed'), score: RecordNumber, maxScore: RecordNumber, footprintKgPerYear: RecordNumber }),
] as const;
export type CoreRecord = z.infer<(typeof CORE_RECORDS)[number]>;

/** A step type's own checks report a problem at a path inside the step (steps/index.ts `check`). */
export type StepReport = (path: (string | number)[], code: string, message: string) => void;
