// `npm test`: type-check, check the lessons, build the app, then run every test (unit and browser).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.mjs';

const chromium = findChromium();
if (!chromium) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}

const run = (title, cmd, args) => {
  console.log(`\n▶ ${title}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromium } });
  if (r.status !== 0) {
    console.error(`\n✖ ${title} failed`);
    process.exit(r.status ?? 1);
  }
};

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
run('type-check', npx, ['tsc', '--noEmit', '-p', 'tsconfig.json']);
if (existsSync('scripts/lessons-check.ts')) run('lesson check', npx, ['tsx', 'scripts/lessons-check.ts']);
// The browser tests' build also carries the hostile lessons of tests/fixtures/app-lessons/.
process.env.VITE_TEST_LESSONS = '1';
run('build (with test lessons)', npx, ['vite', 'build', '--logLevel', 'warn']);
run('unit and browser tests', npx, ['vitest', 'run', ...process.argv.slice(2)]);
