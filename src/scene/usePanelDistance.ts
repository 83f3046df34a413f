import { useXR } from '@react-three/xr';
import { useStore } from 'zustand';
import { settingsStore } from '../app/settings.ts';
import { PANEL_DISTANCE, panelDistance } from './layout.ts';

/**
 * How far ahead the step's panel stands: nearer in VR when the student chose bigger text (the page's
 * DOM layer takes the setting on a screen). Re-renders only when the setting or the session changes.
 */
export function usePanelDistance(): number {
  const scale = useStore(settingsStore, (s) => s.textScale);
  const inXR = useXR((s) => s.session != null);
  return inXR ? panelDistance(scale) : PANEL_DISTANCE;
}
