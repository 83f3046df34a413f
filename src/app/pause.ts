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

/** What `holdWhilePaused` needs of an <audio> or <video> element. */
export interface Playable {
  readonly paused: boolean;
  readonly ended: boolean;
  pause(): void;
  play(): Promise<void>;
}

/**
 * Pauses `media` while the lesson is out of sight and plays it again when it comes back, only if it was
 * playing when the pause began: a narration the student had stopped stays stopped. Returns the cleanup.
 */
export function holdWhilePaused(media: Playable, store = pauseStore): () => void {
  let held = false;
  const apply = () => {
    if (isPaused(store.getState())) {
      if (!held && !media.paused && !media.ended) {
        held = true;
        media.pause();
      }
    } else if (held) {
      held = false;
      // Refused without a user gesture in some browsers: the Listen button stays "Listen" then.
      media.play().catch(() => undefined);
    }
  };
  apply();
  const off = store.subscribe(apply);
  return () => {
    off();
    held = false;
  };
}
