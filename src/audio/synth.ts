/**
 * The sounds themselves, made at run time from noise, filters and oscillators: nothing is downloaded.
 * Each ambient layer is a small graph ending in one GainNode (`out`); bird and cricket calls are
 * scheduled a little ahead by `schedule(from, to)`, so a real-time context calls it now and then and an
 * OfflineAudioContext (tests) once for the whole render.
 */
import type { CueKind } from './mix.ts';
import type { LayerKind } from './soundscape.ts';

/** A seeded generator: the same seed makes the same noise and the same birdsong. */
export function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

export interface Noises {
  white: AudioBuffer;
  /** Integrated white noise: a low rumble (road, wind). */
  brown: AudioBuffer;
}

/** Two seconds of each noise, made once per context and looped by every layer. */
export function makeNoises(ctx: BaseAudioContext, seed = 1): Noises {
  const n = Math.round(ctx.sampleRate * 2);
  const rnd = random(seed);
  const white = ctx.createBuffer(1, n, ctx.sampleRate);
  const brown = ctx.createBuffer(1, n, ctx.sampleRate);
  const w = white.getChannelData(0);
  const b = brown.getChannelData(0);
  let last = 0;
  for (let i = 0; i < n; i++) {
    const x = rnd() * 2 - 1;
    w[i] = x;
    last = (last + 0.02 * x) / 1.02;
    b[i] = last * 3.5;
  }
  return { white, brown };
}

export interface LayerGraph {
  /** The layer's output: its level is set on this gain by the engine. */
  out: GainNode;
  /** Schedules timed calls (birds, crickets) between two context times; nothing for steady layers. */
  schedule(from: number, to: number): void;
  stop(): void;
}

function loop(ctx: BaseAudioContext, buffer: AudioBuffer, offset: number): AudioBufferSourceNode {
  const s = ctx.createBufferSource();
  s.buffer = buffer;
  s.loop = true;
  s.start(0, offset % buffer.duration);
  return s;
}

function filter(ctx: BaseAudioContext, type: BiquadFilterType, frequency: number, q = 0.7): BiquadFilterNode {
  const f = ctx.createBiquadFilter();
  f.type = type;
  f.frequency.value = frequency;
  f.Q.value = q;
  return f;
}

/** A slow oscillator added to `param`: `depth` around the param's own value. */
function lfo(ctx: BaseAudioContext, param: AudioParam, rate: number, depth: number, type: OscillatorType = 'sine'): OscillatorNode {
  const o = ctx.createOscillator();
  o.type = type;
  o.frequency.value = rate;
  const g = ctx.createGain();
  g.gain.value = depth;
  o.connect(g).connect(param);
  o.start();
  return o;
}

function chain(...nodes: AudioNode[]): void {
  for (let i = 0; i < nodes.length - 1; i++) nodes[i]!.connect(nodes[i + 1]!);
}

/** A chirp: a sine sweeping from `f0` to `f1` with a quick rise and fall. */
function chirp(ctx: BaseAudioContext, dest: AudioNode, at: number, f0: number, f1: number, length: number, level: number): void {
  const o = ctx.createOscillator();
  const g = ctx.createGain();
  o.frequency.setValueAtTime(f0, at);
  o.frequency.exponentialRampToValueAtTime(f1, at + length);
  g.gain.setValueAtTime(0, at);
  g.gain.linearRampToValueAtTime(level, at + length * 0.2);
  g.gain.exponentialRampToValueAtTime(0.0001, at + length);
  o.connect(g).connect(dest);
  o.start(at);
  o.stop(at + length + 0.02);
  o.onended = () => g.disconnect();
}

/** Builds one ambient layer's graph; `seed` varies the noise's start and the calls' timing. */
export function buildLayer(ctx: BaseAudioContext, kind: LayerKind, noises: Noises, seed: number): LayerGraph {
  const out = ctx.createGain();
  out.gain.value = 0;
  const sources: AudioScheduledSourceNode[] = [];
  const rnd = random(seed * 7919 + 17);
  let schedule: (from: number, to: number) => void = () => {};
  const noise = (which: keyof Noises) => {
    const s = loop(ctx, noises[which], rnd() * 2);
    sources.push(s);
    return s;
  };
  switch (kind) {
    case 'traffic': {
      // A low road rumble, and cars passing: a brighter band swelling and fading at two slow rates.
      const body = ctx.createGain();
      body.gain.value = 0.7;
      chain(noise('brown'), filter(ctx, 'lowpass', 380), body, out);
      const pass = ctx.createGain();
      pass.gain.value = 0.35;
      chain(noise('brown'), filter(ctx, 'bandpass', 700, 0.8), pass, out);
      sources.push(lfo(ctx, pass.gain, 0.11, 0.3), lfo(ctx, pass.gain, 0.047, 0.2));
      break;
    }
    case 'water': {
      // Running water: bright noise in a band that wanders quickly, like a stream's babble.
      const f = filter(ctx, 'bandpass', 900, 0.6);
      const g = ctx.createGain();
      g.gain.value = 0.8;
      chain(noise('white'), filter(ctx, 'highpass', 250), f, g, out);
      sources.push(lfo(ctx, f.frequency, 2.3, 250), lfo(ctx, g.gain, 5.7, 0.15));
      break;
    }
    case 'rain': {
      const g = ctx.createGain();
      g.gain.value = 0.5;
      chain(noise('white'), filter(ctx, 'highpass', 1200), filter(ctx, 'lowpass', 7000), g, out);
      break;
    }
    case 'wind': {
      // Gusts: low noise whose band and loudness drift slowly.
      const f = filter(ctx, 'bandpass', 320, 0.5);
      const g = ctx.createGain();
      g.gain.value = 0.8;
      chain(noise('brown'), f, g, out);
      sources.push(lfo(ctx, f.frequency, 0.06, 140), lfo(ctx, g.gain, 0.09, 0.35));
      break;
    }
    case 'cicadas': {
      // A high buzzing band, pulsed about forty times a second, swelling and fading in long waves.
      const buzz = ctx.createGain();
      buzz.gain.value = 0.5;
      const swell = ctx.createGain();
      swell.gain.value = 0.6;
      chain(noise('white'), filter(ctx, 'bandpass', 4600, 6), buzz, swell, out);
      sources.push(lfo(ctx, buzz.gain, 42, 0.5, 'square'), lfo(ctx, swell.gain, 0.12, 0.4));
      break;
    }
    case 'hum': {
      // Machinery: the plant's blowers or a classroom's ventilation, a low steady tone with air noise.
      const tone = ctx.createOscillator();
      tone.type = 'sawtooth';
      tone.frequency.value = 60;
      tone.start();
      sources.push(tone);
      const tg = ctx.createGain();
      tg.gain.value = 0.18;
      chain(tone, filter(ctx, 'lowpass', 240), tg, out);
      const air = ctx.createGain();
      air.gain.value = 0.5;
      chain(noise('brown'), filter(ctx, 'lowpass', 500), air, out);
      break;
    }
    case 'birds':
      // Short rising and falling calls, now here and now there, a few a second at most.
      schedule = (from, to) => {
        for (let t = from + rnd() * 0.6; t < to; t += 0.35 + rnd() * 1.4) {
          const base = 2200 + rnd() * 2200;
          const notes = 1 + Math.floor(rnd() * 3);
          for (let k = 0; k < notes; k++) chirp(ctx, out, t + k * 0.13, base, base * (rnd() < 0.5 ? 1.35 : 0.75), 0.09 + rnd() * 0.05, 0.25);
        }
      };
      break;
    case 'crickets':
      // Trills: a high tone pulsed in short bursts.
      schedule = (from, to) => {
        for (let t = from + rnd() * 0.3; t < to; t += 0.5 + rnd() * 0.5) {
          for (let k = 0; k < 4; k++) chirp(ctx, out, t + k * 0.045, 4400, 4300, 0.03, 0.12);
        }
      };
      break;
  }
  return {
    out,
    schedule,
    stop() {
      for (const s of sources) {
        try {
          s.stop();
        } catch {
          // already stopped
        }
      }
      out.disconnect();
    },
  };
}

/** Plays a short cue into `dest` at `at`: right (two rising notes), wrong (a low falling tone), found (a chime). */
export function playCue(ctx: BaseAudioContext, dest: AudioNode, kind: CueKind, at: number): void {
  const note = (type: OscillatorType, f0: number, f1: number, start: number, length: number, level: number) => {
    const o = ctx.createOscillator();
    const g = ctx.createGain();
    o.type = type;
    o.frequency.setValueAtTime(f0, start);
    if (f1 !== f0) o.frequency.exponentialRampToValueAtTime(f1, start + length);
    g.gain.setValueAtTime(0, start);
    g.gain.linearRampToValueAtTime(level, start + 0.01);
    g.gain.exponentialRampToValueAtTime(0.0001, start + length);
    o.connect(g).connect(dest);
    o.start(start);
    o.stop(start + length + 0.02);
    o.onended = () => g.disconnect();
  };
  switch (kind) {
    case 'correct':
      note('sine', 784, 784, at, 0.16, 0.35); // G5
      note('sine', 1175, 1175, at + 0.11, 0.28, 0.35); // D6
      break;
    case 'wrong':
      note('triangle', 262, 196, at, 0.32, 0.4); // C4 falling to G3
      break;
    case 'found':
      note('sine', 1319, 1319, at, 0.6, 0.3); // E6, with a fifth above
      note('sine', 1976, 1976, at, 0.4, 0.12);
      break;
  }
}
