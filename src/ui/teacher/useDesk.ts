import { useEffect, useState } from 'react';
import type { Lesson } from '../../lesson/schema.ts';
import { orderLessonIds, type Profile, type ProgressStore } from '../../app/desk.ts';

export interface DeskData {
  /** Every student on this device (made here or imported), by nickname. */
  profiles: Profile[];
  /** The app's lessons, then any others that have data. */
  lessonIds: string[];
  /** Bumped when the data changed (here or in another tab): views re-read what they show. */
  version: number;
}

/**
 * What the desk needs first: the students and the lessons with data. Pages of the table and the
 * chosen lesson's charts read their own summaries (a class of 1,000 never loads all 20,000 at once).
 */
export function useDesk(store: ProgressStore, lessons: readonly Lesson[]): { data: DeskData | null; failed: boolean } {
  const [data, setData] = useState<DeskData | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    let version = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const load = () => {
      timer = null;
      const v = ++version;
      Promise.all([store.profiles({ all: true }), store.lessonIds()]).then(
        ([profiles, withData]) => live && setData({ profiles, lessonIds: orderLessonIds(lessons, withData), version: v }),
        () => live && setFailed(true),
      );
    };
    load();
    // At most once a second while students in other tabs (or an import) keep writing.
    const off = store.onChange(() => { timer ??= setTimeout(load, 1000); });
    return () => {
      live = false;
      off();
      if (timer !== null) clearTimeout(timer);
    };
  }, [store, lessons]);
  return { data, failed };
}

/** Runs `load` when its inputs change, keeping the last result; null until the first arrives. */
export function useLoaded<T>(load: () => Promise<T>, deps: readonly unknown[]): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    load().then((v) => live && setValue(v), () => {});
    return () => { live = false; };
  }, deps);
  return value;
}
