import { expect, test } from 'vitest';
import { NarrationStep } from '../../lesson/steps/narration.ts';
import { assetUrl, captionAt, captionText } from './narration.ts';

const step = NarrationStep.parse({
  id: 'n', type: 'narration', title: { ko: '제목', en: 'Title' }, body: { ko: '본문', en: 'Body' },
  audio: {
    src: 'audio/x.wav',
    captions: [
      { start: 0, end: 1.5, text: { ko: '하나', en: 'one' } },
      { start: 2, end: 4, text: { ko: '둘', en: 'two' } },
      { start: 3.5, end: 5, text: { en: 'three' } },
    ],
  },
});

test('captionAt follows the time, with gaps between captions and the earliest of overlapping ones', () => {
  const c = step.audio!.captions;
  expect([0, 1.49, 1.5, 1.9, 2, 3.7, 4, 4.99, 5, 99].map((s) => captionAt(c, s))).toEqual([0, 0, -1, -1, 1, 1, 2, 2, -1, -1]);
  expect(captionAt([], 1)).toBe(-1);
});

test('captionText picks the language and falls back to the other one', () => {
  expect(captionText(step, 0, 'ko')).toBe('하나');
  expect(captionText(step, 2, 'ko')).toBe('three');
  expect(captionText(step, -1, 'en')).toBe('');
  expect(captionText(step, 7, 'en')).toBe('');
});

test('asset paths resolve under the site folder', () => {
  expect(assetUrl('images/a.png', 'https://school.example/climatexr/index.html')).toBe('https://school.example/climatexr/images/a.png');
});
