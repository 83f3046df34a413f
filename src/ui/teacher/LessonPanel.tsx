import { useTranslation } from '../../i18n/react.ts';
import type { Language } from '../../lesson/common.ts';
import type { Lesson } from '../../lesson/schema.ts';
import { lessonStats, type LessonStats, percent, pledgeLabel, type ProgressStore } from '../../app/desk.ts';
import { FootprintChart } from './FootprintChart.tsx';
import { QuestionStats } from './QuestionStats.tsx';
import { useLoaded } from './useDesk.ts';

/** The chosen lesson's panel: reads that lesson's summaries only. */
export function LessonSection({ store, lessonId, lesson, lang, version }: { store: ProgressStore; lessonId: string; lesson: Lesson | undefined; lang: Language; version: number }) {
  const { t } = useTranslation('teacher');
  const stats = useLoaded(async () => lessonStats(lessonId, lesson, await store.summariesOf({ lessonId })), [store, lessonId, lesson, version]);
  if (!stats || stats.lessonId !== lessonId) return <p role="status">{t('loading')}</p>;
  return <LessonPanel stats={stats} lesson={lesson} lang={lang} />;
}

/** One lesson across the class: counts, mean score, learning gain, footprints, questions and pledges. */
export function LessonPanel({ stats, lesson, lang }: { stats: LessonStats; lesson: Lesson | undefined; lang: Language }) {
  const { t } = useTranslation('teacher');
  return (
    <div className="lesson-panel">
      <p>
        {t('startedCompleted', { started: stats.started, completed: stats.completed })}
        {stats.meanRatio !== null && <> · {t('meanScore', { percent: percent(stats.meanRatio) })}</>}
        {stats.gain && <> · {t('classGain', { pre: percent(stats.gain.pre), post: percent(stats.gain.post), count: stats.gain.students })}</>}
      </p>
      <FootprintChart footprints={stats.footprints} lesson={lesson} lang={lang} />
      <QuestionStats questions={stats.questions} lesson={lesson} lang={lang} />
      <section>
        <h3>{t('pledgesTitle')}</h3>
        {stats.pledges.length === 0 ? <p className="meta">{t('noPledges')}</p> : (
          <ul className="pledge-counts">
            {stats.pledges.map((p) => (
              <li key={p.key}>
                <span className="bar" style={{ width: `${Math.max(4, (100 * p.count) / stats.started)}%` }} aria-hidden="true" />
                <span>{pledgeLabel(lesson, p.choice, lang)}</span> <strong>{t('pledgeCount', { count: p.count })}</strong>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
