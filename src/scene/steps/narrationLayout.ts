import { PANEL_WIDTH } from '../layout.ts';

/** The narration panel's text width. */
export const INNER = PANEL_WIDTH - 0.12;
/** Pictures are shown 0.46 m tall (≈ 16° at 1.6 m), as wide as their shape allows up to the panel. */
export const IMAGE_HEIGHT = 0.46;
