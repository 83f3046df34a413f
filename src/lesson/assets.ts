import type { Lesson } from './schema.ts';
import type { NarrationAudio } from './steps/narration.ts';

/** A narration's sound with its file(s) rebased: the shared one, or each language's recording. */
function rebaseAudio(audio: NarrationAudio, rebase: (path: string) => string): NarrationAudio {
  if ('src' in audio) return { ...audio, src: rebase(audio.src) };
  return {
    ...(audio.ko ? { ko: { ...audio.ko, src: rebase(audio.ko.src) } } : {}),
    ...(audio.en ? { en: { ...audio.en, src: rebase(audio.en.src) } } : {}),
  };
}

/**
 * Where a lesson's pictures, sounds and models live. A path such as "images/chart.png" is under the
 * app's `assets/` folder (the site's root once built). A path starting with "./" is beside the lesson
 * file: "./pictures/pump.png" in `lessons/water/plant.json` is `lessons/water/pictures/pump.png`, so a
 * lesson and its own files can be kept, copied and shared as one folder. The format already refuses
 * "..", absolute paths and links, so neither kind can leave its folder.
 */
export function isBesideLesson(path: string): boolean {
  return path.startsWith('./');
}

/** The folder of a lesson file, e.g. "lessons/water" for "lessons/water/plant.json". */
function folderOf(lessonFile: string): string {
  const i = lessonFile.lastIndexOf('/');
  return i < 0 ? '' : lessonFile.slice(0, i);
}

/** The file an asset path names, from the project root: "assets/images/x.png" or "lessons/water/pictures/x.png". */
export function assetFile(path: string, lessonFile: string): string {
  if (!isBesideLesson(path)) return `assets/${path}`;
  const folder = folderOf(lessonFile);
  return `${folder ? `${folder}/` : ''}${path.replace(/^(\.\/)+/, '')}`;
}

/** Where the built site serves it, relative to the app's address (assets/ is the site root). */
export function servedPath(path: string, lessonFile: string): string {
  return isBesideLesson(path) ? assetFile(path, lessonFile) : path;
}

/**
 * The lesson with every "./" asset path rewritten to where the site serves it, and the files to copy
 * there (project-root paths). Other paths are left as written. The input is not changed.
 */
export function rebaseLessonAssets(lesson: Lesson, lessonFile: string): { lesson: Lesson; files: string[] } {
  const files = new Set<string>();
  const rebase = (path: string): string => {
    if (!isBesideLesson(path)) return path;
    const served = servedPath(path, lessonFile);
    files.add(served);
    return served;
  };
  const steps = lesson.steps.map((step) => {
    if (step.type === 'narration') {
      return {
        ...step,
        ...(step.image ? { image: { ...step.image, src: rebase(step.image.src) } } : {}),
        ...(step.audio ? { audio: rebaseAudio(step.audio, rebase) } : {}),
      };
    }
    if (step.type === 'scene') return { ...step, props: step.props.map((p) => ({ ...p, model: rebase(p.model) })) };
    return step;
  });
  return { lesson: { ...lesson, steps } as Lesson, files: [...files] };
}
