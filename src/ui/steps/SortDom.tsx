import { useStore } from 'zustand';
import { draftFor, draftStore, setDraft } from '../../app/draft.ts';
import { dispatch } from '../../app/store.ts';
import { sortFeedback, sortView } from '../../app/views/sort.ts';
import type { SortStep } from '../../lesson/steps/sort.ts';
import type { StepDomProps } from './types.ts';
import '../steps.css';

/**
 * Sorting as native controls: each item a group of bin buttons until it is settled, then where it went
 * and why; a live status says how the last placement went.
 */
export function SortDom({ step, session, lang }: StepDomProps<SortStep>) {
  const picked = useStore(draftStore, (d) => draftFor(step.id, d));
  const v = sortView(step, session.runner, typeof picked === 'string' ? picked : null, lang);
  const place = (itemId: string, binId: string) => {
    setDraft(step.id, itemId);
    dispatch({ type: 'sort', itemId, binId });
  };
  return (
    <>
      <h2 className="step-title">{v.title}</h2>
      <p>{v.prompt}</p>
      <ul className="sort-items">
        {v.items.map((item) => (
          <li key={item.id} className={item.done ? 'sort-done' : undefined}>
            {item.done ? (
              <p><strong>{v.words.placed(item.label, item.rightBin)}</strong> {item.explanation}</p>
            ) : (
              <div role="group" aria-label={v.words.binOf(item.label)}>
                <span className="sort-item" aria-hidden="true">{item.label}</span>
                {v.bins.map((bin) => (
                  <button key={bin.id} type="button" className={`choice${item.tried?.binId === bin.id ? ' tone-wrong' : ''}`}
                    onClick={() => place(item.id, bin.id)}>
                    {bin.label}
                  </button>
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
      <div className={`feedback ${v.last ? (v.last.tried?.correct ? 'ok' : 'no') : ''}`} role="status" aria-live="polite">
        <p>{v.done ? v.words.allSorted : v.words.progress(v.sorted, v.total)}</p>
        {sortFeedback(v).map((line) => <p key={line}>{line}</p>)}
      </div>
    </>
  );
}
