import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { rebaseLessonAssets } from '../src/lesson/assets.ts';
import { loadLesson, type LoadResult } from '../src/lesson/load.ts';
import { audioLengthLookup } from './audio-length.ts';
import { assetLookup } from './lessons-check.ts';

const QUERY = '?lesson';

/**
 * Lessons are checked when the app is built (and on every save under `npm run dev`), with the same
 * loader as `npm run lessons:check`: `lessons/x.json?lesson` becomes the loader's result, `{ ok, lesson }`
 * or `{ ok: false, problems }`. The app never ships the validator, and a broken file still builds:
 * its card shows its problems. Saving a lesson in dev sends the new result to the open page instead of
 * reloading it, so the author keeps their place. Files a lesson keeps beside itself ("./x.png") are
 * served at their place under lessons/ (the dev server serves the project's files; a build copies them).
 */
export function lessonModules(): Plugin {
  let root = process.cwd();
  let building = false;
  const compile = async (file: string): Promise<{ rel: string; result: LoadResult; files: string[] }> => {
    const rel = relative(root, file).split('\\').join('/');
    const result = loadLesson(await readFile(file, 'utf8'), rel, { assetSize: assetLookup(root, file), audioSeconds: audioLengthLookup(root, file) });
    if (!result.ok) return { rel, result, files: [] };
    const { lesson, files } = rebaseLessonAssets(result.lesson, rel);
    return { rel, result: { ...result, lesson }, files };
  };
  return {
    name: 'climatexr:lesson-modules',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
    },
    async load(id) {
      if (!id.endsWith(`.json${QUERY}`)) return null;
      const file = id.slice(0, -QUERY.length);
      this.addWatchFile(file);
      const { result, files } = await compile(file);
      if (building) {
        for (const f of files) this.emitFile({ type: 'asset', fileName: f, source: await readFile(resolve(root, f)) });
      }
      return `export default ${JSON.stringify(result)};`;
    },
    async hotUpdate({ file, server }) {
      const rel = relative(root, file).split('\\').join('/');
      const lesson = rel.startsWith('lessons/') || rel.startsWith('tests/fixtures/app-lessons/');
      if (!lesson || !rel.endsWith('.json') || rel.endsWith('lesson.schema.json')) return;
      const { result } = await compile(file);
      server.ws.send({ type: 'custom', event: 'climatexr:lesson', data: { file: rel, result } });
      for (const mod of server.moduleGraph.getModulesByFile(file) ?? []) server.moduleGraph.invalidateModule(mod);
      return []; // handled: no full reload
    },
  };
}
