import type { AnswerValue } from '../runner/types.ts';
import { createStore } from 'zustand/vanilla';

/**
 * An answer being put together before "check" (ticks of a multiple-choice question, a number on a
 * slider). Shared by the 3D panel and the DOM layer; cleared whenever the step changes.
 */
export const draftStore = createStore<{ stepId: string | null; value: AnswerValue | null }>(() => ({ stepId: null, value: null }));

export function setDraft(stepId: string, value: AnswerValue | null): void {
  draftStore.setState({ stepId, value });
}

export function draftFor(stepId: string, d: { stepId: string | null; value: AnswerValue | null }): AnswerValue | null {
  return d.stepId === stepId ? d.value : null;
}

export function toggleInDraft(stepId: string, optionId: string): void {
  const cur = draftFor(stepId, draftStore.getState());
  const list = Array.isArray(cur) ? cur : [];
  setDraft(stepId, list.includes(optionId) ? list.filter((v) => v !== optionId) : [...list, optionId]);
}
