// Copies the WebXR input profiles our headsets need from @webxr-input-profiles/assets into
// assets/xr-profiles/, so controller layouts and models load from our own origin (offline classrooms).
// Run after updating the package: node scripts/copy-xr-profiles.mjs
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const KEEP = [
  'meta-quest-touch-plus', // Quest 3 / 3S
  'meta-quest-touch-pro', // Quest Pro
  'oculus-touch-v3', // Quest 2
  'oculus-touch-v2', // Quest 1 / Rift S
  'generic-trigger-squeeze-thumbstick', // fallback for unknown six-dof controllers
  'generic-trigger',
  'generic-hand', // hand tracking
];

const require = createRequire(import.meta.url);
const src = join(dirname(require.resolve('@webxr-input-profiles/assets/package.json')), 'dist', 'profiles');
const dest = new URL('../assets/xr-profiles/', import.meta.url).pathname;

await rm(dest, { recursive: true, force: true });
await mkdir(dest, { recursive: true });
for (const id of KEEP) await cp(join(src, id), join(dest, id), { recursive: true });
const list = JSON.parse(await readFile(join(src, 'profilesList.json'), 'utf8'));
const kept = Object.fromEntries(Object.entries(list).filter(([id]) => KEEP.includes(id)));
await writeFile(join(dest, 'profilesList.json'), JSON.stringify(kept, null, 2) + '\n');
console.log(`copied ${KEEP.length} profiles to ${dest}`);
