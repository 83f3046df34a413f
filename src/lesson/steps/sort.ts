import { z } from 'zod';
import { Id, Localized, SourceRef, stepBase } from '../common.ts';
import { RecordIdText, RecordNumber, RecordStepId, type StepReport } from '../records.ts';

export const SortBin = z.strictObject({
  id: Id,
  label: Localized,
  /** The bin's colour in 3D, e.g. the colour of the real bin it stands for. */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like "#2f6fb0"').optional(),
});

export const SortItem = z.strictObject({
  id: Id,
  label: Localized,
  /** The id of the bin this item belongs in. */
  bin: Id.describe('The id of the bin (in "bins") this item belongs in.'),
  /** Why it goes there: shown once the student has placed it (right, or out of tries). */
  explanation: Localized,
  /** Where this item's rule comes from (an entry in the lesson's sources). */
  source: SourceRef.optional(),
});

export const SortStep = z
  .strictObject({
    ...stepBase,
    type: z.literal('sort'),
    title: Localized,
    prompt: Localized,
    bins: z.array(SortBin).min(2).max(6),
    items: z.array(SortItem).min(2).max(12),
    /** Tries per item before its right bin is shown; points fall with each wrong try, as in a quiz. */
    maxAttempts: z.int().min(1).max(3).default(2),
    /** Points for each item placed right at the first try. */
    points: z.int().min(0).max(100).default(1),
  })
  .meta({ id: 'SortStep', description: 'The student sorts items into bins (say, household waste into the separate-collection bins), told at each item whether it went in the right one.' });
export type SortStep = z.infer<typeof SortStep>;

/** The sort step's record: one item put in one bin, with whether that was right and what it earned. */
export const SortedRecord = z.strictObject({
  kind: z.literal('sorted'), stepId: RecordStepId, itemId: RecordIdText, binId: RecordIdText, correct: z.boolean(),
  attempt: z.int().min(1).max(100), points: RecordNumber, maxPoints: RecordNumber,
});
export type SortedRecord = z.infer<typeof SortedRecord>;

/**
 * What the schema cannot say (src/lesson/analyze runs it on the step as written, which may be broken
 * elsewhere): every item names one of the step's bins.
 */
export function checkSortStep(step: Record<string, unknown>, report: StepReport): void {
  const ids = (Array.isArray(step.bins) ? step.bins : []).flatMap((b) => (b && typeof b === 'object' && typeof (b as { id?: unknown }).id === 'string' ? [(b as { id: string }).id] : []));
  const bins = [...new Set(ids)];
  (Array.isArray(step.items) ? step.items : []).forEach((item, i) => {
    const bin = item && typeof item === 'object' ? (item as { bin?: unknown }).bin : undefined;
    if (typeof bin === 'string' && !bins.includes(bin)) {
      report(['items', i, 'bin'], 'missing-bin', `no bin has the id "${bin}"; expected one of ${bins.map((b) => `"${b}"`).join(', ')}`);
    }
  });
}
