import { createPortal } from 'react-dom';
import { useStore } from 'zustand';
import { useTranslation } from '../i18n/react.ts';
import { ResilientStage } from '../scene/ResilientStage.tsx';
import { xrStore } from '../xr/store.ts';
import { stageElement, stageSlot } from './stageSlot.tsx';

/**
 * The app's one 3D view (see `stageSlot`): mounted while a lesson screen shows it, and kept while the
 * headset is in VR, so that a session carries on from one lesson to the next (the student sees the
 * lesson's world go and the next one come, without leaving VR). Off a lesson and out of VR, it goes.
 */
export default function StageHost() {
  const { t } = useTranslation();
  const shown = useStore(stageSlot, (s) => s.shown);
  const inXR = useStore(xrStore, (s) => s.session != null);
  if (!stageElement || (!shown && !inXR)) return null;
  return createPortal(<ResilientStage label={t('lesson.view3d')} />, stageElement);
}
