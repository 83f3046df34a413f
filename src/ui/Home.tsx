import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalog, loadEntry, type LoadedEntry } from '../app/catalog.ts';
import { lessonHref } from '../app/route.ts';
import { pick } from '../lesson/text.ts';
import { useApp } from './hooks.ts';
import { ProblemList } from './ProblemList.tsx';

function Card({ e }: { e: LoadedEntry }) {
  const { t } = useTranslation();
  const lang = useApp((s) => s.lang);
  if (!e.result.ok) {
    return (
      <li className="card broken">
        <h2>{e.file}</h2>
        <p role="alert">{t('home.broken')} ({t('home.problems', { count: e.result.problems.length })})</p>
        <ProblemList file={e.file} problems={e.result.problems} />
      </li>
    );
  }
  const l = e.result.lesson;
  return (
    <li className="card">
      <h2><a href={lessonHref(e.id)}>{pick(l.title, lang)}</a></h2>
      <p>{pick(l.summary, lang)}</p>
      <p className="meta">{t('home.minutes', { count: l.minutes })} · {l.ageBands.map((b) => t(`home.ages.${b}`)).join(', ')}</p>
    </li>
  );
}

/**
 * The lesson list: one card and one shareable link per lesson; a broken file shows its problems and the
 * others still open. Authors' example lessons (lessons/examples/) are folded away below.
 */
export function Home() {
  const { t } = useTranslation();
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
  const isExample = (e: LoadedEntry) => e.id.startsWith('examples/') || e.id.startsWith('tests/');
  const examples = entries.filter(isExample);
  return (
    <>
      <h1>{t('home.title')}</h1>
      <ul className="cards">{entries.filter((e) => !isExample(e)).map((e) => <Card key={e.id} e={e} />)}</ul>
      {examples.length > 0 && (
        <details className="examples" open={examples.some((e) => !e.result.ok)}>
          <summary>{t('home.examples')}</summary>
          <ul className="cards">{examples.map((e) => <Card key={e.id} e={e} />)}</ul>
        </details>
      )}
    </>
  );
}
