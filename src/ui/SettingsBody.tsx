import { useStore } from 'zustand';
import { requestRecenter, settingsStore, updateSettings, type Settings } from '../app/settings.ts';
import { useTranslation } from '../i18n/react.ts';

type Flag = 'seated' | 'reducedMotion' | 'snapTurn' | 'highContrast';
const FLAGS: Flag[] = ['seated', 'snapTurn', 'reducedMotion', 'highContrast'];

/** The settings' controls, loaded when a student first opens the settings. */
export default function SettingsBody() {
  const { t } = useTranslation();
  const s = useStore(settingsStore);
  return (
    <>
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
      <label className="check">
        <input type="checkbox" checked={s.muted} onChange={(e) => updateSettings({ muted: e.target.checked })} />
        {t('settings.muted')}
      </label>
      <label className="check">
        {t('settings.volume')}{' '}
        <input type="range" min={0} max={100} step={5} value={Math.round(s.volume * 100)} aria-valuetext={`${Math.round(s.volume * 100)}%`}
          onChange={(e) => updateSettings({ volume: Number(e.target.value) / 100 })} />
      </label>
      <button type="button" onClick={requestRecenter}>{t('settings.recenter')}</button>
    </>
  );
}
