import { useTranslation } from '../../i18n/react.ts';
import { dispatch } from '../../app/store.ts';
import { footprintView } from '../../app/views/footprint.ts';
import type { FootprintStep } from '../../lesson/steps/footprint.ts';
import { BarList } from './BarList.tsx';
import type { StepDomProps } from './types.ts';
import '../steps.css';

/** A footprint choice as native radio buttons, the running total against the benchmarks, and the consequence in words. */
export function FootprintDom({ step, session, lang }: StepDomProps<FootprintStep>) {
  const { t } = useTranslation();
  const v = footprintView(session.lesson, step, session.runner, lang, (k, p) => t(k, p ?? {}));
  const id = `fp-${step.id}`;
  return (
    <>
      <h2 className="step-title" id={`${id}-title`}>{v.title}</h2>
      <p className="step-body">{v.prompt}</p>
      <fieldset className="fp-options">
        <legend>{t('steps.footprint.choose')} <span className="muted">({v.times})</span></legend>
        {v.options.map((o) => (
          <label key={o.id} className={`fp-option${o.chosen ? ' chosen' : ''}`}>
            <input type="radio" name={id} value={o.id} checked={o.chosen} aria-labelledby={`${id}-${o.id}`} aria-describedby={`${id}-${o.id}-d`}
              onChange={() => dispatch({ type: 'choose', optionId: o.id })} />
            <span className="fp-text">
              <span className="fp-name" id={`${id}-${o.id}`}>{o.label}</span>
              <span className="fp-detail" id={`${id}-${o.id}-d`}>
                <span className="fp-year">{o.perYear}</span>
                <span>{`${o.quantity} · ${o.perChoice}`}</span>
                <span className="fp-source">{t('steps.footprint.source', { source: o.sourceFull })}</span>
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {v.anyApproximate && <p className="muted small">{t('steps.footprint.approxNote')}</p>}
      <section className="fp-total" aria-labelledby={`${id}-total`}>
        <h3 id={`${id}-total`}>{t('steps.footprint.totalTitle')}</h3>
        <BarList bars={v.bars} label={t('steps.footprint.bars')} />
      </section>
      <p className="fp-consequence" role="status" aria-live="polite" data-total={v.total}>
        <strong>{t('steps.footprint.consequence.title')}:</strong> {v.consequence.description}. <span className="muted">{v.consequence.caption}</span>
      </p>
    </>
  );
}
