import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import type { PinProblem, ProgressStore } from '../../app/desk.ts';

type Stage = 'loading' | 'set' | 'enter' | 'open' | 'forgot';

/**
 * The desk's lock: set a PIN on first use, enter it afterwards. A convenience lock, not security (the
 * page says so). A forgotten PIN is cleared only together with all the progress on the device.
 */
export function PinGate({ store, children }: { store: ProgressStore; children: (lock: () => void) => ReactNode }) {
  const { t } = useTranslation('teacher');
  const [stage, setStage] = useState<Stage>('loading');
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState('');
  const ids = { pin: useId(), again: useId(), error: useId() };

  // Once per store: not again when the language changes (`t` does), which would lock an open desk.
  const tNow = useRef(t);
  tNow.current = t;
  useEffect(() => {
    store.pin.isSet().then((set) => setStage(set ? 'enter' : 'set'), () => setError(tNow.current('lostAction', { ns: 'progress' })));
  }, [store]);

  const reset = (next: Stage) => { setPin(''); setAgain(''); setError(''); setStage(next); };

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      if (stage === 'set') {
        if (pin !== again) return setError(t('pinMismatch'));
        const problem: PinProblem | null = await store.pin.set(pin);
        if (problem) return setError(t(`pin_${problem}`));
        reset('open');
      } else if (await store.pin.check(pin)) reset('open');
      else setError(t('wrongPin'));
    } catch {
      setError(t('lostAction', { ns: 'progress' }));
    }
  }

  if (stage === 'open') return <>{children(() => reset('enter'))}</>;
  if (stage === 'loading') return <p role="status">{error || t('loading')}</p>;
  return (
    <section className="pin-gate">
      <h1>{t('title')}</h1>
      <p className="notice">{t('lockNote')}</p>
      {stage === 'forgot' ? (
        <div className="confirm" role="alertdialog" aria-label={t('forgotPin')}>
          <p>{t('forgotConfirm')}</p>
          <button type="button" className="danger" onClick={() => void store.pin.resetWithData().then(() => reset('set'), () => setError(t('lostAction', { ns: 'progress' })))}>{t('forgotYes')}</button>
          <button type="button" onClick={() => reset('enter')} autoFocus>{t('cancel')}</button>
        </div>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <h2>{stage === 'set' ? t('setPinTitle') : t('enterPinTitle')}</h2>
          <label htmlFor={ids.pin}>{t('pinLabel')}</label>
          <input id={ids.pin} type="password" inputMode="numeric" autoComplete="off" value={pin} autoFocus
            aria-describedby={ids.error} aria-invalid={error ? true : undefined} onChange={(e) => { setPin(e.target.value); setError(''); }} />
          {stage === 'set' && (
            <>
              <label htmlFor={ids.again}>{t('pinAgain')}</label>
              <input id={ids.again} type="password" inputMode="numeric" autoComplete="off" value={again} onChange={(e) => { setAgain(e.target.value); setError(''); }} />
            </>
          )}
          <p id={ids.error} className="error" role="alert">{error}</p>
          <button type="submit" className="primary">{stage === 'set' ? t('setPin') : t('unlock')}</button>
          {stage === 'enter' && <button type="button" className="quiet" onClick={() => reset('forgot')}>{t('forgotPin')}</button>}
        </form>
      )}
    </section>
  );
}
