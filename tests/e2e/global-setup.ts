import { existsSync } from 'node:fs';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the production build (dist/, made by `npm test` before the tests) on a free local port. */
export default async function setup(project: TestProject) {
  // E2E_DIST: another build folder (e.g. `vite build --outDir .tmp/dist-mine`), so parallel work doesn't collide.
  const outDir = process.env.E2E_DIST ?? 'dist';
  if (!existsSync(`${outDir}/index.html`)) throw new Error(`${outDir}/ is missing: run \`npm run build\` first (npm test does).`);
  const server = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}
