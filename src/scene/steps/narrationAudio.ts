import { createStore } from 'zustand/vanilla';
import { holdWhilePaused } from '../../app/pause.ts';

/**
 * A narration's audio, shared by the DOM layer (which owns the <audio> element and its native
 * controls) and the 3D panel (its Listen button and captions). Updated on media events (play, pause,
 * timeupdate: a few times a second), never per frame.
 */
export interface NarrationAudio {
  stepId: string | null;
  /** The file playing (each language may have its own): a caption index means something only for it. */
  src: string | null;
  playing: boolean;
  /** Index of the caption showing, −1 for none. */
  cue: number;
}

export const narrationAudio = createStore<NarrationAudio>(() => ({ stepId: null, src: null, playing: false, cue: -1 }));

let element: HTMLAudioElement | null = null;

const EVENTS = ['play', 'pause', 'ended', 'timeupdate', 'seeked', 'loadedmetadata', 'emptied'] as const;

/**
 * Connects the step's <audio> element playing `src` (the student's language's file); returns the
 * cleanup for the component's effect. The ambient sound ducks while `playing` (src/audio/mix.ts).
 */
export function attachNarrationAudio(stepId: string, src: string, el: HTMLAudioElement, cueAt: (seconds: number) => number): () => void {
  element = el;
  const sync = () => {
    const next = { stepId, src, playing: !el.paused && !el.ended, cue: cueAt(el.currentTime) };
    const s = narrationAudio.getState();
    if (s.stepId !== next.stepId || s.src !== next.src || s.playing !== next.playing || s.cue !== next.cue) narrationAudio.setState(next);
  };
  for (const e of EVENTS) el.addEventListener(e, sync);
  sync();
  // Out of sight (hidden tab, headset menu): the narration waits for the student.
  const release = holdWhilePaused(el);
  return () => {
    release();
    for (const e of EVENTS) el.removeEventListener(e, sync);
    el.pause();
    if (element === el) element = null;
    narrationAudio.setState({ stepId: null, src: null, playing: false, cue: -1 });
  };
}

/** The 3D Listen/Pause button: the same element the DOM controls. */
export function toggleNarrationAudio(): void {
  const el = element;
  if (!el) return;
  // play() refuses without a user gesture in some browsers; the button stays "Listen" then.
  if (el.paused || el.ended) el.play().catch(() => undefined);
  else el.pause();
}
