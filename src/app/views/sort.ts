import type { Language } from '../../lesson/common.ts';
import type { SortStep } from '../../lesson/steps/sort.ts';
import { pick } from '../../lesson/text.ts';
import { placementsOf } from '../../runner/steps/sort.ts';
import type { RunnerState } from '../../runner/types.ts';

/**
 * The sort step's own words, in each language, beside the view that uses them: a step type's UI words
 * travel with its view model (the lesson's texts come from the lesson).
 */
export const SORT_WORDS = {
  ko: {
    progress: (done: number, count: number) => `${count}개 중 ${done}개 분리했어요`,
    allSorted: '모두 분리했어요!',
    right: (item: string, bin: string) => `맞아요! ${item} → ${bin}`,
    tryAgain: (item: string, bin: string, left: number) => `${item} → ${bin}: 아니에요. 다른 통을 골라 보세요. (남은 기회 ${left}번)`,
    goesIn: (item: string, bin: string) => `${item}: ${bin}에 버려요.`,
    binOf: (item: string) => `${item}: 어느 통에 버릴까요?`,
    placed: (item: string, bin: string) => `${item} → ${bin}`,
  },
  en: {
    progress: (done: number, count: number) => `${done} of ${count} sorted`,
    allSorted: 'All sorted!',
    right: (item: string, bin: string) => `Right! ${item} → ${bin}`,
    tryAgain: (item: string, bin: string, left: number) => `${item} → ${bin}: not this one. Try another bin. (${left} ${left === 1 ? 'try' : 'tries'} left)`,
    goesIn: (item: string, bin: string) => `${item} goes in ${bin}.`,
    binOf: (item: string) => `${item}: which bin?`,
    placed: (item: string, bin: string) => `${item} → ${bin}`,
  },
} satisfies Record<Language, unknown>;

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
  words: (typeof SORT_WORDS)[Language];
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
    words: SORT_WORDS[lang], title: pick(step.title, lang), prompt: pick(step.prompt, lang),
    bins: step.bins.map((b) => ({ id: b.id, label: pick(b.label, lang), color: b.color })),
    items, current, last: pickedItem?.tried ? pickedItem : null, sorted, total: items.length, done: sorted === items.length,
  };
}

/** The bin's words for an item's placement, for feedback lines. */
export function binLabelOf(view: SortView, binId: string): string {
  return view.bins.find((b) => b.id === binId)?.label ?? binId;
}

/** The feedback on the last placement: right, try again, or where it goes; then why, once it is settled. */
export function sortFeedback(view: SortView): string[] {
  const last = view.last;
  if (!last?.tried) return [];
  const w = view.words;
  const said = last.tried.correct ? w.right(last.label, last.rightBin)
    : last.done ? w.goesIn(last.label, last.rightBin)
      : w.tryAgain(last.label, binLabelOf(view, last.tried.binId), last.attemptsLeft);
  return last.done ? [said, last.explanation] : [said];
}

/**
 * What the 3D panel shows at once: the title (the step's question), one item, big, with the bins to
 * press while one is left, the feedback on the last placement and the count. The words the sort step
 * puts in a headset.
 */
export function sortPanel(view: SortView): { title: string; question: string; bins: string[]; feedback: string[] } {
  const w = view.words;
  return {
    title: view.title,
    question: view.current ? view.current.label : w.allSorted,
    bins: view.current ? view.bins.map((b) => b.label) : [],
    feedback: [...sortFeedback(view), ...(view.done ? [] : [w.progress(view.sorted, view.total)])],
  };
}
