import { lazy, Suspense, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { classroomStore } from '../app/classroomState.ts';
import { joinClassroom } from '../app/classroomJoin.ts';
import { afterFirstStep } from '../app/firstStep.ts';
import { useTranslation } from '../i18n/react.ts';
import { loadDeskStrings } from '../i18n/index.ts';
import { parseRoute, type Route } from '../app/route.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { LoadFailure } from './LoadFailure.tsx';
import { useDocumentSettings } from './SettingsPanel.tsx';

// Each screen is its own chunk: a lesson link loads the 3D stack and that lesson, nothing else.
const Home = lazy(() => import('./Home.tsx').then((m) => ({ default: m.Home })));
const LessonScreen = lazy(() => import('./LessonScreen.tsx').then((m) => ({ default: m.LessonScreen })));
// The desk's code and its strings (its own chunk per language) arrive together.
const TeacherScreen = lazy(() => Promise.all([import('./TeacherScreen.tsx'), loadDeskStrings()]).then(([m]) => m));
// The lesson's 3D view, kept across lessons while in VR (stageSlot.tsx): from the first lesson on, in
// the lesson screen's chunk.
const StageHost = lazy(() => import('./LessonScreen.tsx').then((m) => ({ default: m.StageHost })));
// The classroom's pause card over the page: only where a hub is (the laptop's server).
const ClassroomLayer = lazy(() => import('./classroom/ClassroomLayer.tsx'));

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const [lessonSeen, setLessonSeen] = useState(false);
  if (route.name === 'lesson' && !lessonSeen) setLessonSeen(true);
  useDocumentSettings();
  // A student's page joins the class (when the laptop's server has a hub) after its first frame; the desk's page never does.
  useEffect(() => (route.name === 'teacher' ? undefined : afterFirstStep(joinClassroom, route.name === 'lesson' ? 4000 : 0)), [route.name]);
  const hub = useStore(classroomStore, (s) => s.hub);
  return (
    <>
      <a className="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>{t('app.skip')}</a>
      <header className="top">
        <a href="#/" className="brand">{t('app.name')} <span>{t('app.tagline')}</span></a>
        <nav className="top-nav" aria-label={t('app.nav')}>
          <a href="#/teacher">{t('app.teacher')}</a>
          <LanguageSwitch />
        </nav>
      </header>
      <main id="main" tabIndex={-1} className={route.name === 'lesson' ? 'full' : ''}>
        <LoadFailure>
          <Suspense fallback={<p role="status">{t('home.loading')}</p>}>
            {(route.name === 'home' || route.name === 'missing') && <Home />}
            {route.name === 'lesson' && <LessonScreen key={route.id} id={route.id} />}
            {route.name === 'teacher' && <TeacherScreen />}
          </Suspense>
          {lessonSeen && <Suspense fallback={null}><StageHost /></Suspense>}
        </LoadFailure>
      </main>
      {hub !== 'none' && <Suspense fallback={null}><ClassroomLayer /></Suspense>}
    </>
  );
}
