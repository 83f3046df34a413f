import { useEffect, useState } from 'react';
import { progress } from '../app/progress.ts';
import type { ProgressStore } from '../app/progress.ts';

/** The page's progress log once it is open (it never fails: without IndexedDB it keeps to memory). */
export function useProgress(): ProgressStore | null {
  const [store, setStore] = useState<ProgressStore | null>(null);
  useEffect(() => {
    let live = true;
    void progress().then((s) => live && setStore(s));
    return () => {
      live = false;
    };
  }, []);
  return store;
}
