import type { AnswerValue } from '../runner/types.ts';

/** An answer as a short stable text, for counting and exports: "bus", "bike,walk", "true", "114". */
export function answerText(value: AnswerValue): string {
  if (Array.isArray(value)) return [...value].sort().join(',');
  return String(value);
}
