import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import type { Lesson } from '../../lesson/schema.ts';
import { lessonLang, lessonTitle, type ProgressStore, sharedProgressStore } from '../../app/desk.ts';
import { ClassHubView } from './ClassHubView.tsx';
import { DeleteAll } from './DeleteAll.tsx';
import { ExportBar } from './ExportBar.tsx';
import { HubExports } from './HubExports.tsx';
import { ImportBox } from './ImportBox.tsx';
import { LessonSection } from './LessonPanel.tsx';
import { PinGate } from './PinGate.tsx';
import { StudentTable } from './StudentTable.tsx';
import './teacher.css';
import { useClassHub } from './useClassHub.ts';
import { useDesk } from './useDesk.ts';

export interface TeacherDeskProps {
  /** The app's progress store; by default the page's shared one (sharedProgressStore()). */
  store?: ProgressStore;
  /** The lessons the app loaded: titles, questions, options and benchmarks for the desk's labels. */
  lessons: readonly Lesson[];
}

function DeskView({ store, lessons, onLock }: { store: ProgressStore; lessons: readonly Lesson[]; onLock(): void }) {
  const { t, i18n } = useTranslation('teacher');
  const lang = lessonLang(i18n.language);
  const { data, failed } = useDesk(store, lessons);
  const { hub, typeSecret } = useClassHub(store);
  const sync = hub.kind === 'live' ? hub.sync : null;
  const [lessonId, setLessonId] = useState('');
  if (failed) return <p role="alert">{t('lostAction', { ns: 'progress' })}</p>;
  if (!data) return <p role="status">{t('loading')}</p>;
  const selected = lessonId || data.lessonIds[0] || '';
  return (
    <div className="desk">
      <div className="desk-head">
        <h1>{t('title')}</h1>
        <button type="button" onClick={onLock}>{t('lock')}</button>
      </div>
      <p className="meta">{t('lockNote')}</p>
      <ClassHubView hub={hub} typeSecret={typeSecret} lessons={lessons} lang={lang} />
      {data.profiles.length === 0 ? <p>{t('noData')}</p> : (
        <>
          <StudentTable store={store} lessons={lessons} data={data} lang={lang} />
          <section className="lesson-details">
            <h2>{t('lessonDetails')}</h2>
            <label>{t('lessonPick')}{' '}
              <select value={selected} onChange={(e) => setLessonId(e.target.value)}>
                {data.lessonIds.map((id) => <option key={id} value={id}>{lessonTitle(lessons, id, lang)}</option>)}
              </select>
            </label>
            {selected && <LessonSection store={store} lessonId={selected} lesson={lessons.find((l) => l.id === selected)} lang={lang} version={data.version} />}
          </section>
        </>
      )}
      <div className="desk-tools">
        {sync && <HubExports sync={sync} lessonIds={data.lessonIds} lessons={lessons} lang={lang} />}
        <ExportBar store={store} lessonIds={data.lessonIds} lessons={lessons} lang={lang} />
        <ImportBox store={store} />
        <DeleteAll store={store} students={data.profiles.length} hub={sync} />
      </div>
    </div>
  );
}

/**
 * The teacher's desk (route #/teacher), behind the device's PIN. Lazy-load it:
 *   const TeacherDesk = lazy(() => import('./teacher/TeacherDesk.tsx'));
 *   <Suspense fallback={…}><TeacherDesk store={progress} lessons={loadedLessons} /></Suspense>
 */
export default function TeacherDesk({ store, lessons }: TeacherDeskProps) {
  const { t } = useTranslation('teacher');
  const [shared, setShared] = useState<ProgressStore | null>(null);
  useEffect(() => {
    if (!store) void sharedProgressStore().then(setShared);
  }, [store]);
  const s = store ?? shared;
  if (!s) return <p role="status">{t('loading')}</p>;
  return <PinGate store={s}>{(lock) => <DeskView store={s} lessons={lessons} onLock={lock} />}</PinGate>;
}
