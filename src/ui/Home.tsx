import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/react.ts';
import { catalog, isFailed, loadFailureKey, tryLoadEntry, type FailedEntry, type LoadedEntry } from '../app/catalog.ts';
import { lessonHref } from '../app/route.ts';
import { pick } from '../lesson/text.ts';
import { useApp } from './hooks.ts';
import { ProblemList } from './ProblemList.tsx';

type Entry = LoadedEntry | FailedEntry;

/** A lesson whose chunk could not be fetched: why, and a Retry that fetches it again. */
function FailedCard({ e, onRetry }: { e: FailedEntry; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <li className="card broken">
      <h2>{e.file}</h2>
      <p role="alert">{t(loadFailureKey(e.failed))}</p>
      <button type="button" onClick={onRetry}>{t('errors.retry')}</button>
    </li>
  );
}

function Card({ e, onRetry }: { e: Entry; onRetry: (e: FailedEntry) => void }) {
  const { t } = useTranslation();
  const lang = useApp((s) => s.lang);
  if (isFailed(e)) return <FailedCard e={e} onRetry={() => onRetry(e)} />;
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
 * others still open; so does one whose chunk could not be fetched (server stopped, offline before it was
 * saved), with a Retry on its card. Authors' example lessons (lessons/examples/) are folded away below.
 */
export function Home() {
  const { t } = useTranslation();
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    void Promise.all(catalog.map((e) => tryLoadEntry(e))).then((all) => live.current && setEntries(all));
    return () => {
      live.current = false;
    };
  }, []);
  const retry = (failed: FailedEntry) => {
    void tryLoadEntry(failed).then((e) => live.current && setEntries((all) => all && all.map((x) => (x.id === e.id ? e : x))));
  };
  if (!entries) return <p role="status">{t('home.loading')}</p>;
  if (!entries.length) return <p>{t('home.empty')}</p>;
  const isExample = (e: Entry) => e.id.startsWith('examples/') || e.id.startsWith('tests/');
  const examples = entries.filter(isExample);
  return (
    <>
      <h1>{t('home.title')}</h1>
      <ul className="cards">{entries.filter((e) => !isExample(e)).map((e) => <Card key={e.id} e={e} onRetry={retry} />)}</ul>
      {examples.length > 0 && (
        <details className="examples" open={examples.some((e) => isFailed(e) || !e.result.ok)}>
          <summary>{t('home.examples')}</summary>
          <ul className="cards">{examples.map((e) => <Card key={e.id} e={e} onRetry={retry} />)}</ul>
        </details>
      )}
    </>
  );
}
