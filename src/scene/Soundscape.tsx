import { useFrame } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { useEffect, useRef } from 'react';
import { createAudioEngine, renderLoudness, type AudioEngine } from '../audio/engine.ts';
import { cueFor, type CueKind, type CueState } from '../audio/mix.ts';
import { soundscapeFor, type Layer } from '../audio/soundscape.ts';
import { isPaused, pauseStore } from '../app/pause.ts';
import { settingsStore } from '../app/settings.ts';
import { appStore, type AppState } from '../app/store.ts';
import { worldView } from '../app/views/world.ts';
import { narrationAudio } from './steps/narrationAudio.ts';

/** What the app's state means for the sound: the world's layers (and a key to tell a change) and the cue state. */
function hear(s: AppState): { key: string; layers: Layer[]; cue: CueState } {
  const session = s.session;
  if (!session) return { key: '', layers: [], cue: { feedback: null, stepKey: null, visited: 0 } };
  const { world, answer } = worldView(session.lesson, session.runner);
  const stepId = session.runner.stepId;
  return {
    key: `${world.place}/${world.time}/${world.weather}/${answer.traffic.toFixed(2)}`,
    layers: soundscapeFor(world, answer.traffic),
    cue: { feedback: session.feedback, stepKey: `${session.lesson.id}/${stepId}`, visited: session.runner.visited[stepId]?.length ?? 0 },
  };
}

/**
 * Connects the engine to the lesson: the world's layers as the student moves through it, the mix from
 * the settings, the narration and the pause state, and a cue for each right or wrong answer and each
 * hotspot found. Store subscriptions, not React state: nothing re-renders. Returns the cleanup.
 */
function connect(engine: AudioEngine, ctx: AudioContext): () => void {
  let heard = hear(appStore.getState());
  engine.setLayers(heard.layers);
  const onApp = (s: AppState) => {
    const next = hear(s);
    const cue = cueFor(heard.cue, next.cue);
    if (next.key !== heard.key) engine.setLayers(next.layers);
    if (cue) engine.cue(cue);
    heard = next;
  };
  const mix = () => {
    const set = settingsStore.getState();
    const paused = isPaused(pauseStore.getState());
    engine.setMix({ volume: set.volume, muted: set.muted, narrating: narrationAudio.getState().playing, paused });
    // Out of sight the context stops altogether (no CPU for sound nobody hears); back in sight it goes on.
    if (paused && ctx.state === 'running') void ctx.suspend();
    else if (!paused && ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
  };
  mix();
  const offs = [appStore.subscribe(onApp), settingsStore.subscribe(mix), pauseStore.subscribe(mix), narrationAudio.subscribe(mix)];
  // Bird and cricket calls are scheduled two seconds ahead; faded layers are dropped.
  const timer = setInterval(() => engine.tick(), 1000);
  const e2e = new URLSearchParams(location.search).has('e2e');
  if (e2e) {
    (window as unknown as { __climatexrAudio: unknown }).__climatexrAudio = {
      snapshot: () => engine.snapshot(),
      /** Loudness (RMS) of `seconds` of the current world's layers, or of a cue, rendered offline. */
      render: (seconds: number, cue?: CueKind) => renderLoudness(cue ? [] : heard.layers, seconds, cue),
    };
  }
  return () => {
    for (const off of offs) off();
    clearInterval(timer);
    if (e2e) delete (window as unknown as { __climatexrAudio?: unknown }).__climatexrAudio;
  };
}

/** Whether the page may start sound now: it has had a gesture (browsers' autoplay rules). */
function activated(): boolean {
  return (navigator as Navigator & { userActivation?: { hasBeenActive: boolean } }).userActivation?.hasBeenActive ?? false;
}

const GESTURES = ['pointerdown', 'keydown', 'touchend'] as const;

/**
 * The lesson's ambient sound and cues (src/audio), loaded after the first frame (SoundLoader). The
 * AudioContext starts at the first gesture (a press, a key, entering VR) or at once when the page has
 * had one; the listener follows the camera (the head in VR), so sources placed in the world come from
 * their place.
 */
export default function Soundscape() {
  const engine = useRef<AudioEngine | null>(null);
  const startRef = useRef<() => void>(() => {});
  const inXR = useXR((s) => s.session != null);
  useEffect(() => {
    let ctx: AudioContext | null = null;
    let disconnect: (() => void) | null = null;
    const start = () => {
      if (!ctx) {
        ctx = new AudioContext();
        engine.current = createAudioEngine(ctx);
        disconnect = connect(engine.current, ctx);
      }
      if (ctx.state === 'suspended' && !isPaused(pauseStore.getState())) void ctx.resume().catch(() => undefined);
      if (ctx.state === 'running') for (const g of GESTURES) window.removeEventListener(g, start, true);
    };
    startRef.current = start;
    for (const g of GESTURES) window.addEventListener(g, start, true);
    if (activated()) start();
    return () => {
      for (const g of GESTURES) window.removeEventListener(g, start, true);
      disconnect?.();
      engine.current?.dispose();
      engine.current = null;
      void ctx?.close();
    };
  }, []);
  // Entering VR came from a gesture (the button's press, or the headset's own prompt): start, or resume.
  useEffect(() => {
    if (inXR && activated()) startRef.current();
  }, [inXR]);
  useFrame(({ camera }) => {
    const e = engine.current;
    if (!e) return;
    // The camera's world matrix: position in the last column, −Z forward and Y up (no allocation).
    const m = camera.matrixWorld.elements;
    e.setListener(m[12]!, m[13]!, m[14]!, -m[8]!, -m[9]!, -m[10]!, m[4]!, m[5]!, m[6]!);
  });
  return null;
}
