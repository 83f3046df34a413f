import { useCallback, useEffect, useState } from 'react';
import type { Profile, ProgressStore, SaveStatus } from '../../app/progressLog.ts';

/** This device's profiles, re-read when they change here or in another tab. Null while loading or when storage is lost. */
export function useProfiles(store: ProgressStore): { profiles: Profile[] | null; reload: () => void } {
  const [profiles, setProfiles] = useState<Profile[] | null>(null);
  const reload = useCallback(() => {
    store.profiles().then(setProfiles, () => setProfiles(null));
  }, [store]);
  useEffect(() => {
    reload();
    return store.onChange((m) => {
      if (m.type !== 'appended') reload();
    });
  }, [store, reload]);
  return { profiles, reload };
}

/** The saving status, for an indicator. */
export function useSaveStatus(store: ProgressStore): SaveStatus {
  const [status, setStatus] = useState(() => store.status());
  useEffect(() => {
    setStatus(store.status());
    return store.subscribe(setStatus);
  }, [store]);
  return status;
}
