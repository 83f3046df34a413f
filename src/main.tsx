import { createRoot } from 'react-dom/client';
import { watchPageVisibility } from './app/pause.ts';
import { registerOffline } from './app/offline.ts';
import { setLanguage } from './app/store.ts';
import { exposeAppForTests } from './app/testHandle.ts';
import { initI18n, savedLanguage } from './i18n/index.ts';
import { App } from './ui/App.tsx';
import './ui/styles.css';

const lang = savedLanguage();
initI18n(lang);
setLanguage(lang);
watchPageVisibility();
exposeAppForTests();
registerOffline();
createRoot(document.getElementById('root')!).render(<App />);
