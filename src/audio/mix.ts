/**
 * The mixing decisions, pure: how loud the whole sound is, how far the ambient bed ducks under a
 * narration, and which short cue a change of the lesson's state asks for.
 */

export interface MixInput {
  /** The student's volume, 0..1 (settings). */
  volume: number;
  muted: boolean;
  /** A narration recording is playing: the ambient sound steps back so the voice is clear. */
  narrating: boolean;
  /** The lesson is out of sight (hidden tab, headset menu): silence. */
  paused: boolean;
}

export interface MixGains {
  master: number;
  ambient: number;
  cues: number;
}

/** The ambient bed under a narration: −12 dB, there but out of the voice's way. */
export const DUCK = 0.25;
/** Cues under a narration stay audible, a little softer. */
const CUES_UNDER_NARRATION = 0.6;
/**
 * Loudness is heard roughly logarithmically: a squared curve makes the slider's middle sound like the
 * middle (0.5 → −12 dB) rather than nearly as loud as the top.
 */
export function volumeGain(volume: number): number {
  const v = Math.min(1, Math.max(0, Number.isFinite(volume) ? volume : 0));
  return v * v;
}

export function mixGains(m: MixInput): MixGains {
  return {
    master: m.muted || m.paused ? 0 : volumeGain(m.volume),
    ambient: m.narrating ? DUCK : 1,
    cues: m.narrating ? CUES_UNDER_NARRATION : 1,
  };
}

export type CueKind = 'correct' | 'wrong' | 'found';

/** What the cues watch in the app store: the runner's last feedback, and hotspots visited so far. */
export interface CueState {
  /** `session.feedback`: bumped once per runner feedback effect. */
  feedback: { tone: 'correct' | 'wrong' | 'neutral'; seq: number } | null;
  /** The lesson and step the visits are of, so a step change or another lesson is not a find. */
  stepKey: string | null;
  /** Hotspots visited on that step. */
  visited: number;
}

/**
 * The cue a change from `prev` to `next` asks for: right or wrong when the runner gave new feedback
 * (a neutral one, such as a footprint choice, has none), "found" when a hotspot was visited on the
 * same step. Null for anything else: a new step, a resumed lesson, the same state.
 */
export function cueFor(prev: CueState, next: CueState): CueKind | null {
  const fb = next.feedback;
  if (fb && fb.seq !== prev.feedback?.seq && fb.tone !== 'neutral') return fb.tone;
  if (next.stepKey !== null && next.stepKey === prev.stepKey && next.visited > prev.visited) return 'found';
  return null;
}
