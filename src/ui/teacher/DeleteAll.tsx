import { useState } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import type { DeskSync } from '../../app/classroomDesk.ts';
import type { ProgressStore } from '../../app/desk.ts';

/**
 * "Delete everything", behind a second, explicit confirmation that names how many students it removes.
 * With the laptop's hub, the hub's class log goes too (the headsets keep their own copies, but never
 * send the deleted events again).
 */
export function DeleteAll({ store, students, hub = null }: { store: ProgressStore; students: number; hub?: DeskSync | null }) {
  const { t } = useTranslation('teacher');
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState('');
  async function remove() {
    setAsking(false);
    try {
      const cleared = hub ? await hub.forgetAll() : false;
      await store.deleteAll();
      setMessage(cleared ? `${t('deletedAll')} ${t('deletedHub', { ns: 'live' })}` : t('deletedAll'));
    } catch {
      setMessage(t('lostAction', { ns: 'progress' }));
    }
  }
  return (
    <fieldset className="desk-box">
      <legend>{t('deleteTitle')}</legend>
      {!asking ? (
        <button type="button" className="danger" disabled={students === 0} onClick={() => setAsking(true)}>{t('deleteAll')}</button>
      ) : (
        <div className="confirm" role="alertdialog" aria-label={t('deleteTitle')}>
          <p>{t('deleteAllConfirm', { count: students })}</p>
          <button type="button" className="danger" onClick={() => void remove()}>{t('deleteAllYes')}</button>
          <button type="button" onClick={() => setAsking(false)} autoFocus>{t('cancel')}</button>
        </div>
      )}
      <p role="status" className="meta">{message}</p>
    </fieldset>
  );
}
