import { expect, test } from 'vitest';
import { assetFile, rebaseLessonAssets, servedPath } from './assets.ts';
import type { Lesson } from './schema.ts';

test('"./" paths are beside the lesson file; other paths are under assets/', () => {
  expect(assetFile('images/chart.png', 'lessons/water/plant.json')).toBe('assets/images/chart.png');
  expect(assetFile('./pictures/pump.png', 'lessons/water/plant.json')).toBe('lessons/water/pictures/pump.png');
  expect(assetFile('./pump.png', 'lessons/plant.json')).toBe('lessons/pump.png');
  expect(servedPath('images/chart.png', 'lessons/water/plant.json')).toBe('images/chart.png');
  expect(servedPath('./pictures/pump.png', 'lessons/water/plant.json')).toBe('lessons/water/pictures/pump.png');
});

test('rebasing rewrites only "./" pictures, sounds and models, lists each file once, and leaves the input alone', () => {
  const lesson = {
    steps: [
      { id: 'a', type: 'narration', image: { src: './p/one.png', alt: { ko: '그림', en: 'picture' } }, audio: { src: 'audio/chimes.wav', captions: [] } },
      { id: 'b', type: 'scene', props: [{ model: 'tree' }, { model: './m/pump.glb' }, { model: 'models/bin.glb' }, { model: './m/pump.glb' }] },
      { id: 'c', type: 'quiz' },
    ],
  } as unknown as Lesson;
  const before = JSON.stringify(lesson);
  const { lesson: out, files } = rebaseLessonAssets(lesson, 'lessons/water/plant.json');
  expect(JSON.stringify(lesson)).toBe(before);
  const [a, b, c] = out.steps as unknown as [{ image: { src: string }; audio: { src: string } }, { props: { model: string }[] }, unknown];
  expect(a.image.src).toBe('lessons/water/p/one.png');
  expect(a.audio.src).toBe('audio/chimes.wav');
  expect(b.props.map((p) => p.model)).toEqual(['tree', 'lessons/water/m/pump.glb', 'models/bin.glb', 'lessons/water/m/pump.glb']);
  expect(c).toBe(lesson.steps[2]);
  expect(files.sort()).toEqual(['lessons/water/m/pump.glb', 'lessons/water/p/one.png']);
});
