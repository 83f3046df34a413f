// `npm run bench`: performance figures, printed, never asserted in tests.
//   - per step of every lesson: draw calls, triangles, texture memory, React commits/s while idle, and
//     the draw calls of a whole frame in an emulated Quest 3 (both eyes, controllers; `--no-vr` skips it)
//   - gzipped JavaScript loaded before the first lesson frame, against the bare stack's floor
//   - the lesson checker and progress benchmarks (bench:lessons, bench:progress)
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { benchSteps, benchStepsXR, enterLesson, firstFrameJs } from './bench/render.mjs';
import { findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.mjs';

const executablePath = findChromium();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
const ARGS = ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
const BUDGET = { calls: 40, triangles: 100_000, textureMB: 32, vrCalls: 90 };

// Its own build folder: dist/ is the served site (`npm start`), which a bench must not replace.
const APP_DIST = fileURLToPath(new URL('../.tmp/bench-dist/', import.meta.url));
console.log('Building the app and the bare-stack floor…');
await build({ logLevel: 'error', build: { outDir: APP_DIST, emptyOutDir: true } });
const floorRoot = fileURLToPath(new URL('./bench/floor/', import.meta.url));
await build({ root: floorRoot, base: './', publicDir: fileURLToPath(new URL('../assets/', import.meta.url)), logLevel: 'error', configFile: false,
  plugins: [(await import('@vitejs/plugin-react')).default()], build: { outDir: fileURLToPath(new URL('../.tmp/floor-dist/', import.meta.url)), emptyOutDir: true } });

const app = await preview({ build: { outDir: APP_DIST }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
const floor = await preview({ root: floorRoot, configFile: false, build: { outDir: fileURLToPath(new URL('../.tmp/floor-dist/', import.meta.url)) }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
const appUrl = app.resolvedUrls.local[0];
const floorUrl = floor.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath, headless: true, args: ARGS });

const lessons = readdirSync('lessons', { recursive: true })
  .filter((f) => String(f).endsWith('.json') && !String(f).endsWith('lesson.schema.json'))
  .map((f) => String(f).replace(/\.json$/, '')).sort();
// `--no-vr`: skip the emulated Quest 3 (it doubles the time); the other arguments are lesson ids.
const noVr = process.argv.includes('--no-vr');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const chosen = only.length ? lessons.filter((l) => only.includes(l)) : lessons;
const rows = await benchSteps(browser, appUrl, chosen);
const vr = new Map(noVr ? [] : (await benchStepsXR(browser, appUrl, chosen)).map((r) => [`${r.lesson}/${r.step}`, r.calls]));

console.log(`\nPer step (desktop view, one eye; budgets: ≤ ${BUDGET.calls} draw calls, ≤ ${BUDGET.triangles.toLocaleString('en')} triangles, ≤ ${BUDGET.textureMB} MB textures, 0 commits/s idle; emulated Quest 3, both eyes and controllers: ≤ ${BUDGET.vrCalls} draw calls)`);
console.log('lesson'.padEnd(34) + 'step'.padEnd(26) + 'calls'.padStart(6) + 'tris'.padStart(9) + 'texMB'.padStart(7) + 'commits/s'.padStart(11) + 'VR calls'.padStart(10));
let over = 0;
for (const r of rows) {
  const vrCalls = vr.get(`${r.lesson}/${r.step}`);
  const bad = r.calls > BUDGET.calls || r.triangles > BUDGET.triangles || r.textureMB > BUDGET.textureMB || r.commitsPerSecond > 0 || (vrCalls ?? 0) > BUDGET.vrCalls;
  if (bad) over++;
  console.log(r.lesson.padEnd(34) + r.step.padEnd(26) + String(r.calls).padStart(6) + String(r.triangles).padStart(9) + r.textureMB.toFixed(1).padStart(7) + r.commitsPerSecond.toFixed(1).padStart(11) + String(vrCalls ?? '–').padStart(10) + (bad ? '  ← over budget' : ''));
}
const max = (k) => Math.max(...rows.map((r) => r[k]));
const maxVr = vr.size ? Math.max(...vr.values()) : '–';
console.log(`\nsteps: ${rows.length}, over budget: ${over}; max draw calls ${max('calls')}, max triangles ${max('triangles')}, max textures ${max('textureMB').toFixed(1)} MB, max idle commits/s ${max('commitsPerSecond')}, max VR draw calls ${maxVr}`);

// The first lesson frame: the first step's own 3D panel and the Next button, both in the scene.
const ours = await firstFrameJs(browser, `${appUrl}?e2e#/lesson/welcome`, () => {
  const view = window.__climatexr?.scene.getObjectByName('step-view');
  return Boolean(view?.getObjectByName('nav:next') && view.getObjectByName('panel-backing'));
}, enterLesson);
const base = await firstFrameJs(browser, floorUrl, () => window.__ready === true);
const kb = (b) => `${(b / 1024).toFixed(1)} KiB`;
console.log(`\nJavaScript before the first lesson frame (gzip -9): ${kb(ours.gzipBytes)} in ${ours.files} files`);
console.log(`Bare-stack floor (React, three, R3F, drei Text, @react-three/xr, zustand; one box, one text): ${kb(base.gzipBytes)} in ${base.files} files`);
console.log(`Ratio: ${(ours.gzipBytes / base.gzipBytes).toFixed(3)}× (goal ≤ 1.10×)`);

await browser.close();
await app.close();
await floor.close();

if (!only.length) {
  for (const script of ['bench:lessons', 'bench:progress', 'bench:desk']) {
    console.log(`\n▶ npm run ${script}`);
    spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', script], { stdio: 'inherit', shell: process.platform === 'win32' });
  }
}
