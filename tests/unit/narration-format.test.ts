/**
 * Narration audio in the lesson format: one file for every language (the older form, still valid), or
 * a recording per language with captions timed to each voice; what the checker says about them, with
 * line and column; the sound lengths it reads; and the example lesson in the app's assets.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rebaseLessonAssets } from '../../src/lesson/assets.ts';
import { wavSeconds, oggSeconds, fileSeconds, audioLengthLookup } from '../../scripts/audio-length.ts';
import { assetLookup, ROOT } from '../../scripts/lessons-check.ts';
import type { LoadOptions } from '../../src/lesson/options.ts';
import type { Lesson } from '../../src/lesson/schema.ts';
import { codes, LESSONS, load, problemsOf, readText } from './lesson-helpers.ts';

const voice = (src: string, captions: [number, number, string][]) => ({ src, captions: captions.map(([start, end, text]) => ({ start, end, text })) });
const KO = voice('audio/n-ko.wav', [[0, 2.5, '햇빛이 들어와요.'], [2.5, 6, '땅이 따뜻해져요.']]);
const EN = voice('audio/n-en.wav', [[0, 1.5, 'Sunlight comes in.'], [1.5, 4.5, 'The ground warms up.']]);

function lesson(audio: unknown): string {
  return JSON.stringify({
    id: 'voices', formatVersion: 1, version: '1.0.0', title: { ko: '소리', en: 'Voices' }, summary: { ko: '소리', en: 'Voices' },
    languages: ['ko', 'en'], ageBands: ['middle'], minutes: 1, objectives: [{ ko: '듣는다.', en: 'Listen.' }],
    steps: [{ id: 'n', type: 'narration', title: { ko: '제목', en: 'Title' }, body: { ko: '본문', en: 'Body' }, audio }],
  }, null, 2);
}

/** Both recordings exist; the Korean one lasts 6 s and the English one 4.5 s. */
const files: Record<string, number> = { 'audio/n-ko.wav': 48_000, 'audio/n-en.wav': 36_000, 'audio/shared.wav': 48_000 };
const lengths: Record<string, number> = { 'audio/n-ko.wav': 6, 'audio/n-en.wav': 4.5, 'audio/shared.wav': 6 };
const options: LoadOptions = { assetSize: (p) => files[p] ?? null, audioSeconds: (p) => lengths[p] };
const check = (audio: unknown, o = options) => load(lesson(audio), 'voices.json', o);

describe('narration audio in the lesson format', () => {
  it('takes a recording per language with captions timed to each voice', () => {
    const r = check({ ko: KO, en: EN });
    expect(problemsOf(r)).toEqual([]);
    expect(r.ok && r.lesson.steps[0]).toMatchObject({ audio: { ko: { src: 'audio/n-ko.wav' }, en: { captions: [{ text: 'Sunlight comes in.' }, {}] } } });
  });

  it('still takes one file for every language, its captions carrying each language (older lessons stay valid)', () => {
    const r = check({ src: 'audio/shared.wav', captions: [{ start: 0, end: 3, text: { ko: '하나', en: 'one' } }, { start: 3, end: 6, text: { ko: '둘', en: 'two' } }] });
    expect(problemsOf(r)).toEqual([]);
  });

  it('says which recording is missing, where, and how to add it', () => {
    const text = lesson({ ko: KO });
    const r = load(text, 'voices.json', options);
    expect(r.ok).toBe(false);
    const p = problemsOf(r).find((x) => x.code === 'missing-language')!;
    // At the audio object's opening brace: `"audio": {`.
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('"audio": {')) + 1;
    expect(p).toMatchObject({ path: 'steps[0].audio', line, column: lines[line - 1]!.indexOf('{') + 1, severity: 'error' });
    expect(p.message).toBe('missing the "en" recording (the lesson\'s languages are "ko" and "en"): add "en": { "src": …, "captions": […] }');
  });

  it('finds each language\'s file: a missing one is an error at its own src', () => {
    const r = check({ ko: KO, en: { ...EN, src: 'audio/missing-en.wav' } });
    const p = problemsOf(r).find((x) => x.code === 'missing-asset')!;
    expect(p.path).toBe('steps[0].audio.en.src');
    expect(p.message).toBe('no file assets/audio/missing-en.wav: add it under assets/, or correct the path');
  });

  it('keeps captions in the order they are heard, apart, and within the recording', () => {
    const en = voice('audio/n-en.wav', [[1.5, 3, 'The ground warms up.'], [0, 1.5, 'Sunlight comes in.'], [1, 2, 'Heat.'], [4, 4.9, 'Some comes back.'], [5, 6, 'Late.']]);
    const r = check({ ko: KO, en });
    expect(problemsOf(r).map((p) => [p.code, p.path, p.severity])).toEqual([
      ['captions-out-of-order', 'steps[0].audio.en.captions[1].start', 'error'],
      ['captions-overlap', 'steps[0].audio.en.captions[2].start', 'warning'],
      ['caption-past-audio', 'steps[0].audio.en.captions[3].end', 'warning'],
      ['caption-after-audio', 'steps[0].audio.en.captions[4].start', 'error'],
    ]);
    expect(problemsOf(r)[3]!.message).toBe('this caption starts at 5 s, but audio/n-en.wav is 4.5 s long: it would never show; time it to the recording');
  });

  it('checks a shared file\'s captions the same way, and a caption per language that ends before it starts', () => {
    expect(codes(check({ src: 'audio/shared.wav', captions: [{ start: 3, end: 7, text: { ko: '둘', en: 'two' } }, { start: 0, end: 3, text: { ko: '하나', en: 'one' } }] })))
      .toEqual(['caption-past-audio', 'captions-out-of-order']); // in the order of their lines
    expect(codes(check({ ko: KO, en: voice('audio/n-en.wav', [[2, 1, 'Backwards.']]) }))).toEqual(['bad-range']);
  });

  it('does not judge lengths it cannot know (an MP3, or no lookup)', () => {
    const long = voice('audio/n-en.wav', [[0, 60, 'A long caption.']]);
    expect(codes(check({ ko: KO, en: long }, { assetSize: options.assetSize! }))).toEqual([]);
  });

  it('measures plain captions for reading in a headset, and refuses blank ones', () => {
    const r = check({ ko: voice('audio/n-ko.wav', [[0, 6, '가 '.repeat(121)]]), en: voice('audio/n-en.wav', [[0, 2, Array(41).fill('word').join(' ')], [2, 4, '   ']]) });
    expect(problemsOf(r).map((p) => [p.code, p.path])).toEqual([
      ['long-text', 'steps[0].audio.ko.captions[0].text'],
      ['long-text', 'steps[0].audio.en.captions[0].text'],
      ['blank-text', 'steps[0].audio.en.captions[1].text'],
    ]);
  });

  it('refuses a mix of the two forms and unknown languages, naming what it expected', () => {
    const r = check({ src: 'audio/shared.wav', ko: KO });
    expect(r.ok).toBe(false);
    expect(problemsOf(r).map((p) => p.code)).toContain('unknown-key');
    expect(codes(check({ ko: KO, en: EN, fr: EN }))).toContain('unknown-key');
  });

  it('serves each language\'s file kept beside the lesson from its place under lessons/', () => {
    const r = load(lesson({ ko: { ...KO, src: './voices/n-ko.wav' }, en: { ...EN, src: './voices/n-en.wav' } }), 'voices.json', {});
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const { lesson: out, files: copied } = rebaseLessonAssets(r.lesson, 'lessons/water/voices.json');
    expect(out.steps[0]).toMatchObject({ audio: { ko: { src: 'lessons/water/voices/n-ko.wav' }, en: { src: 'lessons/water/voices/n-en.wav' } } });
    expect(copied).toEqual(['lessons/water/voices/n-ko.wav', 'lessons/water/voices/n-en.wav']);
  });
});

describe('sound lengths read from the files', () => {
  it('reads the test recordings made by scripts/make-audio.mjs: each language lasts differently', () => {
    const at = (name: string) => fileSeconds(join(ROOT, 'assets/audio', name));
    expect([at('chimes.wav'), at('chimes-ko.wav'), at('chimes-en.wav')]).toEqual([6, 6, 4.5]);
    expect(audioLengthLookup(ROOT)('audio/chimes-en.wav')).toBe(4.5);
    expect(audioLengthLookup(ROOT)('audio/nothing.wav')).toBeUndefined();
  });

  it('reads a WAV past other chunks, and an Ogg Vorbis or Opus file from its last page', () => {
    const wav = new Uint8Array(80);
    const v = new DataView(wav.buffer);
    const put = (at: number, s: string) => [...s].forEach((c, i) => (wav[at + i] = c.charCodeAt(0)));
    put(0, 'RIFF'); put(8, 'WAVE'); put(12, 'LIST'); v.setUint32(16, 3, true); // an odd-sized chunk, padded
    put(24, 'fmt '); v.setUint32(28, 16, true); v.setUint32(40, 16000, true); put(48, 'data'); v.setUint32(52, 40000, true);
    expect(wavSeconds(wav)).toBe(2.5);
    expect(wavSeconds(new Uint8Array(8))).toBeUndefined();

    const page = (header: string, extra: (v: DataView, body: number) => void) => {
      const b = new Uint8Array(96);
      const dv = new DataView(b.buffer);
      [...'OggS'].forEach((c, i) => (b[i] = c.charCodeAt(0)));
      b[26] = 1; // one segment: the body starts at 28
      [...header].forEach((c, i) => (b[28 + i] = c.charCodeAt(0)));
      extra(dv, 28);
      return b;
    };
    const last = (granule: number) => {
      const b = new Uint8Array(40);
      [...'OggS'].forEach((c, i) => (b[4 + i] = c.charCodeAt(0)));
      new DataView(b.buffer).setBigUint64(10, BigInt(granule), true);
      return b;
    };
    expect(oggSeconds(page('\u0001vorbis', (dv, body) => dv.setUint32(body + 12, 44100, true)), last(44100 * 3))).toBe(3);
    expect(oggSeconds(page('OpusHead', (dv, body) => dv.setUint16(body + 10, 312, true)), last(48000 * 2 + 312))).toBe(2);
  });
});

describe('the example lesson', () => {
  it('has a Korean and an English recording of its own length, and checks clean with the real files', () => {
    const text = readText(join(LESSONS, 'examples/example-narration.json'));
    const file = join(LESSONS, 'examples/example-narration.json');
    const r = load(text, 'example-narration.json', { assetSize: assetLookup(ROOT, file), audioSeconds: audioLengthLookup(ROOT, file) });
    expect(problemsOf(r)).toEqual([]);
    const step = (r.ok ? r.lesson : ({} as Lesson)).steps.find((s) => s.id === 'greenhouse')!;
    expect(step).toMatchObject({ audio: { ko: { src: 'audio/chimes-ko.wav' }, en: { src: 'audio/chimes-en.wav' } } });
  });
});
