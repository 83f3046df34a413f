// `npm test`: type-check, check the lessons, build the app, then run every test (unit and browser).
import { nodeWarning } from './check-node.mjs';
import { existsSync } from 'node:fs';
import { findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.mjs';
import { runBin } from './bin.mjs';

const oldNode = nodeWarning();
if (oldNode) console.warn(`\n⚠ ${oldNode}\n`);

const chromium = findChromium();
if (!chromium) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}

const run = (title, pkg, name, args) => {
  console.log(`\n▶ ${title}`);
  const status = runBin(pkg, name, args, { env: { ...process.env, CHROMIUM_PATH: chromium } });
  if (status !== 0) {
    console.error(`\n✖ ${title} failed`);
    process.exit(status);
  }
};

run('type-check', 'typescript', 'tsc', ['--noEmit', '-p', 'tsconfig.json']);
if (existsSync('scripts/lessons-check.ts')) run('lesson check', 'tsx', 'tsx', ['scripts/lessons-check.ts']);
// The browser tests' build also carries the hostile lessons of tests/fixtures/app-lessons/.
process.env.VITE_TEST_LESSONS = '1';
run('build (with test lessons)', 'vite', 'vite', ['build', '--logLevel', 'warn']);
run('unit and browser tests', 'vitest', 'vitest', ['run', ...process.argv.slice(2)]);
