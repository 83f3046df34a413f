// `npm test`: type-check, check the lessons, build the app, then run every test (unit and browser).
// `npm run test:quick` (`--quick`): type-check, build, the unit tests and one desktop and one VR smoke
// test, for checking a change in about two minutes. Other arguments go to vitest.
import { nodeWarning } from './check-node.mjs';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.mjs';
import { runBin } from './bin.mjs';

const oldNode = nodeWarning();
if (oldNode) console.warn(`\n⚠ ${oldNode}\n`);

const chromium = findChromium();
if (!chromium) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}

const quick = process.argv.includes('--quick');
const rest = process.argv.slice(2).filter((a) => a !== '--quick');
/** The smoke tests of `--quick`: a lesson on a desktop, and one in an emulated headset. */
const SMOKE = ['tests/e2e/lesson-desktop.test.ts', 'tests/e2e/lesson-vr.test.ts'];

const t0 = performance.now();
const minutes = () => {
  const s = Math.round((performance.now() - t0) / 1000);
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
};
const run = (title, pkg, name, args) => {
  console.log(`\n▶ ${title}`);
  const status = runBin(pkg, name, args, { env: { ...process.env, CHROMIUM_PATH: chromium } });
  if (status !== 0) {
    console.error(`\n✖ ${title} failed (after ${minutes()})`);
    process.exit(status);
  }
};

run('type-check', 'typescript', 'tsc', ['--noEmit', '-p', 'tsconfig.json']);
if (!quick && existsSync('scripts/lessons-check.ts')) run('lesson check', 'tsx', 'tsx', ['scripts/lessons-check.ts']);
// The browser tests' build also carries the hostile lessons of tests/fixtures/app-lessons/.
process.env.VITE_TEST_LESSONS = '1';
run('build (with test lessons)', 'vite', 'vite', ['build', '--logLevel', 'warn']);
// Vitest's file filters match paths in every project: the unit tests' folders, and the two smoke files.
if (quick) run('unit tests and two smoke tests', 'vitest', 'vitest', ['run', 'src/', 'scripts/', 'tests/unit/', ...SMOKE, ...rest]);
else run('unit and browser tests', 'vitest', 'vitest', ['run', ...rest]);
console.log(`\n✔ ${quick ? 'npm run test:quick' : 'npm test'} passed in ${minutes()}.`);
