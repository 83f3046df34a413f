/**
 * Where lesson panels stand, in metres, for a standing student at the origin facing −Z.
 * 1.6 m away with 0.05 m body text gives ≈ 0.6° of visual angle for lowercase, above the ~0.5° needed
 * to read comfortably in a headset.
 */
export const EYE_HEIGHT = 1.6;
export const PANEL_DISTANCE = 1.6;
/**
 * In a headset, a bigger text size brings the panel closer instead of re-laying it out: 1.6 m at 1×,
 * 1.28 m at 1.25×, 1.07 m at 1.5×, every text and button as many times larger to the eye, and still
 * within the 1–2 m where a panel is comfortable to read.
 */
export function panelDistance(textScale: number): number {
  return PANEL_DISTANCE / Math.min(Math.max(textScale, 1), 1.5);
}
export const PANEL_Y = 1.45;
export const PANEL_WIDTH = 1.4;
export const TITLE_SIZE = 0.075;
export const BODY_SIZE = 0.05;
export const BUTTON_TEXT_SIZE = 0.048;
export const BUTTON_HEIGHT = 0.12;
export const PANEL_COLOR = '#14202b';
export const TEXT_COLOR = '#f4f7f5';
export const ACCENT = '#2f9e6e';
/**
 * The Back/Next bar under a step's panel (relative to PANEL_Y): its centre line, and the box it and
 * the headset's Recenter button under it take (buttons 0.4 m wide at ±0.45 m).
 */
export const NAV_BAR = { y: -0.62, width: 1.3, top: -0.56, bottom: -0.81 } as const;
