import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalog, loadEntry, type LoadedEntry } from '../app/catalog.ts';
import { lessonHref } from '../app/route.ts';
import { pick } from '../lesson/text.ts';
import { useApp } from './hooks.ts';
import { ProblemList } from './ProblemList.tsx';

/** The lesson list: one card and one shareable link per lesson; a broken file shows its problems. */
export function Home() {
  const { t } = useTranslation();
  const lang = useApp((s) => s.lang);
  const [entries, setEntries] = useState<LoadedEntry[] | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all(catalog.map((e) => loadEntry(e))).then((all) => live && setEntries(all));
    return () => {
      live = false;
    };
  }, []);
  if (!entries) return <p role="status">{t('home.loading')}</p>;
  if (!entries.length) return <p>{t('home.empty')}</p>;
  return (
    <>
      <h1>{t('home.title')}</h1>
      <ul className="cards">
        {entries.map((e) => (
          <li key={e.id} className={`card ${e.result.ok ? '' : 'broken'}`}>
            {e.result.ok ? (
              <>
                <h2><a href={lessonHref(e.id)}>{pick(e.result.lesson.title, lang)}</a></h2>
                <p>{pick(e.result.lesson.summary, lang)}</p>
                <p className="meta">
                  {t('home.minutes', { count: e.result.lesson.minutes })} · {e.result.lesson.ageBands.map((b) => t(`home.ages.${b}`)).join(', ')}
                </p>
              </>
            ) : (
              <>
                <h2>{e.file}</h2>
                <p role="alert">{t('home.broken')} ({t('home.problems', { count: e.result.problems.length })})</p>
                <ProblemList file={e.file} problems={e.result.problems} />
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
