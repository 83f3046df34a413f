import { useEffect, useState } from 'react';
import { catalog, loadEntry } from '../app/catalog.ts';
import type { Lesson } from '../lesson/schema.ts';
import { LessonLinks } from './LessonLinks.tsx';
import TeacherDesk from './teacher/TeacherDesk.tsx';
import { useProgress } from './useProgress.ts';

/** The teacher's desk, with every lesson that loads (broken ones are shown on the lesson list). */
export default function TeacherScreen() {
  const store = useProgress();
  const [lessons, setLessons] = useState<{ id: string; lesson: Lesson }[] | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all(catalog.map((e) => loadEntry(e))).then((all) => {
      if (live) setLessons(all.flatMap((e) => (e.result.ok ? [{ id: e.id, lesson: e.result.lesson }] : [])));
    });
    return () => {
      live = false;
    };
  }, []);
  if (!lessons || !store) return null;
  return (
    <>
      <TeacherDesk store={store} lessons={lessons.map((l) => l.lesson)} />
      <LessonLinks lessons={lessons.filter((l) => !l.id.startsWith('examples/') && !l.id.startsWith('tests/'))} />
    </>
  );
}
