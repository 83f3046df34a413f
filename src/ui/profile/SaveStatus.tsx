import { useStore } from 'zustand';
import { classroomStore } from '../../app/classroomState.ts';
import { useTranslation } from '../../i18n/react.ts';
import type { Persistence, ProgressStore } from '../../app/progressLog.ts';
import './profile.css';
import { useSaveStatus } from './useProfiles.ts';

/**
 * A small "Saved / Saving… / Not saved" indicator with the reason in words and a "try again" button
 * when a write failed. Mount it wherever the student works (lesson screen, headset panel's DOM twin).
 * In a class with the laptop's hub, "Saved" says where: on this device, or also on the teacher's laptop.
 */
export function SaveStatus({ store }: { store: ProgressStore }) {
  const { t } = useTranslation('progress');
  const s = useSaveStatus(store);
  const hub = useStore(classroomStore, (c) => c.hub);
  const onLaptop = useStore(classroomStore, (c) => c.onLaptop);
  const laptopFull = useStore(classroomStore, (c) => c.hub !== 'none' && c.laptopFull);
  const bad = s.state === 'not-saved' || s.state === 'lost' || s.state === 'unavailable';
  const saved = s.state === 'saved' && hub !== 'none' ? (onLaptop ? 'savedLaptop' : 'savedDevice') : null;
  return (
    <div className={`save-status ${bad ? 'bad' : ''}`} role="status" aria-live="polite" data-where={saved ? (onLaptop ? 'laptop' : 'device') : undefined}>
      <span className="save-dot" aria-hidden="true" />
      <span>{saved ? t(saved, { ns: 'classroom' }) : t(`save_${s.state}`)}</span>
      {bad && s.reason && <p className="save-why">{t(`why_${s.reason}`)}</p>}
      {laptopFull && <p className="save-why">{t('laptopFull', { ns: 'classroom' })}</p>}
      {s.state === 'not-saved' && s.pending > 0 && (
        <>
          <span className="meta">{t('pending', { count: s.pending })}</span>
          <button type="button" onClick={() => void store.retry()}>{t('retry')}</button>
        </>
      )}
    </div>
  );
}

/** Says plainly whether the browser promised to keep progress (from store.requestPersistence()). */
export function PersistenceNotice({ persistence, maybePrivate = false }: { persistence: Persistence; maybePrivate?: boolean }) {
  const { t } = useTranslation('progress');
  if (persistence === 'granted' && !maybePrivate) return null;
  return (
    <p className="notice persistence" role="note">
      {maybePrivate ? t('maybePrivate') : t(`persist_${persistence}`)}
    </p>
  );
}
