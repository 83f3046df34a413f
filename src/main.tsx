import { createRoot } from 'react-dom/client';
import { watchPageVisibility } from './app/pause.ts';
import { registerOffline } from './app/offline.ts';
import { setLanguage } from './app/store.ts';
import { exposeAppForTests } from './app/testHandle.ts';
import { initI18n, rememberLanguage, savedLanguage } from './i18n/index.ts';
import { routeLanguage } from './app/route.ts';
import { App } from './ui/App.tsx';
import './ui/styles.css';

// A shared link may name the language (the teacher's QR code of an English-first lesson does): it wins
// over the one remembered on this device, and is remembered in its place, as if the student had chosen it.
const linked = routeLanguage(location.hash);
const lang = linked ?? savedLanguage();
initI18n(lang);
setLanguage(lang);
if (linked) rememberLanguage(linked);
window.addEventListener('hashchange', () => {
  const l = routeLanguage(location.hash);
  if (l) {
    setLanguage(l);
    rememberLanguage(l);
  }
});
watchPageVisibility();
exposeAppForTests();
registerOffline();
createRoot(document.getElementById('root')!).render(<App />);
