import { useStore } from 'zustand';
import { useTranslation } from '../../i18n/react.ts';
import { draftFor, draftStore, setDraft, toggleInDraft } from '../../app/draft.ts';
import { dispatch } from '../../app/store.ts';
import { quizStatus, quizView, snapToStep } from '../../app/views/quiz.ts';
import type { QuizStep } from '../../lesson/steps/quiz.ts';
import type { StepDomProps } from './types.ts';

/** The quiz as native controls: a radio-like button group, checkboxes or a slider, and a live status. */
export function QuizDom({ step, session, lang }: StepDomProps<QuizStep>) {
  const { t } = useTranslation();
  const draft = useStore(draftStore, (d) => draftFor(step.id, d));
  const v = quizView(step, session.runner, draft, lang, { true: t('quiz.true'), false: t('quiz.false') });
  const status = quizStatus(v, step.phase);
  const value = v.numeric ? snapToStep(v.numeric, typeof draft === 'number' ? draft : undefined) : 0;
  return (
    <>
      <h2 className="step-title" id={`q-${step.id}`}>{v.question}</h2>
      {v.kind === 'numeric' && v.numeric ? (
        <div className="numeric">
          <input type="range" aria-labelledby={`q-${step.id}`} min={v.numeric.min} max={v.numeric.max} step={v.numeric.step}
            value={value} disabled={v.done} onChange={(e) => setDraft(step.id, Number(e.target.value))} />
          <output>{`${value} ${v.numeric.unit}`}</output>
        </div>
      ) : (
        <div role="group" aria-labelledby={`q-${step.id}`} className="choices">
          {v.choices.map((c) => (
            <button key={c.key} type="button" className={`choice tone-${c.tone}`} disabled={v.done}
              aria-pressed={c.chosen}
              onClick={() => (v.kind === 'multiple' ? toggleInDraft(step.id, c.key) : dispatch({ type: 'answer', value: c.value }))}>
              {c.text}
            </button>
          ))}
        </div>
      )}
      {(v.kind === 'multiple' || v.kind === 'numeric') && !v.done && (
        <button type="button" className="primary" onClick={() => dispatch({ type: 'answer', value: v.kind === 'numeric' ? value : Array.isArray(draft) ? draft : [] })}>
          {t('quiz.check')}
        </button>
      )}
      <div className={`feedback ${v.attempted ? (v.correct ? 'ok' : 'no') : ''}`} role="status" aria-live="polite">
        {status.map((s) => <p key={s.key}>{s.key === 'text' ? s.text : t(s.key, s.params ?? {})}</p>)}
      </div>
    </>
  );
}
