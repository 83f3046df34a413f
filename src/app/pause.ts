import { createStore, type StoreApi } from 'zustand/vanilla';

/**
 * Whether the lesson is out of sight: the tab hidden, the headset's system menu over it, or the
 * teacher's "eyes on me" pause (the classroom hub) with its card over the lesson. Timed things (gaze
 * dwell, audio, time-on-step) stop while paused.
 */
export interface PauseState { pageHidden: boolean; xrBlurred: boolean; teacherPaused?: boolean }
export const pauseStore = createStore<PauseState>(() => ({ pageHidden: false, xrBlurred: false, teacherPaused: false }));

export function isPaused(s: PauseState = pauseStore.getState()): boolean {
  return s.pageHidden || s.xrBlurred || s.teacherPaused === true;
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

export function setTeacherPaused(paused: boolean): void {
  if (pauseStore.getState().teacherPaused !== paused) pauseStore.setState({ teacherPaused: paused });
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
export function holdWhilePaused(media: Playable, store: Pick<StoreApi<PauseState>, 'getState' | 'subscribe'> = pauseStore): () => void {
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
