import { useEffect } from 'react';
import { useTranslation } from '../i18n/react.ts';
import { useStore } from 'zustand';
import { requestRecenter, settingsStore, updateSettings, type Settings } from '../app/settings.ts';

type Flag = 'seated' | 'reducedMotion' | 'snapTurn' | 'highContrast';
const FLAGS: Flag[] = ['seated', 'snapTurn', 'reducedMotion', 'highContrast'];

/** Comfort and reading settings, remembered on this device. */
export function SettingsPanel() {
  const { t } = useTranslation();
  const s = useStore(settingsStore);
  return (
    <details className="settings">
      <summary>{t('settings.title')}</summary>
      {FLAGS.map((f) => (
        <label key={f} className="check">
          <input type="checkbox" checked={s[f]} onChange={(e) => updateSettings({ [f]: e.target.checked } as Partial<Settings>)} />
          {t(`settings.${f}`)}
        </label>
      ))}
      <label className="check">
        {t('settings.textSize')}{' '}
        <select value={String(s.textScale)} onChange={(e) => updateSettings({ textScale: Number(e.target.value) })}>
          {['1', '1.25', '1.5'].map((v) => <option key={v} value={v}>{t(`settings.sizes.${v}`)}</option>)}
        </select>
      </label>
      <button type="button" onClick={requestRecenter}>{t('settings.recenter')}</button>
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
