import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseRoute, type Route } from '../app/route.ts';
import { Home } from './Home.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { LessonScreen } from './LessonScreen.tsx';
import { useDocumentSettings } from './SettingsPanel.tsx';

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
  useDocumentSettings();
  return (
    <>
      <a className="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>{t('app.skip')}</a>
      <header className="top">
        <a href="#/" className="brand">{t('app.name')} <span>{t('app.tagline')}</span></a>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1} className={route.name === 'lesson' ? 'full' : ''}>
        {route.name === 'home' && <Home />}
        {route.name === 'lesson' && <LessonScreen key={route.id} id={route.id} />}
        {(route.name === 'missing' || route.name === 'teacher') && <Home />}
      </main>
    </>
  );
}
