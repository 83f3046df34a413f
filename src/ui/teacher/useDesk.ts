import { useEffect, useState } from 'react';
import type { Lesson } from '../../lesson/schema.ts';
import { buildDesk, type Desk, type ProgressStore } from '../../progress/index.ts';

/** The desk's numbers, rebuilt (at most once a second) when the data changes here or in another tab. */
export function useDesk(store: ProgressStore, lessons: readonly Lesson[]): { desk: Desk | null; failed: boolean } {
  const [desk, setDesk] = useState<Desk | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const load = () => {
      timer = null;
      Promise.all([store.profiles({ all: true }), store.summaries()]).then(
        ([profiles, summaries]) => live && setDesk(buildDesk(lessons, profiles, summaries)),
        () => live && setFailed(true),
      );
    };
    load();
    const off = store.onChange(() => { timer ??= setTimeout(load, 1000); });
    return () => {
      live = false;
      off();
      if (timer !== null) clearTimeout(timer);
    };
  }, [store, lessons]);
  return { desk, failed };
}
