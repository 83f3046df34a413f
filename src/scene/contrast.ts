import { useStore } from 'zustand';
import { Color } from 'three';
import { settingsStore } from '../app/settings.ts';
import { PANEL_COLOR } from './layout.ts';

/**
 * The high-contrast setting in 3D: panels become opaque black, light grey text becomes white, and
 * buttons take stronger colours (white text on each, black on the yellow primary), as the DOM layer's
 * `html.high-contrast` does. Colours that carry a meaning (green done, amber totals) stay as they are:
 * they are already light on a dark panel.
 */
export const useHighContrast = (): boolean => useStore(settingsStore, (s) => s.highContrast);

export const HC_PANEL = '#000000';

export function panelLook(color: string, opacity: number, highContrast: boolean): { color: string; opacity: number; transparent: boolean } {
  if (!highContrast || color !== PANEL_COLOR) return { color, opacity, transparent: opacity < 1 };
  return { color: HC_PANEL, opacity: 1, transparent: false };
}

const hsl = { h: 0, s: 0, l: 0 };
const probe = new Color();
/** Light, nearly grey text (secondary lines) is shown white in high contrast. */
export function textColor(color: string, highContrast: boolean): string {
  if (!highContrast) return color;
  probe.set(color).getHSL(hsl);
  return hsl.s < 0.3 && hsl.l > 0.6 ? '#ffffff' : color;
}
