import { expect, test } from 'vitest';
import { NarrationStep } from '../../lesson/steps/narration.ts';
import { assetUrl, captionAt, captionText, voiceFor } from './narration.ts';

const base = { id: 'n', type: 'narration', title: { ko: '제목', en: 'Title' }, body: { ko: '본문', en: 'Body' } } as const;

const shared = NarrationStep.parse({
  ...base,
  audio: {
    src: 'audio/x.wav',
    captions: [
      { start: 0, end: 1.5, text: { ko: '하나', en: 'one' } },
      { start: 2, end: 4, text: { ko: '둘', en: 'two' } },
      { start: 3.5, end: 5, text: { en: 'three' } },
    ],
  },
});

const voiced = NarrationStep.parse({
  ...base,
  audio: {
    ko: { src: 'audio/n-ko.wav', captions: [{ start: 0, end: 2.5, text: '햇빛이 들어와요.' }, { start: 2.5, end: 6, text: '땅이 따뜻해져요.' }] },
    en: { src: 'audio/n-en.wav', captions: [{ start: 0, end: 1.5, text: 'Sunlight comes in.' }, { start: 1.5, end: 4.5, text: 'The ground warms up.' }] },
  },
});

test('captionAt follows the time, with gaps between captions and the earliest of overlapping ones', () => {
  const c = voiceFor(shared.audio!, 'ko')!.captions;
  expect([0, 1.49, 1.5, 1.9, 2, 3.7, 4, 4.99, 5, 99].map((s) => captionAt(c, s))).toEqual([0, 0, -1, -1, 1, 1, 2, 2, -1, -1]);
  expect(captionAt([], 1)).toBe(-1);
});

test('one shared file: the same file and timings in both languages, each caption in the student\'s language (Korean first as fallback)', () => {
  const ko = voiceFor(shared.audio!, 'ko')!;
  const en = voiceFor(shared.audio!, 'en')!;
  expect([ko.src, en.src, ko.of, en.of]).toEqual(['audio/x.wav', 'audio/x.wav', 'shared', 'shared']);
  expect(captionText(ko, 0)).toBe('하나');
  expect(captionText(en, 0)).toBe('one');
  expect(captionText(ko, 2)).toBe('three');
  expect(captionText(en, -1)).toBe('');
  expect(captionText(en, 7)).toBe('');
  expect(captionText(null, 0)).toBe('');
});

test('a recording per language: each language hears its own file, with captions timed to that voice', () => {
  const ko = voiceFor(voiced.audio!, 'ko')!;
  const en = voiceFor(voiced.audio!, 'en')!;
  expect([ko.src, ko.of, en.src, en.of]).toEqual(['audio/n-ko.wav', 'ko', 'audio/n-en.wav', 'en']);
  // At 2 s the Korean voice is still on its first sentence; the English one is on its second.
  expect(captionText(ko, captionAt(ko.captions, 2))).toBe('햇빛이 들어와요.');
  expect(captionText(en, captionAt(en.captions, 2))).toBe('The ground warms up.');
});

test('a language without its own recording hears the other one rather than nothing', () => {
  const onlyKo = NarrationStep.parse({ ...base, audio: { ko: voiced.audio && 'ko' in voiced.audio ? voiced.audio.ko : undefined } });
  expect(voiceFor(onlyKo.audio!, 'en')).toMatchObject({ src: 'audio/n-ko.wav', of: 'ko' });
  expect(voiceFor({}, 'en')).toBeNull();
});

test('asset paths resolve under the site folder', () => {
  expect(assetUrl('images/a.png', 'https://school.example/climatexr/index.html')).toBe('https://school.example/climatexr/images/a.png');
});
