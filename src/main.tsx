import { createRoot } from 'react-dom/client';
import { watchPageVisibility } from './app/pause.ts';
import { registerOffline } from './app/offline.ts';
import { chooseLanguage } from './app/language.ts';
import { setLanguage } from './app/store.ts';
import { exposeAppForTests } from './app/testHandle.ts';
import { initI18n, rememberLanguage, savedLanguage } from './i18n/index.ts';
import { startFailed } from './ui/startFailed.ts';
import { routeLanguage } from './app/route.ts';
import { App } from './ui/App.tsx';
import './ui/styles.css';

// A shared link may name the language (the teacher's QR code of an English-first lesson does): it wins
// over the one remembered on this device, and is remembered in its place, as if the student had chosen it.
const linked = routeLanguage(location.hash);
const lang = linked ?? savedLanguage();
setLanguage(lang);
if (linked) void rememberLanguage(linked);
window.addEventListener('hashchange', () => {
  const l = routeLanguage(location.hash);
  if (l) void chooseLanguage(l);
});
watchPageVisibility();
exposeAppForTests();
registerOffline();
const root = document.getElementById('root')!;
// The page's UI strings (one language's chunk) before the first render.
initI18n(lang).then(
  () => createRoot(root).render(<App />),
  () => startFailed(root),
);
