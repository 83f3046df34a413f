import { useEffect, useRef } from 'react';
import { loadEntry, type LoadedEntry } from '../app/catalog.ts';
import type { LoadResult } from '../lesson/load.ts';

/**
 * With `npm run dev`, saving a lesson file re-checks it (in the dev server) and updates the open lesson in place (the
 * student's step kept where it still exists), or shows its problems. Does nothing in a built app.
 */
export function useLivePreview(entry: LoadedEntry | null, onChange: (next: LoadedEntry) => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => {
    const hot = import.meta.hot;
    if (!hot || !entry) return;
    const handler = async (data: { file: string; result: LoadResult }) => {
      if (data.file === entry.file) latest.current(await loadEntry(entry, data.result));
    };
    hot.on('climatexr:lesson', handler);
    return () => hot.off('climatexr:lesson', handler);
  }, [entry?.file]);
}
