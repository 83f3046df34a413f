import { useState } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import type { Language } from '../../lesson/common.ts';
import type { Lesson } from '../../lesson/schema.ts';
import { deskCsv, lessonTitle, pledgeLabel, type ProgressStore, studentRows } from '../../app/desk.ts';
import { downloadBlob, exportName } from './download.ts';

type Kind = 'csv' | 'xapi' | 'json';

/** CSV of the desk's table, xAPI statements or the raw log, for all lessons or one; each a file download. */
export function ExportBar({ store, lessonIds, lessons, lang }: { store: ProgressStore; lessonIds: readonly string[]; lessons: readonly Lesson[]; lang: Language }) {
  const { t } = useTranslation('teacher');
  const [scope, setScope] = useState('');
  const [busy, setBusy] = useState<Kind | null>(null);
  const [message, setMessage] = useState('');
  const [percent, setPercent] = useState<number | null>(null);

  async function run(kind: Kind) {
    setBusy(kind);
    setMessage(t('exporting'));
    const lessonId = scope || undefined;
    const filter = lessonId ? { lessonId } : {};
    // At most once per whole percent (the store says so), never per frame.
    const onProgress = (f: number) => {
      const p = Math.round(f * 100);
      setPercent(p);
      setMessage(t('exportingPercent', { percent: p }));
    };
    try {
      let blob: Blob;
      if (kind === 'csv') {
        const [profiles, summaries] = await Promise.all([store.profiles({ all: true }), store.summariesOf(filter)]);
        const students = studentRows(lessons, profiles, summaries);
        const text = deskCsv({ students, lessonIds: lessonId ? [lessonId] : [...lessonIds] }, {
          header: (c) => t(`csv_${c}`),
          lessonTitle: (id) => lessonTitle(lessons, id, lang),
          status: (s) => t(`status_${s}`),
          pledge: (id, choice) => pledgeLabel(lessons.find((l) => l.id === id), choice, lang),
        });
        blob = new Blob([text], { type: 'text/csv;charset=utf-8' });
      } else blob = kind === 'xapi' ? await store.exportXapi(lessons, { ...filter, onProgress }) : await store.exportNative({ ...filter, onProgress });
      const file = exportName(kind === 'csv' ? 'results' : kind === 'xapi' ? 'xapi' : 'progress', kind === 'csv' ? 'csv' : 'json', lessonId);
      downloadBlob(blob, file);
      setMessage(t('exported', { file }));
    } catch {
      setMessage(t('lostAction', { ns: 'progress' }));
    } finally {
      setBusy(null);
      setPercent(null);
    }
  }

  return (
    <fieldset className="desk-box">
      <legend>{t('exportTitle')}</legend>
      <label>{t('scope')}{' '}
        <select value={scope} onChange={(e) => setScope(e.target.value)}>
          <option value="">{t('allLessons')}</option>
          {lessonIds.map((id) => <option key={id} value={id}>{lessonTitle(lessons, id, lang)}</option>)}
        </select>
      </label>
      <div className="buttons">
        {(['csv', 'xapi', 'json'] as const).map((kind) => (
          <button key={kind} type="button" disabled={busy !== null} onClick={() => void run(kind)}>
            {t(kind === 'csv' ? 'exportCsv' : kind === 'xapi' ? 'exportXapi' : 'exportJson')}
          </button>
        ))}
      </div>
      {percent !== null && <progress className="export-progress" max={100} value={percent} aria-label={message} />}
      <p role="status" className="meta">{message}</p>
    </fieldset>
  );
}
