import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/react.ts';
import { catalog, isFailed, tryLoadEntry } from '../app/catalog.ts';
import type { Lesson } from '../lesson/schema.ts';
import { LessonLinks } from './LessonLinks.tsx';
import TeacherDesk from './teacher/TeacherDesk.tsx';
import { useProgressLog } from './useProgressLog.ts';

/**
 * The teacher's desk, with every lesson that loads (broken ones are shown on the lesson list). A lesson
 * whose chunk could not be fetched is left out with a sentence and a Retry, never the whole desk.
 */
export default function TeacherScreen() {
  const { t } = useTranslation();
  const store = useProgressLog();
  const [loaded, setLoaded] = useState<{ lessons: { id: string; lesson: Lesson }[]; failed: number } | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    void Promise.all(catalog.map((e) => tryLoadEntry(e))).then((all) => {
      if (!live) return;
      const lessons = all.flatMap((e) => (!isFailed(e) && e.result.ok ? [{ id: e.id, lesson: e.result.lesson }] : []));
      setLoaded({ lessons, failed: all.filter(isFailed).length });
    });
    return () => {
      live = false;
    };
  }, [attempt]);
  if (!loaded || !store) return null;
  const { lessons } = loaded;
  return (
    <>
      {loaded.failed > 0 && (
        <div role="alert" className="load-failure">
          <p>{t('errors.someLessonsFailed')}</p>
          <button type="button" onClick={() => setAttempt((n) => n + 1)}>{t('errors.retry')}</button>
        </div>
      )}
      <TeacherDesk store={store} lessons={lessons.map((l) => l.lesson)} />
      <LessonLinks lessons={lessons.filter((l) => !l.id.startsWith('examples/') && !l.id.startsWith('tests/'))} />
    </>
  );
}
