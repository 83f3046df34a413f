import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/react.ts';
import { useStore } from 'zustand';
import { vrAvailability, type VrAvailability } from '../xr/availability.ts';
import { xrStore } from '../xr/store.ts';

const REASON: Record<Exclude<VrAvailability, 'available' | 'checking'>, string> = {
  insecure: 'vr.insecure', 'no-webxr': 'vr.noWebxr', unsupported: 'vr.unsupported',
};

/** A sentence for each way entering VR is known to fail, in the student's language. */
function failureKey(e: unknown): string {
  const name = e instanceof Error ? e.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'vr.refused';
  if (name === 'InvalidStateError') return 'vr.busy';
  if (name === 'NotSupportedError') return 'vr.unsupported';
  return 'vr.failedUnknown';
}

/** Enter VR, or, where that cannot work here, a sentence saying why. Never just missing. */
export function VRButton() {
  const { t } = useTranslation();
  const [state, setState] = useState<VrAvailability>('checking');
  const [failure, setFailure] = useState<string | null>(null);
  const inXR = useStore(xrStore, (s) => s.session != null);
  useEffect(() => {
    let live = true;
    void vrAvailability().then((a) => live && setState(a));
    return () => {
      live = false;
    };
  }, []);
  const enter = async () => {
    setFailure(null);
    try {
      await xrStore.enterVR();
    } catch (e) {
      setFailure(t(failureKey(e)));
    }
  };
  if (inXR) {
    return <button type="button" className="vr" onClick={() => void xrStore.getState().session?.end()}>{t('vr.exit')}</button>;
  }
  const reason = state === 'available' || state === 'checking' ? null : t(REASON[state]);
  return (
    <div className="vr-box">
      <button type="button" className="vr primary" disabled={state !== 'available'} aria-describedby={reason || failure ? 'vr-why' : undefined} onClick={() => void enter()}>
        {state === 'checking' ? t('vr.checking') : t('vr.enter')}
      </button>
      {(reason || failure) && <p id="vr-why" className="vr-why" role="status">{failure ?? reason}</p>}
    </div>
  );
}
