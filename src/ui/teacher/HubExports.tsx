import { useState } from 'react';
import type { DeskSync, ExportKind } from '../../app/classroomDesk.ts';
import { useTranslation } from '../../i18n/react.ts';
import type { Language } from '../../lesson/common.ts';
import type { Lesson } from '../../lesson/schema.ts';
import { lessonTitle } from '../../app/desk.ts';

/**
 * Class-wide exports made by the laptop's hub from its disk log (every headset's events), streamed
 * as a download: a one-use link (valid a minute) the browser fetches by itself. The browser's own
 * exports (ExportBar) stay beside it for what this desk holds.
 */
export function HubExports({ sync, lessonIds, lessons, lang }: { sync: DeskSync; lessonIds: readonly string[]; lessons: readonly Lesson[]; lang: Language }) {
  const { t } = useTranslation('live');
  const [scope, setScope] = useState('');
  const [message, setMessage] = useState('');
  async function run(kind: ExportKind) {
    setMessage('');
    const url = await sync.exportUrl(kind, { ...(scope ? { lessonId: scope } : {}), lang });
    if (!url) return;
    const a = document.createElement('a');
    a.href = url;
    a.download = ''; // the hub names the file (Content-Disposition)
    document.body.append(a);
    a.click();
    a.remove();
    setMessage(t('hubExportStarted'));
  }
  return (
    <fieldset className="desk-box hub-exports">
      <legend>{t('hubExportTitle')}</legend>
      <p className="meta">{t('hubExportNote')}</p>
      <label>{t('scope', { ns: 'teacher' })}{' '}
        <select value={scope} onChange={(e) => setScope(e.target.value)}>
          <option value="">{t('allLessons', { ns: 'teacher' })}</option>
          {lessonIds.map((id) => <option key={id} value={id}>{lessonTitle(lessons, id, lang)}</option>)}
        </select>
      </label>
      <div className="buttons">
        {(['csv', 'xapi', 'native'] as const).map((kind) => (
          <button key={kind} type="button" data-hub-export={kind} onClick={() => void run(kind)}>
            {t(kind === 'csv' ? 'exportCsv' : kind === 'xapi' ? 'exportXapi' : 'exportJson', { ns: 'teacher' })}
          </button>
        ))}
      </div>
      <p role="status" className="meta">{message}</p>
    </fieldset>
  );
}
