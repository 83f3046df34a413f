import { z } from 'zod';
import { Id, Localized, stepBase } from '../common.ts';
import { RecordIdText, RecordNumber, RecordStepId } from '../records.ts';

export const QuizOption = z.strictObject({
  id: Id,
  text: Localized,
  correct: z.boolean().default(false).describe('True for a right answer.'),
  /** Shown when this option is picked, before the explanation. */
  feedback: Localized.optional(),
});

const quizBase = {
  ...stepBase,
  type: z.literal('quiz'),
  question: Localized,
  explanation: Localized,
  /** Pre/post questions sharing a `measure` let the teacher's desk show learning gain. */
  phase: z.enum(['pre', 'post']).optional(),
  measure: Id.optional(),
  points: z.int().min(0).max(100).default(1),
  /** Attempts before the answer is revealed; points fall with each wrong attempt. */
  maxAttempts: z.int().min(1).max(5).default(1),
};

export const QuizStep = z
  .discriminatedUnion('kind', [
    z.strictObject({ ...quizBase, kind: z.literal('single'), options: z.array(QuizOption).min(2).max(6) }),
    z.strictObject({ ...quizBase, kind: z.literal('multiple'), options: z.array(QuizOption).min(2).max(6) }),
    z.strictObject({ ...quizBase, kind: z.literal('truefalse'), answer: z.boolean() }),
    z.strictObject({
      ...quizBase,
      kind: z.literal('numeric'),
      answer: z.number().describe('The right value, between min and max.'),
      /** Accepted distance from `answer`, in the same unit. */
      tolerance: z.number().min(0).describe('Accepted distance from answer, in the same unit.'),
      unit: Localized,
      min: z.number(),
      max: z.number(),
      step: z.number().positive().describe('The slider step.'),
    }),
  ])
  .meta({ id: 'QuizStep', description: 'A question with immediate feedback: single, multiple, truefalse or numeric.' });
export type QuizStep = z.infer<typeof QuizStep>;

/** A student's answer: option ids, a boolean (true/false) or a number (estimate). */
export const AnswerValue = z.union([z.string().max(200), z.array(z.string().max(200)).max(20), z.boolean(), z.number().finite()]);
export type AnswerValue = z.infer<typeof AnswerValue>;

/** The quiz's record: one per attempt, with whether it was right and the points it earned. */
export const AnsweredRecord = z.strictObject({
  kind: z.literal('answered'), stepId: RecordStepId, value: AnswerValue, correct: z.boolean(), attempt: z.int().min(1).max(100),
  points: RecordNumber, maxPoints: RecordNumber, phase: z.enum(['pre', 'post']).exactOptional(), measure: RecordIdText.exactOptional(),
});
export type AnsweredRecord = z.infer<typeof AnsweredRecord>;
