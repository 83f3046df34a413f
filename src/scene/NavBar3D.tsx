import { useTranslation } from '../i18n/react.ts';
import { dispatch, nextAllowed, type Session } from '../app/store.ts';
import { canGoBack } from '../runner/runner.ts';
import { useXR } from '@react-three/xr';
import { requestRecenter } from '../app/settings.ts';
import { Button3D } from './ui/Button3D.tsx';

/** Back and Next under the panel, the same actions as the DOM layer's buttons. */
export function NavBar3D({ session, y }: { session: Session; y: number }) {
  const { t } = useTranslation();
  const ended = session.runner.finished;
  const inXR = useXR((s) => s.session != null);
  return (
    <group position={[0, y, 0]}>
      {canGoBack(session.runner) && (
        <Button3D name="nav:back" label={t('lesson.back')} width={0.4} position={[-0.45, 0, 0]} onPress={() => dispatch({ type: 'back' })} />
      )}
      {inXR && <Button3D name="nav:recenter" label={t('settings.recenter')} width={0.56} height={0.09} position={[0, -0.14, 0]} onPress={requestRecenter} />}
      {!ended && (
        <Button3D name="nav:next" label={t('lesson.next')} width={0.4} position={[0.45, 0, 0]}
          tone={nextAllowed(session) ? 'primary' : 'disabled'} onPress={() => dispatch({ type: 'next' })} />
      )}
    </group>
  );
}
