import { useEffect, useState } from 'react';
import { progressLog } from '../app/progressLog.ts';
import type { ProgressStore } from '../app/progressLog.ts';

/** The page's progress log once it is open (it never fails: without IndexedDB it keeps to memory). */
export function useProgressLog(): ProgressStore | null {
  const [store, setStore] = useState<ProgressStore | null>(null);
  useEffect(() => {
    let live = true;
    void progressLog().then((s) => live && setStore(s));
    return () => {
      live = false;
    };
  }, []);
  return store;
}
