import { createStore } from 'zustand/vanilla';

/**
 * Whether the lesson is out of sight: the tab hidden, or the headset's system menu over it. Timed
 * things (gaze dwell, audio, time-on-step) stop while paused.
 */
export const pauseStore = createStore<{ pageHidden: boolean; xrBlurred: boolean }>(() => ({ pageHidden: false, xrBlurred: false }));

export function isPaused(s = pauseStore.getState()): boolean {
  return s.pageHidden || s.xrBlurred;
}

export function watchPageVisibility(): () => void {
  const on = () => pauseStore.setState({ pageHidden: document.visibilityState === 'hidden' });
  on();
  document.addEventListener('visibilitychange', on);
  return () => document.removeEventListener('visibilitychange', on);
}

export function setXrBlurred(blurred: boolean): void {
  if (pauseStore.getState().xrBlurred !== blurred) pauseStore.setState({ xrBlurred: blurred });
}
