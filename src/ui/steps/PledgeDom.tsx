import { useTranslation } from '../../i18n/react.ts';
import { useStore } from 'zustand';
import { draftFor, draftStore, setDraft } from '../../app/draft.ts';
import { dispatch } from '../../app/store.ts';
import { pledgeView, setComposePart } from '../../app/views/pledge.ts';
import type { PledgeStep } from '../../lesson/steps/pledge.ts';
import type { StepDomProps } from './types.ts';
import '../steps.css';

/** A pledge as checkboxes, two selects to build one's own, and the list of pledges with a remove button each. */
export function PledgeDom({ step, session, lang }: StepDomProps<PledgeStep>) {
  const { t } = useTranslation();
  const draft = useStore(draftStore, (d) => draftFor(step.id, d));
  const v = pledgeView(step, session.runner, draft, lang, (k, p) => t(k, p ?? {}));
  const c = v.compose;
  const id = `pl-${step.id}`;
  return (
    <>
      <h2 className="step-title">{v.title}</h2>
      <p className="step-body">{v.prompt}</p>
      <fieldset className="pl-group">
        <legend>{t('steps.pledge.pick')} <span className="muted">({t('steps.pledge.upTo', { max: v.max })})</span></legend>
        {v.options.map((o) => (
          <label key={o.key} className={`pl-option${o.chosen ? ' chosen' : ''}`}>
            <input type="checkbox" checked={o.chosen} onChange={() => dispatch({ type: o.chosen ? 'unpledge' : 'pledge', choice: o.choice })} />
            <span>{o.text}</span>
          </label>
        ))}
      </fieldset>
      {c && (
        <fieldset className="pl-group pl-compose">
          <legend>{t('steps.pledge.compose')}</legend>
          <label>
            {t('steps.pledge.action')}
            <select value={c.actionId} onChange={(e) => setDraft(step.id, setComposePart(step, draft, 'action', e.target.value))}>
              {c.actions.map((a) => <option key={a.id} value={a.id}>{a.text}</option>)}
            </select>
          </label>
          <label>
            {t('steps.pledge.time')}
            <select value={c.timeId} onChange={(e) => setDraft(step.id, setComposePart(step, draft, 'time', e.target.value))}>
              {c.times.map((x) => <option key={x.id} value={x.id}>{x.text}</option>)}
            </select>
          </label>
          <p className="pl-preview" id={`${id}-preview`}>“{c.preview}”</p>
          <button type="button" className="primary" disabled={c.already} aria-describedby={`${id}-preview`}
            onClick={() => dispatch({ type: 'pledge', choice: c.choice })}>
            {c.already ? t('steps.pledge.already') : t('steps.pledge.add')}
          </button>
        </fieldset>
      )}
      <section aria-labelledby={`${id}-mine`}>
        <h3 className="pl-mine-title" id={`${id}-mine`}>{v.mineTitle}</h3>
        {v.chosen.length > 0 ? (
          <ul className="pl-mine">
            {v.chosen.map((p) => (
              <li key={p.key}>
                <span>{p.text}</span>
                <button type="button" aria-label={t('steps.pledge.remove', { text: p.text })} onClick={() => dispatch({ type: 'unpledge', choice: p.choice })}>
                  {t('steps.pledge.removeShort')}
                </button>
              </li>
            ))}
          </ul>
        ) : <p className="muted">{t('steps.pledge.none')}</p>}
        {v.full && <p className="muted small">{t('steps.pledge.replaced', { max: v.max })}</p>}
      </section>
      <p className="visually-hidden" role="status" aria-live="polite">
        {`${v.mineTitle}: ${v.chosen.map((p) => p.text).join('; ') || t('steps.pledge.none')}`}
      </p>
    </>
  );
}
