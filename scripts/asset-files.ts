import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { isBesideLesson } from '../src/lesson/assets.ts';

/**
 * Where a lesson's asset path is on disk: under the app's assets/ folder (`root`/assets), or, for
 * "./" paths, beside the lesson file (`lessonFile`, absolute; without it those are not looked up).
 * Undefined for a path that would lead outside those folders.
 */
export function assetFiles(root: string, lessonFile?: string): (path: string) => string | undefined {
  const assets = resolve(root, 'assets');
  const beside = lessonFile ? dirname(resolve(lessonFile)) : undefined;
  return (path) => {
    const base = isBesideLesson(path) ? beside : assets;
    if (!base) return undefined;
    const abs = resolve(base, path);
    const rel = relative(base, abs);
    return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? undefined : abs;
  };
}
