import { useTranslation } from '../../i18n/react.ts';
import { summaryView } from '../../app/views/summary.ts';
import type { SummaryStep } from '../../lesson/steps/summary.ts';
import { BarList } from './BarList.tsx';
import type { StepDomProps } from './types.ts';
import '../steps.css';

/** The end of a lesson as headed sections: score, footprint, pledges and the sources with links. */
export function SummaryDom({ step, session, lang }: StepDomProps<SummaryStep>) {
  const { t } = useTranslation();
  const v = summaryView(session.lesson, step, session.runner, lang, (k, p) => t(k, p ?? {}));
  const id = `sm-${step.id}`;
  const f = v.footprint;
  return (
    <>
      <h2 className="step-title">{v.title}</h2>
      {v.body && <p className="step-body">{v.body}</p>}
      {(v.score || v.gain.length > 0) && (
        <section className="sm-section" aria-labelledby={`${id}-score`}>
          <h3 id={`${id}-score`}>{t('steps.summary.score')}</h3>
          {v.score && <p className="sm-score">{v.score}</p>}
          {v.gain.length > 0 && (
            <>
              <p className="muted small">{t('steps.summary.gain')}</p>
              <ul>{v.gain.map((g) => <li key={g}>{g}</li>)}</ul>
            </>
          )}
        </section>
      )}
      {f && (
        <section className="sm-section" aria-labelledby={`${id}-footprint`}>
          <h3 id={`${id}-footprint`}>{t('steps.summary.footprint')}</h3>
          <p className="sm-total"><strong>{f.total}</strong></p>
          <BarList bars={f.bars} label={t('steps.footprint.bars')} />
          {f.hasChoices && (
            <>
              <h4>{t('steps.summary.biggest')}</h4>
              {f.savings.length ? <ol>{f.savings.map((s) => <li key={s}>{s}</li>)}</ol> : <p>{t('steps.summary.noSavings')}</p>}
            </>
          )}
        </section>
      )}
      {v.pledges && (
        <section className="sm-section" aria-labelledby={`${id}-pledges`}>
          <h3 id={`${id}-pledges`}>{t('steps.summary.pledges')}</h3>
          {v.pledges.length ? <ul>{v.pledges.map((p) => <li key={p}>{p}</li>)}</ul> : <p className="muted">{t('steps.summary.noPledges')}</p>}
        </section>
      )}
      {v.sources && v.sources.length > 0 && (
        <section className="sm-section" aria-labelledby={`${id}-sources`}>
          <h3 id={`${id}-sources`}>{t('steps.summary.sources')}</h3>
          <ol className="sm-sources">
            {v.sources.map((s) => (
              <li key={s.id}>
                {s.line}
                {s.secondary && <span className="muted"> ({t('steps.summary.secondary')})</span>}
                {s.url && (
                  <>
                    <br />
                    <a href={s.url} target="_blank" rel="noopener noreferrer">
                      {s.url}
                      <span className="visually-hidden"> {t('steps.summary.opens')}</span>
                    </a>
                  </>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
