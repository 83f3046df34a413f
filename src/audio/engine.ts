/**
 * The sound of a lesson, framework-free: ambient layers (soundscape.ts) built from synth.ts, each
 * through a PannerNode where it has a place in the world, into an ambient bus that ducks under a
 * narration; short cues on their own bus; one master gain for the student's volume and mute.
 *
 *   layer → level gain → [panner] ─┐
 *   layer → level gain ────────────┴→ ambient bus ─┐
 *                          cue → cues bus ─────────┴→ master → destination
 *
 * React only wires it in (src/scene/Soundscape.tsx). Gains move with short ramps, never jumps.
 */
import { mixGains, type CueKind, type MixGains, type MixInput } from './mix.ts';
import type { Layer, LayerKind, Vec3 } from './soundscape.ts';
import { buildLayer, makeNoises, playCue, type LayerGraph, type Noises } from './synth.ts';

/** Seconds for a gain to move most of the way: a world's change crossfades, a mute is quick. */
const FADE = 0.6;
const QUICK = 0.05;
/** How far ahead bird and cricket calls are scheduled, and how often. */
export const LOOKAHEAD = 2;

interface Live {
  kind: LayerKind;
  graph: LayerGraph;
  level: GainNode;
  panner: PannerNode | null;
  at: Vec3 | null;
  target: number;
  /** Set while fading out: the time it is stopped and dropped. */
  endsAt: number | null;
}

/** What a browser test reads under `?e2e`: the graph's state as numbers. */
export interface AudioSnapshot {
  state: AudioContextState;
  /** The mix's targets, and the gains' values in the graph now (they ramp towards the targets). */
  gains: MixGains;
  live: MixGains;
  /** The layers playing (not fading out) and their target levels. */
  layers: { kind: LayerKind; level: number; spatial: boolean }[];
  cues: number;
  lastCue: CueKind | null;
}

export interface AudioEngine {
  readonly context: BaseAudioContext;
  /** Crossfades to these layers. */
  setLayers(layers: readonly Layer[]): void;
  setMix(mix: MixInput): void;
  cue(kind: CueKind): void;
  /** The head: position and the forward and up directions, in world space. */
  setListener(x: number, y: number, z: number, fx: number, fy: number, fz: number, ux: number, uy: number, uz: number): void;
  /** Schedules calls up to `ahead` seconds from now and drops layers that have faded out; call about once a second. */
  tick(ahead?: number): void;
  snapshot(): AudioSnapshot;
  dispose(): void;
}

/**
 * `panning`: HRTF for a headset's ears (its database loads in the background the first time, which on
 * a loaded machine can take many seconds); equal-power is immediate (offline renders).
 */
export function createAudioEngine(ctx: BaseAudioContext, seed = 1, panning: PanningModelType = 'HRTF'): AudioEngine {
  const noises: Noises = makeNoises(ctx, seed);
  const master = ctx.createGain();
  const ambient = ctx.createGain();
  const cues = ctx.createGain();
  master.gain.value = 0;
  ambient.connect(master);
  cues.connect(master);
  master.connect(ctx.destination);
  let gains: MixGains = { master: 0, ambient: 1, cues: 1 };
  let live: Live[] = [];
  let scheduledTo = 0;
  let cueCount = 0;
  let lastCue: CueKind | null = null;
  let nextSeed = seed;

  const ramp = (param: AudioParam, value: number, tc: number) => {
    param.cancelScheduledValues(ctx.currentTime);
    param.setTargetAtTime(value, ctx.currentTime, tc / 3);
  };

  const add = (l: Layer): Live => {
    const graph = buildLayer(ctx, l.kind, noises, nextSeed++);
    const level = ctx.createGain();
    level.gain.value = 0;
    graph.out.gain.value = 1;
    graph.out.connect(level);
    let panner: PannerNode | null = null;
    if (l.at) {
      panner = ctx.createPanner();
      panner.panningModel = panning;
      panner.distanceModel = 'inverse';
      panner.refDistance = 3;
      panner.rolloffFactor = 1;
      setPosition(panner, l.at);
      level.connect(panner).connect(ambient);
    } else level.connect(ambient);
    graph.schedule(ctx.currentTime, scheduledTo);
    return { kind: l.kind, graph, level, panner, at: l.at, target: 0, endsAt: null };
  };

  const drop = (x: Live) => {
    x.graph.stop();
    x.level.disconnect();
    x.panner?.disconnect();
  };

  const engine: AudioEngine = {
    context: ctx,
    setLayers(layers) {
      const now = ctx.currentTime;
      const kept: Live[] = [];
      for (const l of layers) {
        // The same kind from the same place crossfades its level; another place is a new source.
        let x = live.find((y) => y.kind === l.kind && y.endsAt === null && samePlace(y.at, l.at) && !kept.includes(y));
        if (!x) {
          x = add(l);
          live.push(x);
        }
        x.target = l.level;
        ramp(x.level.gain, l.level, FADE);
        kept.push(x);
      }
      for (const x of live) {
        if (kept.includes(x) || x.endsAt !== null) continue;
        x.target = 0;
        x.endsAt = now + FADE * 2;
        ramp(x.level.gain, 0, FADE);
      }
    },
    setMix(mix) {
      gains = mixGains(mix);
      ramp(master.gain, gains.master, QUICK * 2);
      ramp(ambient.gain, gains.ambient, FADE);
      ramp(cues.gain, gains.cues, QUICK);
    },
    cue(kind) {
      cueCount++;
      lastCue = kind;
      playCue(ctx, cues, kind, ctx.currentTime + 0.01);
    },
    setListener(x, y, z, fx, fy, fz, ux, uy, uz) {
      const l = ctx.listener;
      if (l.positionX) {
        l.positionX.value = x;
        l.positionY.value = y;
        l.positionZ.value = z;
        l.forwardX.value = fx;
        l.forwardY.value = fy;
        l.forwardZ.value = fz;
        l.upX.value = ux;
        l.upY.value = uy;
        l.upZ.value = uz;
      } else {
        // Firefox before AudioParams on the listener.
        l.setPosition(x, y, z);
        l.setOrientation(fx, fy, fz, ux, uy, uz);
      }
    },
    tick(ahead = LOOKAHEAD) {
      const now = ctx.currentTime;
      const to = now + ahead;
      if (to > scheduledTo) {
        const from = Math.max(now, scheduledTo);
        for (const x of live) if (x.endsAt === null) x.graph.schedule(from, to);
        scheduledTo = to;
      }
      const gone = live.filter((x) => x.endsAt !== null && x.endsAt <= now);
      for (const x of gone) drop(x);
      if (gone.length) live = live.filter((x) => !gone.includes(x));
    },
    snapshot() {
      return {
        state: ctx.state,
        gains: { ...gains },
        live: { master: master.gain.value, ambient: ambient.gain.value, cues: cues.gain.value },
        layers: live.filter((x) => x.endsAt === null).map((x) => ({ kind: x.kind, level: x.target, spatial: x.panner !== null })),
        cues: cueCount,
        lastCue,
      };
    },
    dispose() {
      for (const x of live) drop(x);
      live = [];
      master.disconnect();
    },
  };
  engine.tick();
  return engine;
}

function samePlace(a: Vec3 | null, b: Vec3 | null): boolean {
  if (a === null || b === null) return a === b;
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
}

function setPosition(p: PannerNode, at: Vec3): void {
  if (p.positionX) {
    p.positionX.value = at[0];
    p.positionY.value = at[1];
    p.positionZ.value = at[2];
  } else p.setPosition(at[0], at[1], at[2]);
}

/**
 * Renders `seconds` of these layers (and a cue, if given) offline and returns the loudness (RMS) of
 * the result: a browser test's proof that the synthesis makes sound, without speakers.
 */
export async function renderLoudness(layers: readonly Layer[], seconds: number, cue?: CueKind): Promise<number> {
  const ctx = new OfflineAudioContext(1, Math.round(22050 * seconds), 22050);
  const engine = createAudioEngine(ctx, 7, 'equalpower');
  engine.setMix({ volume: 1, muted: false, narrating: false, paused: false });
  engine.setLayers(layers);
  engine.tick(seconds); // calls scheduled over the whole render
  if (cue) engine.cue(cue);
  const out = await ctx.startRendering();
  const data = out.getChannelData(0);
  let sum = 0;
  for (let i = 0; i < data.length; i++) sum += data[i]! * data[i]!;
  return Math.sqrt(sum / data.length);
}
