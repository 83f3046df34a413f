import { useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import type { Language } from '../../lesson/common.ts';
import type { Lesson } from '../../lesson/schema.ts';
import { type DeskCell, lessonTitle, percent, type ProgressStore, studentRows } from '../../app/desk.ts';
import { useLoaded, type DeskData } from './useDesk.ts';

export const PAGE_SIZE = 50;

function Cell({ cell }: { cell: DeskCell | undefined }) {
  const { t } = useTranslation('teacher');
  if (!cell) return <td className="cell none"><span aria-hidden="true">—</span><span className="sr">{t('notStarted')}</span></td>;
  return (
    <td className={`cell ${cell.status}`}>
      <span aria-hidden="true">{cell.status === 'completed' ? '✓' : '…'} </span>
      <span className="sr">{t(`status_${cell.status}`)}, {t('score')} </span>
      {cell.ratio === null ? '' : `${percent(cell.ratio)}%`}
      <span className="sub">
        {cell.gain && <><span className="sr">{t('gain')} </span>{percent(cell.gain.pre)}→{percent(cell.gain.post)} · </>}
        {t('minutes', { count: Math.round(cell.minutes) })}
      </span>
    </td>
  );
}

export interface StudentTableProps {
  store: ProgressStore;
  lessons: readonly Lesson[];
  data: DeskData;
  lang: Language;
}

/**
 * Students × lessons, 50 students a page, with a nickname filter. Only the page's summaries are read,
 * so a class of 1,000 students shows as quickly as a class of 30.
 */
export function StudentTable({ store, lessons, data, lang }: StudentTableProps) {
  const { t } = useTranslation('teacher');
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const shown = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    return q ? data.profiles.filter((p) => p.nickname.toLocaleLowerCase().includes(q)) : data.profiles;
  }, [data, query]);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const at = Math.min(page, pages - 1);
  const onPage = shown.slice(at * PAGE_SIZE, (at + 1) * PAGE_SIZE);
  const rows = useLoaded(
    async () => studentRows(lessons, onPage, await store.summariesOf({ profileIds: onPage.map((p) => p.id) })),
    [store, lessons, data.version, query, at],
  );
  return (
    <section className="students">
      <div className="table-tools">
        <label>{t('search')} <input type="search" value={query} onChange={(e) => { setQuery(e.target.value); setPage(0); }} /></label>
        <span className="meta">{t('students', { count: shown.length })}</span>
        {pages > 1 && (
          <nav className="pager" aria-label={t('page', { page: at + 1, pages })}>
            <button type="button" disabled={at === 0} onClick={() => setPage(at - 1)}>{t('prev')}</button>
            <span>{t('page', { page: at + 1, pages })}</span>
            <button type="button" disabled={at >= pages - 1} onClick={() => setPage(at + 1)}>{t('next')}</button>
          </nav>
        )}
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('tableCaption')}>
        <table className="desk-table">
          <caption className="sr">{t('tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('student')}</th>
              {data.lessonIds.map((id) => <th scope="col" key={id}>{lessonTitle(lessons, id, lang)}</th>)}
            </tr>
          </thead>
          <tbody>
            {(rows ?? []).map((s) => (
              <tr key={s.profile.id}>
                <th scope="row">{s.profile.nickname} <span className="sub" title={s.profile.deviceId}>{t('device')} {s.profile.deviceId.slice(0, 4)}</span></th>
                {data.lessonIds.map((id) => <Cell key={id} cell={s.cells[id]} />)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
