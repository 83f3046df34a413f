import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { NICKNAME_MAX, type NicknameProblem, type Profile, type ProgressStore } from '../../app/progressLog.ts';
import './profile.css';
import { useProfiles } from './useProfiles.ts';

export interface ProfilePickerProps {
  store: ProgressStore;
  /** The student picked (or just made) a profile. */
  onPick(profile: Profile): void;
  /** The profile in use, if any, marked in the list. */
  currentId?: string | null;
}

/**
 * Pick or create a nickname on a shared device; "delete my data" per nickname, after a confirmation.
 * Nicknames only: the form refuses emails and phone numbers and says why.
 */
export function ProfilePicker({ store, onPick, currentId = null }: ProfilePickerProps) {
  const { t } = useTranslation('progress');
  const { profiles } = useProfiles(store);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<NicknameProblem | 'lost' | null>(null);
  const [confirming, setConfirming] = useState<Profile | null>(null);
  const [notice, setNotice] = useState('');
  const ids = { input: useId(), hint: useId(), error: useId(), list: useId() };

  async function create(e: FormEvent) {
    e.preventDefault();
    try {
      const r = await store.createProfile(name);
      if (!r.ok) return setProblem(r.problem);
      setProblem(null);
      setName('');
      onPick(r.profile);
    } catch {
      setProblem('lost');
    }
  }

  async function remove(p: Profile) {
    setConfirming(null);
    try {
      await store.deleteProfile(p.id);
      setNotice(t('deleted', { name: p.nickname }));
    } catch {
      setNotice(t('lostAction'));
    }
  }

  return (
    <section className="profiles" aria-labelledby={ids.list}>
      <h1 id={ids.list}>{t('pickerTitle')}</h1>
      <p>{t('pickerIntro')}</p>
      {profiles && profiles.length === 0 && <p className="meta">{t('pickerEmpty')}</p>}
      {profiles && profiles.length > 0 && (
        <ul className="profile-list" aria-label={t('pickerList')}>
          {profiles.map((p) => (
            <li key={p.id} className={p.id === currentId ? 'current' : ''}>
              <button type="button" className="primary" onClick={() => onPick(p)} aria-current={p.id === currentId ? 'true' : undefined}>
                {t('pick', { name: p.nickname })}
              </button>
              {p.id === currentId && <span className="meta">{t('current')}</span>}
              <button type="button" className="quiet" onClick={() => setConfirming(p)} aria-expanded={confirming?.id === p.id}>
                {t('deleteMine')}
              </button>
              {confirming?.id === p.id && (
                <div className="confirm" role="alertdialog" aria-label={t('deleteMine')}>
                  <p>{t('deleteConfirm', { name: p.nickname })}</p>
                  <button type="button" className="danger" onClick={() => void remove(p)}>{t('deleteYes')}</button>
                  <button type="button" onClick={() => setConfirming(null)} autoFocus>{t('cancel')}</button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="meta">{notice}</p>
      <form className="new-profile" onSubmit={(e) => void create(e)} noValidate>
        <h2>{t('newTitle')}</h2>
        <label htmlFor={ids.input}>{t('nicknameLabel')}</label>
        <input
          id={ids.input} value={name} autoComplete="off" spellCheck={false} maxLength={NICKNAME_MAX * 4}
          aria-describedby={`${ids.hint} ${ids.error}`} aria-invalid={problem ? true : undefined}
          onChange={(e) => { setName(e.target.value); setProblem(null); }}
        />
        <p id={ids.hint} className="meta">{t('nicknameHint')}</p>
        <p id={ids.error} className="error" role="alert">{problem && (problem === 'lost' ? t('lostAction') : t(`nickname_${problem}`))}</p>
        <button type="submit" className="primary">{t('create')}</button>
      </form>
    </section>
  );
}
