import { useTranslation } from '../i18n/react.ts';
import { backAllowed, dispatch, nextAllowed, type Session } from '../app/store.ts';
import { useXR } from '@react-three/xr';
import { useStore } from 'zustand';
import { nextSoundStep, requestRecenter, settingsStore, updateSettings } from '../app/settings.ts';
import { Button3D } from './ui/Button3D.tsx';

/**
 * Back and Next under the panel, the same actions as the DOM layer's buttons. In a headset, under
 * them: Recenter, and the sound's volume and mute in one button (the page's settings are out of
 * sight there; one button is two draw calls per eye, not four).
 */
export function NavBar3D({ session, y }: { session: Session; y: number }) {
  const { t } = useTranslation();
  const ended = session.runner.finished;
  const inXR = useXR((s) => s.session != null);
  const muted = useStore(settingsStore, (s) => s.muted);
  const volume = useStore(settingsStore, (s) => s.volume);
  return (
    <group position={[0, y, 0]}>
      {backAllowed(session) && (
        <Button3D name="nav:back" label={t('lesson.back')} width={0.4} position={[-0.45, 0, 0]} onPress={() => dispatch({ type: 'back' })} />
      )}
      {inXR && (
        <>
          <Button3D name="nav:recenter" label={t('settings.recenter')} width={0.56} height={0.09} position={[-0.3, -0.14, 0]} onPress={requestRecenter} />
          <Button3D name="nav:sound" label={muted ? t('settings.sound3d.off') : t('settings.sound3d.on', { pct: Math.round(volume * 100) })}
            width={0.44} height={0.09} position={[0.36, -0.14, 0]} tone={muted ? 'selected' : 'default'}
            onPress={() => updateSettings(nextSoundStep({ volume, muted }))} />
        </>
      )}
      {!ended && (
        <Button3D name="nav:next" label={t('lesson.next')} width={0.4} position={[0.45, 0, 0]}
          tone={nextAllowed(session) ? 'primary' : 'disabled'} onPress={() => dispatch({ type: 'next' })} />
      )}
    </group>
  );
}
