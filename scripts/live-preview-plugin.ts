import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { Plugin } from 'vite';

/**
 * `npm run dev`: when a lesson file is saved, send its new text to the open page instead of reloading
 * it, so the author keeps their place in the lesson (src/ui/useLivePreview.ts applies it).
 */
export function lessonLivePreview(): Plugin {
  let root = process.cwd();
  return {
    name: 'climatexr:lesson-live-preview',
    apply: 'serve',
    configResolved(config) {
      root = config.root;
    },
    async hotUpdate({ file, server }) {
      const rel = relative(root, file).split('\\').join('/');
      if (!rel.startsWith('lessons/') || !rel.endsWith('.json') || rel.endsWith('lesson.schema.json')) return;
      const text = await readFile(file, 'utf8');
      server.ws.send({ type: 'custom', event: 'climatexr:lesson', data: { file: rel, text } });
      return []; // handled: no full reload
    },
  };
}
