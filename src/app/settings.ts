import { createStore } from 'zustand/vanilla';

/** Comfort, reading and sound settings, chosen per device and remembered. */
export interface Settings {
  /** Seated students get their eye raised to standing height when VR starts or on recenter. */
  seated: boolean;
  /** No animation beyond what a student causes; consequences change without movement. */
  reducedMotion: boolean;
  /** Turning in 30° steps with the thumbstick (never smooth turning). */
  snapTurn: boolean;
  /** 1, 1.25 or 1.5: multiplies the DOM layer's text; in VR the panel comes nearer by that factor (scene/layout.ts). */
  textScale: number;
  highContrast: boolean;
  /** The lesson's sounds (ambient, cues), 0..1; narration recordings keep the <audio> element's own volume. */
  volume: number;
  /** No ambient sound and no cues. Reduced motion does not mute: sound is not motion. */
  muted: boolean;
}

/** The volume a device starts with, and the steps the headset's 3D control cycles through (the page's slider takes any). */
export const DEFAULT_VOLUME = 0.75;
export const VOLUME_STEPS = [0.25, 0.5, 0.75, 1] as const;

/**
 * The headset's one sound control (one button, to keep draw calls down): each press goes a step
 * louder, from the loudest to off, and from off to the softest step.
 */
export function nextSoundStep(s: Pick<Settings, 'volume' | 'muted'>): Pick<Settings, 'volume' | 'muted'> {
  if (s.muted) return { muted: false, volume: VOLUME_STEPS[0] };
  const up = VOLUME_STEPS.find((v) => v > s.volume + 1e-6);
  return up === undefined ? { muted: true, volume: s.volume } : { muted: false, volume: up };
}

const isVolume = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;

const KEY = 'climatexr.settings';

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function loadSettings(): Settings {
  const defaults: Settings = { seated: false, reducedMotion: prefersReducedMotion(), snapTurn: true, textScale: 1, highContrast: false, volume: DEFAULT_VOLUME, muted: false };
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Settings>;
    return {
      seated: typeof saved.seated === 'boolean' ? saved.seated : defaults.seated,
      reducedMotion: typeof saved.reducedMotion === 'boolean' ? saved.reducedMotion : defaults.reducedMotion,
      snapTurn: typeof saved.snapTurn === 'boolean' ? saved.snapTurn : defaults.snapTurn,
      textScale: [1, 1.25, 1.5].includes(saved.textScale as number) ? (saved.textScale as number) : 1,
      highContrast: typeof saved.highContrast === 'boolean' ? saved.highContrast : defaults.highContrast,
      volume: isVolume(saved.volume) ? saved.volume : defaults.volume,
      muted: typeof saved.muted === 'boolean' ? saved.muted : defaults.muted,
    };
  } catch {
    return defaults;
  }
}

export const settingsStore = createStore<Settings>(() => loadSettings());

export function updateSettings(patch: Partial<Settings>): void {
  settingsStore.setState(patch);
  try {
    localStorage.setItem(KEY, JSON.stringify(settingsStore.getState()));
  } catch {
    // storage refused (private mode): the setting lasts for this visit
  }
}

/** Recentering is a request the XR rig answers; a counter so the same request can repeat. */
export const recenterStore = createStore<{ seq: number }>(() => ({ seq: 0 }));
export function requestRecenter(): void {
  recenterStore.setState((s) => ({ seq: s.seq + 1 }));
}
