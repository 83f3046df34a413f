/**
 * The sound's pure parts: which ambient layers each world has, the mix (volume, mute, ducking under a
 * narration, out of sight), which cue a change of the lesson asks for, and the volume and mute
 * settings remembered per device.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cueFor, DUCK, mixGains, volumeGain, type CueState } from '../../src/audio/mix.ts';
import { soundscapeFor, TRAFFIC_ANSWER_GAIN, type Layer } from '../../src/audio/soundscape.ts';
import { PLACES, TIMES, WEATHERS } from '../../src/lesson/constants.ts';

const kinds = (ls: Layer[]) => ls.map((l) => l.kind);
const level = (ls: Layer[], kind: string) => ls.find((l) => l.kind === kind)?.level ?? 0;

describe('soundscape per world', () => {
  it('gives each ICEC place its own sounds, placed where the world draws their source', () => {
    const street = soundscapeFor({ place: 'street', time: 'morning', weather: 'clear' });
    expect(kinds(street)[0]).toBe('traffic');
    expect(street.find((l) => l.kind === 'traffic')!.at).toEqual([0, 0.5, -6.5]); // the road in front
    const plant = soundscapeFor({ place: 'water-plant', time: 'noon', weather: 'clear' });
    expect(kinds(plant)).toEqual(['water', 'hum', 'wind', 'birds']);
    expect(plant[0]!.at).toEqual([0, 0, -2.8]); // the channel under the walkway
    const square = soundscapeFor({ place: 'city-square', time: 'noon', weather: 'clear' });
    expect(square.find((l) => l.kind === 'water')!.at).toEqual([0, 1, -11]); // the fountain
    expect(kinds(soundscapeFor({ place: 'hot-block', time: 'afternoon', weather: 'heatwave' }))).toContain('cicadas');
    // Birds, rain and wind are all around: no single place.
    expect(street.filter((l) => l.kind === 'birds' || l.kind === 'wind').every((l) => l.at === null)).toBe(true);
  });

  it('follows the time of day and the weather', () => {
    const park = (time: (typeof TIMES)[number], weather: (typeof WEATHERS)[number] = 'clear') => soundscapeFor({ place: 'park', time, weather });
    expect(level(park('dawn'), 'birds')).toBeGreaterThan(level(park('noon'), 'birds'));
    expect(kinds(park('night'))).not.toContain('birds');
    expect(kinds(park('night'))).toContain('crickets');
    expect(kinds(park('noon', 'rain'))).toContain('rain');
    expect(kinds(park('noon', 'rain'))).not.toContain('birds');
    const storm = park('noon', 'storm');
    expect(level(storm, 'rain')).toBeGreaterThan(level(park('noon', 'rain'), 'rain'));
    expect(level(storm, 'wind')).toBeGreaterThanOrEqual(0.6);
    // Indoors the rain is heard muffled through the windows.
    expect(level(soundscapeFor({ place: 'classroom', time: 'noon', weather: 'rain' }), 'rain')).toBeLessThan(level(park('noon', 'rain'), 'rain'));
  });

  it('makes the road louder as the street fills with traffic (the world answering a choice)', () => {
    const world = { place: 'home', time: 'noon', weather: 'clear' } as const;
    expect(level(soundscapeFor(world, 1), 'traffic')).toBeCloseTo(level(soundscapeFor(world), 'traffic') + TRAFFIC_ANSWER_GAIN, 5);
    expect(level(soundscapeFor({ ...world, place: 'water-plant' }, 0.5), 'traffic')).toBeGreaterThan(0);
  });

  it('has sound in every world, levels within 0..1, loudest first', () => {
    for (const place of PLACES) for (const time of TIMES) for (const weather of WEATHERS) {
      const ls = soundscapeFor({ place, time, weather }, 1);
      expect(ls.length, `${place} ${time} ${weather}`).toBeGreaterThan(0);
      expect(ls.every((l) => l.level > 0 && l.level <= 1)).toBe(true);
      expect(ls.map((l) => l.level)).toEqual([...ls.map((l) => l.level)].sort((a, b) => b - a));
      expect(new Set(kinds(ls)).size).toBe(ls.length);
    }
  });
});

describe('mix', () => {
  const base = { volume: 1, muted: false, narrating: false, paused: false };
  it('mutes, follows the volume on a loudness curve, and goes silent out of sight', () => {
    expect(mixGains(base)).toEqual({ master: 1, ambient: 1, cues: 1 });
    expect(mixGains({ ...base, muted: true }).master).toBe(0);
    expect(mixGains({ ...base, paused: true }).master).toBe(0);
    expect(mixGains({ ...base, volume: 0.5 }).master).toBe(0.25);
    expect([volumeGain(-1), volumeGain(2), volumeGain(Number.NaN)]).toEqual([0, 1, 0]);
  });

  it('ducks the ambient bed under a narration, and keeps cues audible', () => {
    const under = mixGains({ ...base, narrating: true });
    expect(under.ambient).toBe(DUCK);
    expect(under.ambient).toBeLessThan(0.5);
    expect(under.cues).toBeGreaterThan(under.ambient);
    expect(under.master).toBe(1);
  });
});

describe('cues', () => {
  const at = (p: Partial<CueState>): CueState => ({ feedback: null, stepKey: 'l/s1', visited: 0, ...p });
  it('rings right or wrong on new runner feedback, once', () => {
    expect(cueFor(at({}), at({ feedback: { tone: 'correct', seq: 1 } }))).toBe('correct');
    expect(cueFor(at({ feedback: { tone: 'correct', seq: 1 } }), at({ feedback: { tone: 'wrong', seq: 2 } }))).toBe('wrong');
    expect(cueFor(at({ feedback: { tone: 'wrong', seq: 2 } }), at({ feedback: { tone: 'wrong', seq: 2 } }))).toBeNull();
    expect(cueFor(at({}), at({ feedback: { tone: 'neutral', seq: 1 } }))).toBeNull();
  });

  it('chimes when a hotspot is found on the same step, not on a new step or a resumed lesson', () => {
    expect(cueFor(at({ visited: 1 }), at({ visited: 2 }))).toBe('found');
    expect(cueFor(at({ stepKey: 'l/s1', visited: 0 }), at({ stepKey: 'l/s2', visited: 3 }))).toBeNull();
    expect(cueFor(at({ stepKey: null }), at({ visited: 2 }))).toBeNull();
    expect(cueFor(at({ visited: 2 }), at({ visited: 2 }))).toBeNull();
  });
});

describe('volume and mute settings', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  function storage(initial: Record<string, string> = {}) {
    const data = new Map(Object.entries(initial));
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    });
    return data;
  }

  it('start at 75 % and unmuted, are remembered per device, and survive a reload', async () => {
    const data = storage();
    let s = await import('../../src/app/settings.ts');
    expect(s.settingsStore.getState()).toMatchObject({ volume: 0.75, muted: false });
    s.updateSettings({ muted: true, volume: 0.5 });
    expect(JSON.parse(data.get('climatexr.settings')!)).toMatchObject({ muted: true, volume: 0.5 });
    vi.resetModules(); // a reload: the module reads what was saved
    s = await import('../../src/app/settings.ts');
    expect(s.settingsStore.getState()).toMatchObject({ volume: 0.5, muted: true });
  });

  it('ignore saved values that are not a volume, and do not tie mute to reduced motion', async () => {
    storage({ 'climatexr.settings': JSON.stringify({ volume: 7, muted: 'yes', reducedMotion: true }) });
    const s = await import('../../src/app/settings.ts');
    expect(s.settingsStore.getState()).toMatchObject({ volume: 0.75, muted: false, reducedMotion: true });
  });

  it('step the headset\'s one sound button louder, then off, then from the softest', async () => {
    storage();
    const { nextSoundStep } = await import('../../src/app/settings.ts');
    const presses = [{ volume: 0.75, muted: false }];
    for (let i = 0; i < 5; i++) presses.push(nextSoundStep(presses.at(-1)!));
    expect(presses).toEqual([
      { volume: 0.75, muted: false }, { volume: 1, muted: false }, { volume: 1, muted: true },
      { volume: 0.25, muted: false }, { volume: 0.5, muted: false }, { volume: 0.75, muted: false },
    ]);
    expect(nextSoundStep({ volume: 0.6, muted: false })).toEqual({ volume: 0.75, muted: false });
  });
});
