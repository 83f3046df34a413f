import { createStore } from 'zustand/vanilla';
import { dispatch } from '../../app/store.ts';

export type FocusSource = 'scene' | 'dom';

/**
 * Which hotspot's card is open, shared by the 3D view and the DOM layer. View state only: whether a
 * hotspot was visited lives in the runner, reached through `dispatch`.
 */
export const hotspotFocus = createStore<{ stepId: string | null; id: string | null; from: FocusSource; seq: number }>(() => ({
  stepId: null, id: null, from: 'scene', seq: 0,
}));

export function focusHotspot(stepId: string, id: string | null, from: FocusSource): void {
  hotspotFocus.setState((s) => ({ stepId, id, from, seq: s.seq + 1 }));
}

/** A scene step starts with every card closed (a card left open in another lesson's step of the same id stays shut). */
export function closeHotspotCards(stepId: string): void {
  if (hotspotFocus.getState().id !== null) focusHotspot(stepId, null, 'scene');
}

export function focusedIn(stepId: string, s: { stepId: string | null; id: string | null }): string | null {
  return s.stepId === stepId ? s.id : null;
}

/** The student pointed at, gazed at or chose a hotspot: open its card and tell the runner. */
export function visitHotspot(stepId: string, id: string, from: FocusSource): void {
  focusHotspot(stepId, id, from);
  dispatch({ type: 'visit', hotspotId: id });
}
