import { lazy, Suspense, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { settingsStore } from '../app/settings.ts';
import { useTranslation } from '../i18n/react.ts';

const SettingsBody = lazy(() => import('./SettingsBody.tsx'));

/** Comfort and reading settings, remembered on this device; the controls load when first opened. */
export function SettingsPanel() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="settings" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('settings.title')}</summary>
      {open && (
        <Suspense fallback={null}>
          <SettingsBody />
        </Suspense>
      )}
    </details>
  );
}

/** Applies the reading settings to the page: text size and contrast on <html>. */
export function useDocumentSettings(): void {
  const textScale = useStore(settingsStore, (s) => s.textScale);
  const highContrast = useStore(settingsStore, (s) => s.highContrast);
  const reducedMotion = useStore(settingsStore, (s) => s.reducedMotion);
  useEffect(() => {
    const root = document.documentElement;
    root.style.setProperty('--text-scale', String(textScale));
    root.classList.toggle('high-contrast', highContrast);
    root.classList.toggle('reduced-motion', reducedMotion);
  }, [textScale, highContrast, reducedMotion]);
}
