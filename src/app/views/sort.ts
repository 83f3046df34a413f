import type { Language } from '../../lesson/common.ts';
import type { SortStep } from '../../lesson/steps/sort.ts';
import { pick } from '../../lesson/text.ts';
import { placementsOf } from '../../runner/steps/sort.ts';
import type { RunnerState } from '../../runner/types.ts';
import type { Translate } from './translate.ts';

export interface SortItemView {
  id: string;
  label: string;
  /** Settled: right, or out of tries (then it sits in its right bin). */
  done: boolean;
  /** Where it went last, and whether that was right (null before the first try). */
  tried: { binId: string; correct: boolean } | null;
  attemptsLeft: number;
  /** The bin it belongs in, and why: shown once it is settled. */
  rightBin: string;
  explanation: string;
}

export interface SortView {
  title: string;
  prompt: string;
  bins: { id: string; label: string; color: string | undefined }[];
  items: SortItemView[];
  /** The item to place next: the one the student picked if it is not settled, else the first unsettled one. */
  current: SortItemView | null;
  /** The item the student placed last, for its feedback (right, try again, or where it goes and why). */
  last: SortItemView | null;
  sorted: number;
  total: number;
  done: boolean;
}

/**
 * What a sort step looks like now; shared by the 3D panel and the DOM layer. `picked`: the item the
 * student is working on (the step's draft: the last one they picked or placed).
 */
export function sortView(step: SortStep, state: RunnerState, picked: string | null, lang: Language): SortView {
  const placements = placementsOf(step, state);
  const binLabel = (id: string) => pick(step.bins.find((b) => b.id === id)?.label, lang);
  const items: SortItemView[] = step.items.map((item) => {
    const p = placements[item.id];
    return {
      id: item.id, label: pick(item.label, lang), done: p?.done ?? false,
      tried: p ? { binId: p.binId, correct: p.correct } : null,
      attemptsLeft: step.maxAttempts - (p?.attempts ?? 0),
      rightBin: binLabel(item.bin), explanation: pick(item.explanation, lang),
    };
  });
  const pickedItem = items.find((i) => i.id === picked) ?? null;
  const current = pickedItem && !pickedItem.done ? pickedItem : items.find((i) => !i.done) ?? null;
  const sorted = items.filter((i) => i.done).length;
  return {
    title: pick(step.title, lang), prompt: pick(step.prompt, lang),
    bins: step.bins.map((b) => ({ id: b.id, label: pick(b.label, lang), color: b.color })),
    items, current, last: pickedItem?.tried ? pickedItem : null, sorted, total: items.length, done: sorted === items.length,
  };
}

/** The bin's words for an item's placement, for feedback lines. */
export function binLabelOf(view: SortView, binId: string): string {
  return view.bins.find((b) => b.id === binId)?.label ?? binId;
}

/** The feedback for the last placement, as keys for the app's words (steps.sort.*) and their values. */
export function sortFeedback(view: SortView): { key: string; params?: Record<string, string | number>; text?: string }[] {
  const last = view.last;
  if (!last?.tried) return [];
  const lines: { key: string; params?: Record<string, string | number>; text?: string }[] = [];
  if (last.tried.correct) lines.push({ key: 'steps.sort.right', params: { item: last.label, bin: last.rightBin } });
  else if (!last.done) lines.push({ key: 'steps.sort.tryAgain', params: { item: last.label, bin: binLabelOf(view, last.tried.binId), count: last.attemptsLeft } });
  else lines.push({ key: 'steps.sort.goesIn', params: { item: last.label, bin: last.rightBin } });
  if (last.done) lines.push({ key: 'text', text: last.explanation });
  return lines;
}

/**
 * What the 3D panel shows at once: the title, one item ("Which bin? …") with the bins to press while one
 * is left, the feedback of the last placement and the count. The words the sort step puts in a headset.
 */
export function sortPanel(view: SortView, t: Translate): { title: string; question: string; bins: string[]; feedback: string[] } {
  return {
    title: view.title,
    question: view.current ? t('steps.sort.which', { item: view.current.label }) : t('steps.sort.allSorted'),
    bins: view.current ? view.bins.map((b) => b.label) : [],
    feedback: [
      ...sortFeedback(view).map((l) => l.text ?? t(l.key, l.params ?? {})),
      ...(view.done ? [] : [t('steps.sort.progress', { done: view.sorted, count: view.total })]),
    ],
  };
}
